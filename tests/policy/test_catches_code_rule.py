"""The code rule C1's finding, read through verify's JSON report on a real commit.

Caught here (mutation testing): the finding's closing words, which tell the reader a style score
is a hint for review and not proof of AI authorship.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.cli import main
from tests.formats.test_catches_formats import CODE
from tests.gitutil import commit_file


def test_the_style_finding_says_it_is_a_hint_not_proof(repo: Path, always_flagging_model: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name="totals.py", content=CODE)
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", f"classifier-model={always_flagging_model}"])
    (finding,) = json.loads(capsys.readouterr().out)["commits"][0]["findings"]
    assert finding["id"] == "C1"
    assert finding["message"].startswith("added python code scores ")
    assert finding["message"].endswith(" for AI-written style (threshold 0.00) in a commit that declares "
                                       "AI-Assisted: none; a hint for review, not proof")
