"""The hooks follow the cleanup git will apply (comment lines kept or stripped), keep rejected
messages byte for byte and several deep, and advise ``--amend`` for an amend: real ``git commit``
with ``-m`` and through an editor, with the hooks installed."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.hooks.prepare_commit_msg import TEMPLATE_MARKER
from tests.gitutil import clean_env, git
from tests.hooks.test_hooks import commit, commit_count, head_message, provenance

REJECTED = Path(".git") / "PROVENANCE_REJECTED_MSG"


@pytest.fixture
def hooked(repo: Path) -> Path:
    result = provenance(repo, "install")
    assert result.returncode == 0, result.stderr
    return repo


def byte_editor(tmp_path: Path, script: str, name: str = "editor.py") -> dict[str, str]:
    """GIT_EDITOR running ``script`` on the message file's bytes (``data``); exit 1 if it sets ``fail``."""
    program = tmp_path / name
    program.write_text("import sys\npath = sys.argv[1]\ndata = open(path, 'rb').read()\nfail = False\n"
                       + script + "\nopen(path, 'wb').write(data)\nsys.exit(1 if fail else 0)\n")
    return clean_env(GIT_EDITOR=f"{sys.executable} {program}")


def git_commit(repo: Path, *args: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``git commit ARGS`` with something staged (arguments may be bytes: a latin-1 ``-m``)."""
    (repo / "file.txt").write_bytes((repo / "file.txt").read_bytes() + b"x\n" if (repo / "file.txt").exists()
                                    else b"x\n")
    git(repo, "add", "file.txt")
    return subprocess.run(["git", "commit", "-q", *args], cwd=repo, env=env or clean_env(), capture_output=True,
                          text=True, errors="replace")


def head_bytes(repo: Path) -> bytes:
    raw = subprocess.run(["git", "cat-file", "commit", "HEAD"], cwd=repo, capture_output=True, check=True).stdout
    return raw.split(b"\n\n", 1)[1]


def printed_command(stderr: str) -> str:
    (command,) = [line.strip() for line in stderr.splitlines() if line.strip().startswith("git commit")]
    return command


def assert_copy_is_what_git_commits(repo: Path, *args: str | bytes, env: dict[str, str]) -> bytes:
    """Rejected, the copy holds exactly the bytes git commits for the same command without hooks."""
    rejected = git_commit(repo, *args, env=env)
    assert rejected.returncode != 0, "the commit was not rejected"
    kept = (repo / REJECTED).read_bytes()
    done = subprocess.run(["git", "commit", "-q", "--no-verify", *args], cwd=repo, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert head_bytes(repo) == kept
    return kept


# --------------------------------------------------------------------------- 1. '#' lines git keeps

def test_a_dash_m_subject_starting_with_a_hash_is_text_not_a_comment(hooked: Path, tmp_path: Path) -> None:
    rejected = commit(hooked, "-m", "#42 fix login redirect")
    assert rejected.returncode != 0, "a message git commits as '#42 fix login redirect' passed undisclosed"
    assert "missing-disclosure" in rejected.stderr
    assert (hooked / REJECTED).read_bytes() == b"#42 fix login redirect\n"
    # `git commit -e` would strip the '#42' line as a comment: the printed command keeps it.
    command = printed_command(rejected.stderr)
    assert "--cleanup=scissors" in command
    confirm = byte_editor(tmp_path, "data = data.replace(b'redirect\\n', b'redirect\\n\\nAI-Assisted: none\\n', 1)")
    reused = subprocess.run(["sh", "-c", command], cwd=hooked, env=confirm, capture_output=True, text=True)
    assert reused.returncode == 0, reused.stderr
    assert head_message(hooked) == "#42 fix login redirect\n\nAI-Assisted: none\n"


def test_a_disclosed_dash_m_message_with_hash_lines_is_accepted_as_typed(hooked: Path) -> None:
    message = "#42 fix login redirect\n\n#43 too\n\nAI-Assisted: none\n"
    result = commit(hooked, "-m", message)
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == message


def test_editor_commit_under_whitespace_cleanup_reads_hash_lines_as_text(hooked: Path, tmp_path: Path) -> None:
    git(hooked, "config", "commit.cleanup", "whitespace")
    typed = byte_editor(tmp_path, "data = b'#42 fix login redirect\\n' + data")
    assert git_commit(hooked, env=typed).returncode != 0
    assert commit_count(hooked) == 0


def test_cleanup_given_on_the_command_line_is_read_from_gits_instructions(hooked: Path, tmp_path: Path) -> None:
    typed = byte_editor(tmp_path, "data = b'#42 fix login redirect\\n' + data")
    rejected = git_commit(hooked, "--cleanup=whitespace", env=typed)
    assert rejected.returncode != 0 and "missing-disclosure" in rejected.stderr
    # And the other way round: the setting says keep, the command line says strip.
    git(hooked, "config", "commit.cleanup", "whitespace")
    disclosed = byte_editor(tmp_path, "data = b'Subject\\n\\nAI-Assisted: none\\n#42 a comment\\n' + data", "ok.py")
    accepted = git_commit(hooked, "--cleanup=strip", env=disclosed)
    assert accepted.returncode == 0, accepted.stderr
    assert head_message(hooked) == "Subject\n\nAI-Assisted: none\n"


def test_a_strip_setting_still_strips_dash_m_comment_lines(hooked: Path) -> None:
    git(hooked, "config", "commit.cleanup", "strip")
    result = commit(hooked, "-m", "Subject\n# a comment git strips\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == "Subject\n\nAI-Assisted: none\n"


def test_an_amended_message_carrying_old_instructions_follows_the_last_ones(hooked: Path, tmp_path: Path) -> None:
    # A commit made under --cleanup=whitespace kept git's "will be kept" text in its body; amending
    # it in the editor, git appends its own "will be ignored" text below: that one decides.
    keep = byte_editor(tmp_path, "data = b'Subject\\n\\nAI-Assisted: none\\n' + data", "keep.py")
    assert git_commit(hooked, "--cleanup=whitespace", env=keep).returncode == 0
    assert "will be kept" in head_message(hooked)
    amended = subprocess.run(["git", "commit", "-q", "--amend"], cwd=hooked, env=clean_env(GIT_EDITOR="true"),
                             capture_output=True, text=True)
    assert amended.returncode == 0, amended.stderr
    assert head_message(hooked) == "Subject\n\nAI-Assisted: none\n"


# --------------------------------------------------------------------------- 2. no template that git would keep

@pytest.mark.parametrize("cleanup", ["verbatim", "whitespace", "scissors"])
def test_no_template_when_the_command_line_cleanup_keeps_comments(hooked: Path, tmp_path: Path, cleanup: str) -> None:
    typed = byte_editor(tmp_path, "data = b'Subject\\n\\nAI-Assisted: none\\n' + data")
    result = git_commit(hooked, f"--cleanup={cleanup}", env=typed)
    assert result.returncode == 0, result.stderr
    assert TEMPLATE_MARKER not in head_message(hooked)


def test_no_template_for_a_dash_m_message_git_commits_with_its_comments(hooked: Path) -> None:
    # The policy asks for the template on -m messages too, but git keeps their comment lines.
    rejected = commit(hooked, "-m", "Subject", env=clean_env(GIT_PROVENANCE_TEMPLATE="message"))
    assert rejected.returncode != 0
    assert TEMPLATE_MARKER not in (hooked / ".git" / "COMMIT_EDITMSG").read_text()
    assert (hooked / REJECTED).read_text() == "Subject\n"


def test_the_template_is_still_offered_in_the_editor_under_the_default_cleanup(hooked: Path, tmp_path: Path) -> None:
    seen = tmp_path / "seen"
    look = byte_editor(tmp_path, f"open({str(seen)!r}, 'wb').write(data)\nfail = True")
    assert git_commit(hooked, env=look).returncode != 0
    assert TEMPLATE_MARKER in seen.read_text()


# --------------------------------------------------------------------------- 3. earlier copies kept

def test_a_long_rejected_message_survives_a_rejected_quick_commit(hooked: Path, tmp_path: Path) -> None:
    long_text = "Rework the session cache\n\n" + "A paragraph typed with care.\n" * 20
    typed = byte_editor(tmp_path, f"data = {long_text.encode()!r} + data")
    first = git_commit(hooked, env=typed)
    assert first.returncode != 0
    second = git_commit(hooked, "-m", "wip")
    assert second.returncode != 0
    git_dir = hooked / ".git"
    assert (git_dir / "PROVENANCE_REJECTED_MSG").read_text() == "wip\n"
    assert (git_dir / "PROVENANCE_REJECTED_MSG.1").read_text() == long_text
    listing = [line.split(": ", 1)[1] for line in second.stderr.splitlines() if line.startswith("Earlier rejected")]
    assert listing == [f"ls -t {git_dir / 'PROVENANCE_REJECTED_MSG'}*"]
    listed = subprocess.run(["sh", "-c", listing[0]], cwd=hooked, capture_output=True, text=True)
    assert listed.stdout.split() == [str(git_dir / name) for name in ("PROVENANCE_REJECTED_MSG",
                                                                     "PROVENANCE_REJECTED_MSG.1")]


def test_five_copies_are_kept_newest_first_and_a_repeat_is_kept_once(hooked: Path) -> None:
    for number in range(1, 8):
        assert commit(hooked, "-m", f"attempt {number}").returncode != 0
    assert commit(hooked, "-m", "attempt 7").returncode != 0  # the same text again
    git_dir = hooked / ".git"
    names = ["PROVENANCE_REJECTED_MSG"] + [f"PROVENANCE_REJECTED_MSG.{n}" for n in range(1, 5)]
    assert [(git_dir / name).read_text() for name in names] == [f"attempt {n}\n" for n in (7, 6, 5, 4, 3)]
    assert not (git_dir / "PROVENANCE_REJECTED_MSG.5").exists()


def test_the_first_rejection_prints_no_listing(hooked: Path) -> None:
    rejected = commit(hooked, "-m", "no disclosure")
    assert rejected.returncode != 0 and "Earlier rejected" not in rejected.stderr


# --------------------------------------------------------------------------- 4. byte-faithful copies

LATIN_1 = b"Caf\xe9 cr\xe8me fix\n\nCorps du message, \xe9crit en latin-1.\n"
# git takes bytes that are not UTF-8 for Latin-1 and commits them re-encoded (commit.c verify_utf8).
AS_GIT_COMMITS_IT = LATIN_1.decode("latin-1").encode("utf-8")


def test_a_latin_1_dash_m_message_is_kept_as_git_commits_it(hooked: Path) -> None:
    kept = assert_copy_is_what_git_commits(hooked, b"-m", LATIN_1.rstrip(b"\n"), env=clean_env())
    assert kept == AS_GIT_COMMITS_IT  # not U+FFFD


def test_a_latin_1_message_under_a_latin_1_commit_encoding_is_kept_unchanged(hooked: Path) -> None:
    git(hooked, "config", "i18n.commitEncoding", "ISO-8859-1")
    kept = assert_copy_is_what_git_commits(hooked, b"-m", LATIN_1.rstrip(b"\n"), env=clean_env())
    assert kept == LATIN_1


def test_a_latin_1_editor_message_is_kept_and_reused(hooked: Path, tmp_path: Path) -> None:
    typed = byte_editor(tmp_path, f"data = {LATIN_1!r} + data")
    rejected = git_commit(hooked, env=typed)
    assert rejected.returncode != 0
    assert (hooked / REJECTED).read_bytes() == AS_GIT_COMMITS_IT
    confirm = byte_editor(tmp_path, "data = data.replace(b'latin-1.\\n', b'latin-1.\\n\\nAI-Assisted: none\\n', 1)",
                          "confirm.py")
    reused = subprocess.run(["sh", "-c", printed_command(rejected.stderr)], cwd=hooked, env=confirm,
                            capture_output=True)
    assert reused.returncode == 0, reused.stderr
    assert head_bytes(hooked) == AS_GIT_COMMITS_IT + b"\nAI-Assisted: none\n"


def test_verbatim_keeps_an_include_line_and_every_byte(hooked: Path, tmp_path: Path) -> None:
    git(hooked, "config", "commit.cleanup", "verbatim")
    typed = byte_editor(tmp_path, "data = b'Add the parser  \\n\\n\\n#include <stdio.h>\\n\\n' + data")
    kept = assert_copy_is_what_git_commits(hooked, env=typed)
    assert kept.startswith(b"Add the parser  \n\n\n#include <stdio.h>\n")


def test_verbatim_dash_m_keeps_an_include_line(hooked: Path) -> None:
    git(hooked, "config", "commit.cleanup", "verbatim")
    kept = assert_copy_is_what_git_commits(hooked, "-m", "Add the parser\n\n#include <stdio.h>  \n", env=clean_env())
    assert b"#include <stdio.h>  \n" in kept


@pytest.mark.parametrize("args", [("-v",), ("--cleanup=scissors",), ("--cleanup=scissors", "-v"),
                                  ("--cleanup=whitespace",)])
def test_the_copy_is_what_git_commits_through_the_editor(hooked: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    typed = byte_editor(tmp_path, "data = b'Subject  \\n\\n\\n#42 body\\n\\n\\n' + data")
    assert_copy_is_what_git_commits(hooked, *args, env=typed)


# --------------------------------------------------------------------------- 9. the advice for an amend

def test_a_rejected_amend_is_advised_to_amend(hooked: Path, tmp_path: Path) -> None:
    assert commit(hooked, "-m", "Subject\n\nBody.\n\nAI-Assisted: none").returncode == 0
    drop = byte_editor(tmp_path, "data = data.replace(b'AI-Assisted: none\\n', b'', 1)", "drop.py")
    rejected = subprocess.run(["git", "commit", "-q", "--amend"], cwd=hooked, env=drop, capture_output=True,
                              text=True)
    assert rejected.returncode != 0 and "missing-disclosure" in rejected.stderr
    command = printed_command(rejected.stderr)
    assert command == f"git commit --amend -e -F {shlex.quote(str(hooked / REJECTED))}"
    assert not (hooked / ".git" / "PROVENANCE_AMENDING").exists()
    confirm = byte_editor(tmp_path, "data = data.replace(b'Body.\\n', b'Body.\\n\\nAssisted-by: Cursor\\n', 1)")
    reused = subprocess.run(["sh", "-c", command], cwd=hooked, env=confirm, capture_output=True, text=True)
    assert reused.returncode == 0, reused.stderr
    assert commit_count(hooked) == 1
    assert head_message(hooked) == "Subject\n\nBody.\n\nAssisted-by: Cursor\n"


def test_an_aborted_amend_does_not_make_the_next_commit_an_amend(hooked: Path, tmp_path: Path) -> None:
    assert commit(hooked, "-m", "Subject\n\nAI-Assisted: none").returncode == 0
    give_up = byte_editor(tmp_path, "fail = True")
    aborted = subprocess.run(["git", "commit", "-q", "--amend"], cwd=hooked, env=give_up, capture_output=True)
    assert aborted.returncode != 0
    assert (hooked / ".git" / "PROVENANCE_AMENDING").exists()  # commit-msg never ran to take it
    rejected = commit(hooked, "-m", "wip")
    assert rejected.returncode != 0
    assert "--amend" not in rejected.stderr
    assert printed_command(rejected.stderr).startswith("git commit -e -F ")


def test_reusing_another_commits_message_is_not_an_amend(hooked: Path, tmp_path: Path) -> None:
    assert commit(hooked, "-m", "First\n\nAI-Assisted: none").returncode == 0
    assert commit(hooked, "-m", "Second\n\nAI-Assisted: none").returncode == 0
    drop = byte_editor(tmp_path, "data = data.replace(b'AI-Assisted: none\\n', b'', 1)")
    rejected = git_commit(hooked, "-c", "HEAD~1", env=drop)
    assert rejected.returncode != 0
    assert "--amend" not in rejected.stderr
