"""The commit-msg hook blocks a commit for errors only: warnings are shown and the commit goes on.

Caught here (planted by hand, see BENCHMARKS.md "Mutation testing"): a hook that rejects a
message whose only findings are warnings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.cli import main
from tests.gitutil import clean_env, git

# A valid final disclosure, and an earlier disclosure line git does not read as a trailer: D5
# (misplaced-disclosure), a warning by default, and nothing else.
WARNING_ONLY = "Add the parser\n\nAI-Assisted: none\n\nMore body text.\n\nAI-Assisted: none\n"
WARNING = "line 3: warning[misplaced-disclosure]"
KEPT_COPY = "PROVENANCE_REJECTED_MSG"


def run_hook(repo: Path, message: str, *options: str) -> int:
    message_file = repo / ".git" / "COMMIT_EDITMSG"
    message_file.write_text(message)
    return main(["hook", "commit-msg", *options, str(message_file)])


def test_a_message_with_only_warnings_is_accepted_and_the_warning_shown(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repo)
    assert run_hook(repo, WARNING_ONLY) == 0
    shown = capsys.readouterr()
    assert shown.err.splitlines() == [
        "git-provenance: commit message warnings",
        f"  {WARNING} 'AI-Assisted: none' is not in the final trailer block, so git does not read it as a "
        "trailer; move it to the last paragraph, after a blank line, with no blank line or plain text "
        "between trailers",
    ]
    assert shown.out == ""
    assert not (repo / ".git" / KEPT_COPY).exists()  # nothing was rejected, so nothing is kept


def test_the_same_finding_raised_to_error_rejects(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The counterpart: the message above is accepted because D5 is a warning, not by accident.
    monkeypatch.chdir(repo)
    assert run_hook(repo, WARNING_ONLY, "-c", "severity=misplaced-disclosure=error") == 1
    err = capsys.readouterr().err
    assert err.startswith("git-provenance: commit rejected: 1 error(s) in the commit message\n")
    assert "line 3: error[misplaced-disclosure]" in err
    assert (repo / ".git" / KEPT_COPY).read_text() == WARNING_ONLY


def test_errors_and_warnings_together_reject_and_show_both(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repo)
    message = "Add the parser\n\nAI-Assisted: none\n\nMore body text.\n\nAI-Assisted: maybe\n"
    assert run_hook(repo, message) == 1
    err = capsys.readouterr().err
    assert err.startswith("git-provenance: commit rejected: 1 error(s) in the commit message\n")
    assert WARNING in err and "line 7: error[malformed-disclosure]" in err


def test_a_real_commit_with_only_warnings_is_made(repo: Path) -> None:
    installed = subprocess.run([sys.executable, "-m", "provenance", "install"], cwd=repo, env=clean_env(),
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    (repo / "parser.py").write_text("x = 1\n")
    git(repo, "add", "parser.py")
    result = subprocess.run(["git", "commit", "-q", "-m", WARNING_ONLY.rstrip("\n")], cwd=repo, env=clean_env(),
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert WARNING in result.stderr
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"
