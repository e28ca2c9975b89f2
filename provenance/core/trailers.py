"""Trailer parsing that follows git's own rules (trailer.c) for commit messages, so we agree with
``git log --format=%(trailers)`` and ``git interpret-trailers --parse --no-divider`` on every
message without running a process per commit.

The rules, as git applies them to a commit message:

* A ``---`` line does not end the message: only ``interpret-trailers`` without ``--no-divider``
  reads it as the start of a patch in an e-mail; commit messages are not e-mails, and
  ``git log --format=%(trailers)`` reads the trailers below such a line.
* The message ends before any trailing run of comment lines, blank lines, ``Conflicts:`` blocks
  and everything under a scissors line.
* The first paragraph is the title and never holds trailers.
* The trailer block is the last paragraph, and only counts if every line in it is a trailer
  (or a continuation of one, or a comment), or if it holds a git-generated line
  (``Signed-off-by: ``, ``(cherry picked from commit ``) and at least 25% of it is trailers.
* A trailer line is ``TOKEN SEP VALUE`` where TOKEN is ASCII letters, digits and ``-``, optional
  blanks may stand before the ``:``; a line starting with blanks continues the trailer above.

The tests compare this module against git itself on generated messages.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# git's isspace(): its ctype table has exactly these four as space.
_GIT_SPACE = " \t\n\r"
_GIT_GENERATED_PREFIXES = ("Signed-off-by: ", "(cherry picked from commit ")


class Trailer(NamedTuple):
    """One trailer: its key as written, its unfolded value and the 1-based line it starts on."""

    key: str
    value: str
    line: int

    @property
    def normalized_key(self) -> str:
        return self.key.lower()


class TrailerBlock(NamedTuple):
    trailers: tuple[Trailer, ...]
    # 1-based line where the trailer block starts; None when there is no block.
    start_line: int | None


def _is_blank(line: str) -> bool:
    return all(ch in _GIT_SPACE for ch in line)


# git's find_separator(): ASCII letters, digits and '-', then optional blanks (not at the start of
# the line), then the ':'. A line that starts with ':' has its separator at 0, which is no trailer.
_SEPARATOR_RE = re.compile(r"(?:[A-Za-z0-9-]+[ \t]*)?:")


def find_separator(line: str) -> int:
    """Index of the ``:`` that makes ``line`` a trailer, or -1 (git's find_separator)."""
    match = _SEPARATOR_RE.match(line)
    return match.end() - 1 if match else -1


def _split_lines(message: str) -> list[str]:
    """Lines with their newline kept, as git walks them: split at \\n only (str.splitlines would
    also split at a lone \\r, \\v, \\x1c, U+0085 or U+2028, losing trailers git reads)."""
    parts = message.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _scissors_index(lines: list[str], comment_char: str) -> int:
    scissors = comment_char + " ------------------------ >8 ------------------------\n"
    for index, line in enumerate(lines):
        if line == scissors:
            return index
    return len(lines)


def _end_ignoring_trailing_comments(lines: list[str], end: int, comment_char: str) -> int:
    """git's ignore_non_trailer(): drop the trailing run of comments, blanks and Conflicts: blocks."""
    cutoff = min(end, _scissors_index(lines, comment_char))
    start_of_comments: int | None = None
    in_conflicts_block = False
    for index in range(cutoff):
        line = lines[index]
        if line.startswith((comment_char, "\n")):  # _split_lines never yields an empty line
            if start_of_comments is None:
                start_of_comments = index
        elif line.startswith("Conflicts:\n"):
            in_conflicts_block = True
            if start_of_comments is None:
                start_of_comments = index
        elif in_conflicts_block and line.startswith("\t"):
            pass
        elif start_of_comments is not None:
            start_of_comments = None
            in_conflicts_block = False
    return start_of_comments if start_of_comments is not None else cutoff


def _end_of_title(lines: list[str], end: int, comment_char: str) -> int:
    """Index of the first blank line that is not a comment: the title paragraph ends there."""
    for index in range(end):
        if lines[index].startswith(comment_char):
            continue
        if _is_blank(lines[index]):
            return index
    return end


class _LastParagraph:
    """git's counts while it walks the last paragraph upwards, from its last line."""

    __slots__ = (
        "non_trailer_lines",
        "only_spaces",
        "possible_continuation_lines",
        "recognized_prefix",
        "trailer_lines",
    )

    def __init__(self) -> None:
        self.only_spaces = True
        self.recognized_prefix = False
        self.trailer_lines = 0
        self.non_trailer_lines = 0
        self.possible_continuation_lines = 0

    def comment(self) -> None:
        self.non_trailer_lines += self.possible_continuation_lines
        self.possible_continuation_lines = 0

    def text(self, line: str) -> None:
        self.only_spaces = False
        if line.startswith(_GIT_GENERATED_PREFIXES):
            self.trailer_lines += 1
            self.possible_continuation_lines = 0
            self.recognized_prefix = True
        elif find_separator(line) >= 1 and line[0] not in _GIT_SPACE:
            self.trailer_lines += 1
            self.possible_continuation_lines = 0
        elif line[0] in _GIT_SPACE:
            self.possible_continuation_lines += 1
        else:
            self.non_trailer_lines += 1 + self.possible_continuation_lines
            self.possible_continuation_lines = 0

    def is_trailer_block(self) -> bool:
        """At the blank line above the paragraph: all trailers, or git-generated ones and 25% trailers."""
        self.non_trailer_lines += self.possible_continuation_lines
        if self.recognized_prefix and self.trailer_lines * 3 >= self.non_trailer_lines:
            return True
        return bool(self.trailer_lines) and not self.non_trailer_lines


def _trailer_block_start(lines: list[str], end: int, comment_char: str) -> int:
    """git's find_trailer_start(): index of the block's first line, or ``end`` for none."""
    paragraph = _LastParagraph()
    for index in range(end - 1, _end_of_title(lines, end, comment_char) - 1, -1):
        line = lines[index]
        if line.startswith(comment_char):
            paragraph.comment()
        elif not _is_blank(line):
            paragraph.text(line)
        elif not paragraph.only_spaces:
            return index + 1 if paragraph.is_trailer_block() else end
    return end


_FOLD_RE = re.compile(r"\n[ \t\n\r]*")


def _unfold(value: str) -> str:
    """Collapse each newline and the blanks after it into one space, then trim (git's unfold_value)."""
    return _FOLD_RE.sub(" ", value).strip(_GIT_SPACE)


def parse_trailers(message: str, comment_char: str = "#") -> TrailerBlock:
    """The trailers git reports for commit message ``message`` (``%(trailers)``)."""
    usual = _usual_trailer_block(message, comment_char)
    return usual if usual is not None else _walked_trailer_block(message, comment_char)


def _usual_trailer_block(message: str, comment_char: str) -> TrailerBlock | None:
    """``parse_trailers`` for the usual message, in a fraction of the time (verify reads ten
    thousand): a title, and a last paragraph of one-line ``Key: value`` trailers or of none. None
    for anything git's walk could read otherwise -- comment or scissors lines, carriage returns,
    Conflicts: blocks, continuation lines, a git-generated line without a separator, a message
    that starts blank -- which ``_walked_trailer_block`` decides."""
    if ("\r" in message or message.startswith(comment_char) or f"\n{comment_char}" in message
            or "Conflicts:" in message):
        return None
    lines = message.split("\n")
    end = len(lines)
    while end > 0 and not lines[end - 1].strip(" \t"):
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip(" \t"):
        start -= 1
    if end == 0 or not lines[0].strip(" \t"):
        return None
    if start == 0:  # the last paragraph is the title's, which is never a trailer block
        return TrailerBlock(trailers=(), start_line=None)
    trailers = []
    for index in range(start, end):
        line = lines[index]
        separator = find_separator(line)
        if separator < 1 or line[0] in _GIT_SPACE:
            return None
        trailers.append(Trailer(line[:separator].strip(_GIT_SPACE), line[separator + 1:].strip(_GIT_SPACE), index + 1))
    return TrailerBlock(trailers=tuple(trailers), start_line=start + 1)


def _walked_trailer_block(message: str, comment_char: str) -> TrailerBlock:
    """``parse_trailers`` as git computes it: any message."""
    lines = _split_lines(message)
    end = _end_ignoring_trailing_comments(lines, len(lines), comment_char)
    start = _trailer_block_start(lines, end, comment_char)
    if start >= end:
        return TrailerBlock(trailers=(), start_line=None)

    # Join continuation lines onto the trailer above them, as git does before parsing.
    entries: list[tuple[int, str, bool]] = []  # (line index, text, is_trailer)
    for index in range(start, end):
        line = lines[index]
        if entries and entries[-1][2] and line[0] in _GIT_SPACE:
            first, text, _ = entries[-1]
            entries[-1] = (first, text + line, True)
            continue
        entries.append((index, line, find_separator(line) >= 1))

    trailers: list[Trailer] = []
    for first, text, _ in entries:
        if text.startswith(comment_char):
            continue
        separator = find_separator(text)
        if separator < 1:
            continue
        key = text[:separator].strip(_GIT_SPACE)
        value = _unfold(text[separator + 1 :].strip(_GIT_SPACE))
        trailers.append(Trailer(key=key, value=value, line=first + 1))
    return TrailerBlock(trailers=tuple(trailers), start_line=start + 1)
