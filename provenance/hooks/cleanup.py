"""Which cleanup git will apply to the message a hook receives, and the bytes it will then commit.

git passes neither ``--cleanup`` nor ``commit.cleanup`` to its hooks, nor whether it opened an
editor. What it does expose, and what is read here, in this order:

1. the instructions git writes into a message it opens in an editor: "Lines starting with '#'
   will be ignored" (strip), "... will be kept" (whitespace or verbatim), or the scissors line
   with "Do not modify or remove the line above" and no such sentence (scissors). They follow a
   ``--cleanup`` given on the command line. git writes them in the user's language: only the
   English text is recognised;
2. ``GIT_EDITOR=:``, which git puts in a hook's environment when it opens no editor (``-m``,
   ``-F``, ``-C``, ``--no-edit``); the pre-commit framework passes it on;
3. ``commit.cleanup``, resolved as git resolves it: ``default`` strips comments only when an
   editor runs, ``scissors`` without an editor means ``whitespace``.
"""

from __future__ import annotations

from typing import Literal

Cleanup = Literal["strip", "whitespace", "verbatim", "scissors"]
SCISSORS_TEXT = "------------------------ >8 ------------------------"
_INSTRUCTION = " Please enter the commit message for your changes."
_SCISSORS_HINT = " Do not modify or remove the line above."
_NAMED_MODES: dict[str, Cleanup] = {"strip": "strip", "whitespace": "whitespace", "verbatim": "verbatim"}
_SPACES = b" \t\r\n"  # git's isspace(): no vertical tab, no form feed


def scissors_line(comment: str) -> str:
    return f"{comment} {SCISSORS_TEXT}"


def keeps_comments(cleanup: Cleanup) -> bool:
    """Whether lines starting with the comment character end up in the commit."""
    return cleanup != "strip"


def _from_instructions(lines: list[str], comment: str) -> Cleanup | None:
    """The cleanup git announced in the message it wrote for the editor, if it wrote one.

    Only text above the first scissors line counts: a ``-v`` diff below it may quote anything.
    The last instruction wins: an amended message can carry an older one in its body.
    """
    cut = next((i for i, line in enumerate(lines) if line == scissors_line(comment)), len(lines))
    for index in range(cut - 1, -1, -1):
        if lines[index].startswith(comment + _INSTRUCTION):
            sentence = " ".join(lines[index:index + 2])
            if "will be ignored" in sentence:
                return "strip"
            return "whitespace" if "will be kept" in sentence else None
    if cut + 1 < len(lines) and lines[cut + 1] == comment + _SCISSORS_HINT:
        return "scissors"
    return None


def _from_settings(configured: str, editor_used: bool) -> Cleanup:
    """git's own resolution of commit.cleanup (builtin/commit.c, sequencer.c get_cleanup_mode)."""
    if configured in _NAMED_MODES:
        return _NAMED_MODES[configured]
    if configured == "scissors":
        return "scissors" if editor_used else "whitespace"
    # "default", and any value git itself refuses before running a hook.
    return "strip" if editor_used else "whitespace"


def pending_cleanup(message: str, comment: str, configured: str, editor_used: bool) -> Cleanup:
    """The cleanup git will apply to ``message``, a commit hook's message file, decoded."""
    lines = [line.rstrip("\r") for line in message.split("\n")]
    announced = _from_instructions(lines, comment)
    if announced == "whitespace" and configured == "verbatim":
        return "verbatim"  # both say "will be kept"; only the setting tells them apart
    return announced or _from_settings(configured, editor_used)


def _cut_at_scissors(data: bytes, comment: bytes) -> bytes:
    """``data`` above the first scissors line (git cuts there with -v and under scissors; a
    scissors line typed by hand elsewhere is the one case this cuts and git does not)."""
    marker = comment + b" " + SCISSORS_TEXT.encode("ascii")
    lines = data.split(b"\n")
    for index, line in enumerate(lines):
        if line.rstrip(b"\r") == marker:
            return b"".join(kept + b"\n" for kept in lines[:index])
    return data


def _strip_space(data: bytes, comment: bytes | None) -> bytes:
    """git's strbuf_stripspace: drop comment lines (if ``comment``), trailing blanks on each line,
    blank lines at the start and the end, and runs of blank lines down to one; end with a newline."""
    kept: list[bytes] = []
    blank_before = False
    for line in data.split(b"\n"):
        if comment is not None and line.startswith(comment):
            continue
        text = line.rstrip(_SPACES)
        if not text:
            blank_before = True
            continue
        if blank_before and kept:
            kept.append(b"")
        blank_before = False
        kept.append(text)
    return b"".join(line + b"\n" for line in kept)


def committed_bytes(data: bytes, cleanup: Cleanup, comment: str) -> bytes:
    """The message git will commit from the message file's bytes ``data``, byte for byte."""
    marker = comment.encode("utf-8")
    above = _cut_at_scissors(data, marker)
    if cleanup == "verbatim":
        return above
    return _strip_space(above, marker if cleanup == "strip" else None)
