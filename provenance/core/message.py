"""A commit message as the checks see it: decoded text, subject, body lines and trailers."""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from provenance.core.trailers import TrailerBlock, parse_trailers

_FIXUP_PREFIXES = ("fixup! ", "squash! ", "amend! ")


class CommitFacts(NamedTuple):
    """Everything the rules may look at for one commit (from a hook or from ``git log``)."""

    message: str
    author_name: str = ""
    author_email: str = ""
    committer_name: str = ""
    committer_email: str = ""
    parent_count: int = 1
    sha: str | None = None
    comment_char: str = "#"
    # True when git will keep lines starting with ``comment_char`` in the commit (its cleanup mode
    # is whitespace, verbatim or scissors): they are then text, not comments.
    keep_comments: bool = False
    # 1-based line numbers whose bytes were not valid UTF-8 (decoded with replacement).
    undecodable_lines: tuple[int, ...] = ()


def decode_message(data: bytes) -> tuple[str, tuple[int, ...]]:
    """Decode message bytes as UTF-8, replacing bad bytes and remembering which lines had them."""
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    bad_lines: list[int] = []
    lines: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            bad_lines.append(number)
            lines.append(raw.decode("utf-8", "replace"))
    return "\n".join(lines), tuple(bad_lines)


class ParsedMessage:
    """Lazily derived views of a message; each is computed once and shared by every rule."""

    def __init__(self, facts: CommitFacts) -> None:
        self.facts = facts

    def __repr__(self) -> str:
        return f"ParsedMessage({self.facts!r})"

    @cached_property
    def trailer_block(self) -> TrailerBlock:
        return parse_trailers(self.facts.message, self.facts.comment_char)

    @cached_property
    def content_lines(self) -> list[tuple[int, str]]:
        """(line number, text) of lines git keeps: no comments (unless git keeps them), nothing
        under a scissors line."""
        comment = self.facts.comment_char
        keep_comments = self.facts.keep_comments
        message = self.facts.message
        if "\r" not in message and not message.startswith(comment) and f"\n{comment}" not in message:
            # No line starts with the comment character, so none is a comment or the scissors
            # line: every line is kept as it is (verify reads ten thousand messages this way).
            return list(enumerate(message.split("\n"), start=1))
        scissors = comment + " ------------------------ >8 ------------------------"
        kept: list[tuple[int, str]] = []
        for number, line in enumerate(message.split("\n"), start=1):
            if line.rstrip("\r") == scissors:
                break
            if line.startswith(comment) and not keep_comments:
                continue
            kept.append((number, line.rstrip("\r")))
        return kept

    @cached_property
    def subject(self) -> str:
        for _, line in self.content_lines:
            if line.strip():
                return line.strip()
        return ""

    @property
    def is_empty(self) -> bool:
        return not any(line.strip() for _, line in self.content_lines)

    @property
    def is_merge(self) -> bool:
        return self.facts.parent_count > 1

    @property
    def is_fixup(self) -> bool:
        return self.subject.startswith(_FIXUP_PREFIXES)

    @property
    def is_revert(self) -> bool:
        if self.subject.startswith('Revert "'):
            return True
        return any(line.startswith("This reverts commit ") for _, line in self.content_lines)
