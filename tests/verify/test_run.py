"""verify's orchestration in process: the report, the exit code, the job summary."""

from __future__ import annotations

import json
from pathlib import Path

from provenance.gitio.repository import open_repo
from provenance.policy.config import Config
from provenance.verify.run import run_verify
from tests.gitutil import commit_file

OFF = Config(classifier="off")


def test_exit_code_follows_errors_and_the_summary_goes_to_github(repo: Path, tmp_path: Path) -> None:
    commit_file(repo, "Fine\n\nAI-Assisted: none\n")
    summary = tmp_path / "summary.md"
    environ = {"GITHUB_STEP_SUMMARY": str(summary)}
    code, text = run_verify(open_repo(str(repo)), OFF, range_spec="HEAD", output_format="github", environ=environ)
    assert code == 0 and "1 commit(s)" in summary.read_text()
    commit_file(repo, "Undisclosed\n")
    code, text = run_verify(open_repo(str(repo)), OFF, last=2, output_format="json", environ=environ)
    assert code == 1 and json.loads(text)["summary"]["failing"] == 1
    assert summary.read_text().count("## git-provenance") == 1  # only the github format writes it
