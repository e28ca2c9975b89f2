"""Turn the fields ``git log`` prints for a commit into its facts: the one decoder, used by verify
and by training alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from provenance.core.message import CommitFacts, decode_message

# The placeholders every commit is read with, in this order (the message last, by convention).
COMMIT_FIELDS = ("%H", "%P", "%an", "%ae", "%cn", "%ce", "%at", "%ct", "%B")


class LoggedCommit(NamedTuple):
    """A commit as read from history: its facts, its dates, and its patch when one was asked for."""

    facts: CommitFacts
    author_time: int  # seconds since the epoch
    commit_time: int
    patch: bytes = b""


def hash_comments(message: str) -> str:
    """git's default comment character, whatever the message."""
    return "#"


def commit_from_fields(fields: Sequence[bytes], patch: bytes = b"",
                       comment_char: Callable[[str], str] = hash_comments) -> LoggedCommit:
    """The commit whose ``COMMIT_FIELDS`` are ``fields``; ``comment_char`` gives the comment character
    of a message (core.commentChar may be ``auto``), so trailers are read as git reads them."""
    sha, parents, author_name, author_email, committer_name, committer_email, author_time, commit_time, body = fields
    message, bad_lines = decode_message(body)
    names = [value.decode("utf-8", "replace") for value in (author_name, author_email, committer_name, committer_email)]
    facts = CommitFacts(
        message=message, author_name=names[0], author_email=names[1], committer_name=names[2],
        committer_email=names[3], parent_count=len(parents.split()), sha=sha.decode("ascii"),
        # A stored message is what git committed: a line starting with the comment character is
        # text there ("#42 Fix crash" from `git commit -m`), though trailers still skip it, as git does.
        comment_char=comment_char(message), keep_comments=True, undecodable_lines=bad_lines,
    )  # fmt: skip
    return LoggedCommit(facts, int(author_time or 0), int(commit_time or 0), patch)
