"""The message rules D5-D7 on real commits, read through verify's JSON report.

Caught here (mutation testing): a disclosure-like line inside the final trailer block (its first
line, or a continuation) reported as misplaced; the unrecognised-trailer message lost; the list
of non-UTF-8 lines wrong, unsorted, unabridged past five or with a stray ellipsis.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provenance.cli import main
from tests.gitutil import commit_file


def reported(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off"])
    return list(json.loads(capsys.readouterr().out)["commits"][0]["findings"])


@pytest.mark.parametrize("block", [
    " AI-Assisted: none\nSigned-off-by: A <a@example.com>\n",  # the block's first line, not a trailer
    "Signed-off-by: A <a@example.com>\n AI-Assisted: none\n",  # a continuation of the sign-off
], ids=["first-line", "continuation"])
def test_disclosure_like_lines_inside_the_final_block_are_not_misplaced(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str],
                                                                       block: str) -> None:
    commit_file(repo, f"Subject\n\nBody\n\n{block}")
    assert [f["id"] for f in reported(repo, monkeypatch, capsys)] == ["D1"]


def test_an_unrecognised_ai_trailer_names_the_template(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "Subject\n\nAI-Assisted: none\nX-AI-Tool: foo\n")
    (finding,) = reported(repo, monkeypatch, capsys)
    assert (finding["id"], finding["line"]) == ("D6", 4)
    assert finding["message"] == ("'X-AI-Tool:' is not a recognised disclosure; use AI-Assisted: none, "
                                  "Assisted-by: TOOL:MODEL or Generated-by: TOOL MODEL")


@pytest.mark.parametrize(("bad_lines", "shown"), [(2, "3, 4"), (5, "3, 4, 5, 6, 7"), (6, "3, 4, 5, 6, 7, …")],
                         ids=["two", "five", "six"])
def test_non_utf8_lines_are_listed_up_to_five(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str], bad_lines: int, shown: str) -> None:
    # Through the commit-msg hook: `git commit` itself would rewrite the bytes as Latin-1 -> UTF-8.
    message = repo / ".git" / "COMMIT_EDITMSG"
    message.write_bytes(b"Subject\n\n" + b"caf\xe9\n" * bad_lines + b"\nAI-Assisted: none\n")
    monkeypatch.chdir(repo)
    assert main(["hook", "commit-msg", str(message)]) == 0  # a warning does not stop the commit
    assert (f"  line 3: warning[message-encoding] the message is not valid UTF-8 (line {shown}); save it as UTF-8"
            in capsys.readouterr().err.splitlines())
