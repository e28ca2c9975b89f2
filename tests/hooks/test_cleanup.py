"""The cleanup decision and the bytes git commits, checked against git itself (``git stripspace``,
``git commit-tree``) and against the message files real ``git commit`` writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.hooks.cleanup import committed_bytes, keeps_comments, pending_cleanup
from provenance.hooks.utf8 import as_git_commits_it, is_utf8_encoding
from tests.gitutil import clean_env, git

STRIP_HINT = ("# Please enter the commit message for your changes. Lines starting\n"
              "# with '#' will be ignored, and an empty message aborts the commit.\n")
KEEP_HINT = ("# Please enter the commit message for your changes. Lines starting\n"
             "# with '#' will be kept; you may remove them yourself if you want to.\n"
             "# An empty message aborts the commit.\n")
CUT = ("# ------------------------ >8 ------------------------\n"
       "# Do not modify or remove the line above.\n# Everything below it will be ignored.\n")


def message_git_writes(repo: Path, tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """The message file ``git commit ARGS`` hands the editor (the commit is then abandoned)."""
    (repo / "staged.txt").write_text(f"{len(list(tmp_path.iterdir()))}\n")
    git(repo, "add", "staged.txt")
    copy = tmp_path / "as-git-wrote-it"
    editor = tmp_path / "copy-and-fail.py"
    editor.write_text(f"import shutil, sys\nshutil.copy(sys.argv[1], {str(copy)!r})\nsys.exit(1)\n")
    env = dict(env or clean_env())
    env["GIT_EDITOR"] = f"{sys.executable} {editor}"
    git(repo, "commit", *args, env=env, check=False)
    return copy.read_text()


@pytest.mark.parametrize(("args", "expected"), [
    ((), "strip"),
    (("-v",), "strip"),
    (("--cleanup=strip",), "strip"),
    (("--cleanup=default",), "strip"),
    (("--cleanup=whitespace",), "whitespace"),
    (("--cleanup=whitespace", "-v"), "whitespace"),
    (("--cleanup=verbatim",), "whitespace"),  # git's text is the same; only the setting tells them apart
    (("--cleanup=scissors",), "scissors"),
    (("--cleanup=scissors", "-v"), "scissors"),
])
def test_the_cleanup_is_read_from_the_instructions_git_writes(repo: Path, tmp_path: Path, args: tuple[str, ...],
                                                              expected: str) -> None:
    written = message_git_writes(repo, tmp_path, *args)
    # The setting and the editor flag say the opposite of the command line: the text wins.
    contrary = "whitespace" if expected == "strip" else "strip"
    assert pending_cleanup(written, "#", contrary, editor_used=True) == expected


def test_the_instructions_follow_a_custom_comment_character(repo: Path, tmp_path: Path) -> None:
    git(repo, "config", "core.commentChar", ";")
    written = message_git_writes(repo, tmp_path, "--cleanup=whitespace")
    assert "; with ';' will be kept" in written
    assert pending_cleanup(written, ";", "strip", editor_used=True) == "whitespace"


def test_a_verbatim_setting_tells_verbatim_from_whitespace() -> None:
    assert pending_cleanup("Subject\n\n" + KEEP_HINT, "#", "verbatim", editor_used=True) == "verbatim"
    assert pending_cleanup("Subject\n\n" + KEEP_HINT, "#", "scissors", editor_used=True) == "whitespace"


def test_the_last_instruction_above_the_scissors_decides() -> None:
    amended = "Subject\n\n" + KEEP_HINT + "\n" + STRIP_HINT
    assert pending_cleanup(amended, "#", "default", editor_used=True) == "strip"
    # A -v diff below the scissors line may quote the other sentence: it does not count.
    verbose = "Subject\n\n" + STRIP_HINT + CUT + "+" + KEEP_HINT.replace("\n", "\n+")
    assert pending_cleanup(verbose, "#", "default", editor_used=True) == "strip"


@pytest.mark.parametrize(("configured", "editor_used", "expected"), [
    ("default", True, "strip"), ("default", False, "whitespace"),
    ("scissors", True, "scissors"), ("scissors", False, "whitespace"),
    ("strip", False, "strip"), ("whitespace", True, "whitespace"), ("verbatim", True, "verbatim"),
    ("nonsense", True, "strip"), ("nonsense", False, "whitespace"),
])
def test_without_instructions_the_setting_and_the_editor_decide(configured: str, editor_used: bool,
                                                                expected: str) -> None:
    assert pending_cleanup("Subject\n# a line\n", "#", configured, editor_used) == expected


def test_instructions_in_another_language_fall_back_on_the_setting() -> None:
    german = ("x\n\n# Bitte geben Sie eine Commit-Beschreibung für Ihre Änderungen ein. Zeilen,\n"
              "# die mit '#' beginnen, werden beibehalten; wenn Sie möchten, können Sie diese entfernen.\n")
    assert pending_cleanup(german, "#", "default", editor_used=True) == "strip"  # not recognised
    truncated = "x\n\n# Please enter the commit message for your changes. Lines starting\n"
    assert pending_cleanup(truncated, "#", "whitespace", editor_used=True) == "whitespace"


def test_only_strip_drops_comment_lines() -> None:
    assert [mode for mode in ("strip", "whitespace", "verbatim", "scissors") if not keeps_comments(mode)] == ["strip"]


STRIPSPACE_CASES = [
    b"",
    b"\n\n\n",
    b"Subject",
    b"  \n\nSubject  \t\r\n\n\n\nBody\n\n\n",
    b"#42 subject\n# comment\n\n#\nBody \x0b\n\x0c\n",
    b"Subject\n\n\t\nBody\r\nTrailer: x\r\n\r\n",
    b"Caf\xe9\n\n\xff\xfe line\n",
]


@pytest.mark.parametrize("data", STRIPSPACE_CASES)
def test_strip_and_whitespace_match_git_stripspace(data: bytes) -> None:
    for mode, flags in (("whitespace", []), ("strip", ["-s"])):
        expected = subprocess.run(["git", "stripspace", *flags], input=data, capture_output=True, check=True,
                                  env=clean_env()).stdout
        assert committed_bytes(data, mode, "#") == expected, mode  # type: ignore[arg-type]


def test_verbatim_keeps_every_byte_above_the_scissors() -> None:
    data = b"Subject  \n\n\n#include <x.h>\n\n"
    assert committed_bytes(data, "verbatim", "#") == data
    assert committed_bytes(data + CUT.encode() + b"diff\n", "verbatim", "#") == data
    assert committed_bytes(CUT.encode() + b"diff\n", "strip", "#") == b""


UTF8_CASES = [
    b"plain ascii\n",
    "déjà vu – ✓ 🎉\n".encode(),
    b"Caf\xe9 cr\xe8me\n",
    b"lone continuation \x80 and lead \xc3\n",
    b"overlong \xc0\xaf and \xe0\x80\xaf\n",
    b"surrogate \xed\xa0\x80\n",
    b"noncharacters \xef\xbf\xbe \xef\xb7\x90 \xf4\x8f\xbf\xbf\n",
    b"beyond U+10FFFF \xf4\x90\x80\x80 and \xf8\x88\x80\x80\x80\n",
    b"truncated at the end \xe2\x82",
]


@pytest.mark.parametrize("data", UTF8_CASES)
def test_bytes_that_are_not_utf8_are_reencoded_as_git_does(repo: Path, data: bytes) -> None:
    tree = git(repo, "write-tree").stdout.strip()
    made = subprocess.run(["git", "commit-tree", tree], cwd=repo, input=data, capture_output=True, check=True,
                          env=clean_env())
    raw = subprocess.run(["git", "cat-file", "commit", made.stdout.decode().strip()], cwd=repo,
                         capture_output=True, check=True).stdout
    assert as_git_commits_it(data) == raw.split(b"\n\n", 1)[1]


def test_only_a_utf8_commit_encoding_reencodes() -> None:
    assert [name for name in ("", "UTF-8", "utf8", "ISO-8859-1", "utf-16") if is_utf8_encoding(name)] == [
        "", "UTF-8", "utf8"]
