"""The amend marker and the rejected copies in-process (``main(argv)``), in real repositories, for
the cases a real ``git commit`` rarely reaches (test_cleanup_modes.py drives the usual ones)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provenance.cli import main
from provenance.core.errors import EXIT_FINDINGS, EXIT_OK
from provenance.hooks.amend import AMEND_MARKER, AmendMarker, is_amending, note_amend, take_amend_marker
from provenance.hooks.rejected import KEPT_COPIES, copy_paths, keep_rejected
from tests.gitutil import commit_file, git, init_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "First\n\nAI-Assisted: none\n")
    monkeypatch.chdir(repo)
    return repo


def message_file(repo: Path, text: str) -> Path:
    path = repo / ".git" / "COMMIT_EDITMSG"
    path.write_text(text)
    return path


def recovery_line(err: str) -> str:
    return next(line.strip() for line in err.splitlines() if line.strip().startswith("git commit"))


def test_an_amend_seen_by_prepare_commit_msg_is_advised_by_commit_msg(repo: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = message_file(repo, "First\n")
    assert main(["hook", "prepare-commit-msg", str(path), "commit", "HEAD"]) == EXIT_OK
    assert (repo / ".git" / AMEND_MARKER).is_file()
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    assert recovery_line(capsys.readouterr().err).startswith("git commit --amend -e -F ")
    assert not (repo / ".git" / AMEND_MARKER).exists()  # taken: a second run is not an amend
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    assert recovery_line(capsys.readouterr().err).startswith("git commit -e -F ")


def test_the_pre_commit_framework_names_the_commit_in_a_variable(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = message_file(repo, "First\n")
    monkeypatch.setenv("PRE_COMMIT_COMMIT_MSG_SOURCE", "commit")
    monkeypatch.setenv("PRE_COMMIT_COMMIT_OBJECT_NAME", git(repo, "rev-parse", "HEAD").stdout.strip())
    assert main(["hook", "prepare-commit-msg", str(path)]) == EXIT_OK
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    assert "--amend" in recovery_line(capsys.readouterr().err)


def test_a_passing_commit_takes_the_marker_too(repo: Path) -> None:
    path = message_file(repo, "First\n\nAI-Assisted: none\n")
    assert main(["hook", "prepare-commit-msg", str(path), "commit", "HEAD"]) == EXIT_OK
    assert main(["hook", "commit-msg", str(path)]) == EXIT_OK
    assert not (repo / ".git" / AMEND_MARKER).exists()


@pytest.mark.parametrize("source", [("message",), ("commit", "HEAD~1"), ("commit", "no-such-commit"), ("commit",)])
def test_only_a_commit_source_naming_head_leaves_a_marker(repo: Path, source: tuple[str, ...]) -> None:
    commit_file(repo, "Second\n\nAI-Assisted: none\n")
    (repo / ".git" / AMEND_MARKER).write_text("stale\n")
    assert main(["hook", "prepare-commit-msg", str(message_file(repo, "x\n")), *source]) == EXIT_OK
    assert not (repo / ".git" / AMEND_MARKER).exists()


def test_a_marker_is_believed_only_for_its_head_and_its_message_file(repo: Path) -> None:
    path = str(message_file(repo, "x\n"))
    head = git(repo, "rev-parse", "HEAD").stdout.strip()
    assert is_amending(AmendMarker(head, os.path.abspath(path)), path)
    assert not is_amending(AmendMarker(head, str(repo / "elsewhere")), path)
    assert not is_amending(AmendMarker("0" * 40, os.path.abspath(path)), path)
    assert not is_amending(None, path)


def test_markers_outside_a_git_dir_or_unreadable_are_ignored(repo: Path, tmp_path: Path) -> None:
    note_amend(None, "MSG", "commit", "HEAD")  # no git dir: nothing to write, nothing raised
    note_amend(str(repo / ".git"), "MSG", "commit", "--all")  # never handed to rev-parse as an option
    assert not (repo / ".git" / AMEND_MARKER).exists()
    assert take_amend_marker(None) is None
    (repo / ".git" / AMEND_MARKER).write_bytes(b"\xff\xfe not text\n")
    assert take_amend_marker(str(repo / ".git")) is None
    blocked = tmp_path / "blocked"
    (blocked / AMEND_MARKER).mkdir(parents=True)  # a folder where the marker would go
    note_amend(str(blocked), "MSG", "commit", "HEAD")
    assert (blocked / AMEND_MARKER).is_dir()


def test_copies_rotate_and_a_repeat_is_kept_once(tmp_path: Path) -> None:
    for number in range(KEPT_COPIES + 2):
        assert keep_rejected(str(tmp_path), f"attempt {number}\n".encode()) == str(tmp_path / "PROVENANCE_REJECTED_MSG")
    keep_rejected(str(tmp_path), f"attempt {KEPT_COPIES + 1}\n".encode())
    texts = [Path(path).read_text() for path in copy_paths(str(tmp_path))]
    assert texts == [f"attempt {number}\n" for number in range(KEPT_COPIES + 1, 1, -1)]


def test_a_copy_that_cannot_be_written_is_not_offered(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    *newer, oldest = copy_paths(str(repo / ".git"))
    for path in newer:
        Path(path).write_text("an earlier message\n")
    Path(oldest, "in-the-way").mkdir(parents=True)  # the oldest copy cannot be replaced
    assert keep_rejected(str(repo / ".git"), b"text\n") is None
    assert main(["hook", "commit-msg", str(message_file(repo, "No disclosure\n"))]) == EXIT_FINDINGS
    err = capsys.readouterr().err
    assert "missing-disclosure" in err and "Your message is kept" not in err


def test_comment_lines_git_keeps_are_offered_with_scissors(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GIT_EDITOR", ":")  # as git sets it for `git commit -m`
    path = message_file(repo, "#42 Fix the redirect\n")
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    assert recovery_line(capsys.readouterr().err).startswith("git commit --cleanup=scissors -e -F ")
    assert (repo / ".git" / "PROVENANCE_REJECTED_MSG").read_text() == "#42 Fix the redirect\n"
    path = message_file(repo, "Fix the redirect\n")  # nothing git would read as a comment
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    assert recovery_line(capsys.readouterr().err).startswith("git commit -e -F ")
