"""More details of verify's reports that only a reader of the output would notice, pinned down.

Caught here (mutation testing): GitHub annotations of a whole-message finding showing a line they
do not have, carriage returns left unescaped, the closing count of the job summary when
commits do not fit; JSON and SARIF escaping non-ASCII text; SARIF's tool name, run properties and
rule short descriptions, directory separators percent-encoded, and paths that are not UTF-8 (git
allows them).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from provenance.cli import main
from provenance.core.findings import WHOLE_MESSAGE, FileSpan, Finding, MessageLine
from provenance.core.message import CommitFacts
from provenance.formats import VerifyReport, markdown, render
from provenance.policy.checker import check_commit
from provenance.policy.config import Config
from tests.formats.test_catches_formats import CODE
from tests.gitutil import commit_file

SHA = "cd" * 20


def report(subject: str, *findings: Finding, copies: int = 1) -> VerifyReport:
    result = check_commit(CommitFacts(f"{subject}\n\nAI-Assisted: none\n", sha=SHA), Config())
    return VerifyReport("HEAD", [result._replace(findings=findings)] * copies)


def test_github_annotation_of_a_whole_message_finding_names_no_line() -> None:
    finding = Finding("D1", "missing-disclosure", "error", "no disclosure", location=WHOLE_MESSAGE)
    assert render("github", report("Add parser", finding)).splitlines()[0] == (
        f'::error title=git-provenance missing-disclosure::commit {SHA[:12]} "Add parser": no disclosure')


def test_github_annotation_escapes_carriage_returns_and_newlines() -> None:
    finding = Finding("D2", "malformed-disclosure", "error", "found 'x\r\ny' 100%", location=MessageLine(3))
    first = render("github", report("Add parser", finding)).splitlines()[0]
    assert first.endswith("found 'x%0D%0Ay' 100%25")


def left_out_count(lines: list[str]) -> int:
    closing = [line for line in lines if line.startswith("… and ")]
    assert len(closing) <= 1
    return int(closing[0].split()[2]) if closing else 0


def test_job_summary_stays_within_its_limit_and_counts_the_commits_that_do_not_fit() -> None:
    finding = Finding("D1", "missing-disclosure", "error", "no disclosure", location=WHOLE_MESSAGE)
    whole = markdown.render(report("Add parser", finding, copies=10))
    assert left_out_count(whole.splitlines()) == 0
    row = len(whole.splitlines()[-1]) + 1
    for limit in range(len(whole) - 4 * row, len(whole) + 2 * row):
        text = markdown.render(report("Add parser", finding, copies=10), limit=limit)
        lines = text.splitlines()
        rows = [line for line in lines if line.startswith(f"| `{SHA[:12]}` |")]
        assert len(text) <= limit
        assert len(rows) + left_out_count(lines) == 10
        # Nothing is left out that would have fitted: one more row would pass the limit.
        if len(rows) < 10:
            assert len(text) + row > limit - 2
    cut = markdown.render(report("Add parser", finding, copies=10), limit=len(whole) - 1).splitlines()
    assert cut[-2:] == ["", "… and 2 more commits (the job log and `--format json` list every one)."]
    one = markdown.render(report("Add parser", finding, copies=1), limit=300).splitlines()
    assert one[-2:] == ["", "… and 1 more commit (the job log and `--format json` list every one)."]


def test_json_report_is_written_as_utf8_not_escaped() -> None:
    finding = Finding("D1", "missing-disclosure", "error", "no disclosure", location=WHOLE_MESSAGE)
    text = render("json", report("Zürich café", finding))
    assert '"subject":"Zürich café"' in text.replace(": ", ":")
    assert json.loads(text)["commits"][0]["subject"] == "Zürich café"


def test_sarif_run_names_the_tool_its_range_and_each_rule() -> None:
    finding = Finding("D1", "missing-disclosure", "error", "no disclosure", location=WHOLE_MESSAGE)
    text = render("sarif", report("Zürich café", finding))
    assert '"Zürich café' in text  # written as UTF-8, not as \\u escapes
    run: dict[str, Any] = json.loads(text)["runs"][0]
    assert run["tool"]["driver"]["name"] == "git-provenance"
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["properties"]["range"] == "HEAD"
    descriptions = {rule["name"]: rule["shortDescription"]["text"] for rule in run["tool"]["driver"]["rules"]}
    assert descriptions["missing-disclosure"] == "missing disclosure"
    assert descriptions["undisclosed-ai-style"] == "undisclosed ai style"


def test_sarif_uri_keeps_directory_separators() -> None:
    finding = Finding("C1", "undisclosed-ai-style", "warning", "looks AI", location=FileSpan("pkg/sub dir/a.py", 1, 5))
    (result,) = json.loads(render("sarif", report("Add parser", finding)))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "pkg/sub%20dir/a.py"


def test_sarif_of_a_path_that_is_not_utf8(repo: Path, always_flagging_model: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    sha = commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name="caf\udce9.py", content=CODE)
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "sarif", "-c", f"classifier-model={always_flagging_model}"])
    (result,) = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "caf%E9.py"
    recipe = b"\0".join([b"C1", sha.encode(), b"caf\xe9.py", b"1"])
    assert result["partialFingerprints"] == {"gitProvenance/v1": hashlib.sha256(recipe).hexdigest()}
