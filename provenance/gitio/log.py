"""Read a range of commits from one ``git log`` stream (never a process per commit)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator, Sequence

from provenance.core.errors import GitError
from provenance.core.message import CommitFacts, decode_message
from provenance.gitio.records import nul_records
from provenance.gitio.runner import first_line, log_command

# Fields of one commit, NUL-separated; with -z git also ends each commit with a NUL, and since
# the count is fixed the stream splits unambiguously even though both separators are NUL.
_FIELDS = ("%H", "%P", "%an", "%ae", "%cn", "%ce", "%B")
_FORMAT = "%x00".join(_FIELDS)


def _facts(fields: list[bytes], comment_char: Callable[[str], str]) -> CommitFacts:
    sha, parents, an, ae, cn, ce, body = fields
    message, bad_lines = decode_message(body)
    text = [value.decode("utf-8", "replace") for value in (an, ae, cn, ce)]
    return CommitFacts(
        message=message, author_name=text[0], author_email=text[1], committer_name=text[2],
        committer_email=text[3], parent_count=len(parents.split()), sha=sha.decode("ascii"),
        comment_char=comment_char(message), undecodable_lines=bad_lines,
    )


def _hash_comments(message: str) -> str:
    return "#"


def iter_commits(rev_args: Sequence[str], cwd: str | None = None,
                 comment_char: Callable[[str], str] = _hash_comments) -> Iterator[CommitFacts]:
    """Commits selected by ``git log REV_ARGS``, newest first, read as one stream.

    ``comment_char`` gives the comment character for a message (core.commentChar, which may be
    ``auto``), so trailers are read as ``git interpret-trailers`` reads them in this repository.
    """
    command = log_command("-z", f"--format={_FORMAT}", *rev_args, "--")
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    try:
        for fields in nul_records(proc.stdout, len(_FIELDS)):
            yield _facts(fields, comment_char)
    finally:
        proc.stdout.close()
        stderr = proc.stderr.read() if proc.stderr else b""
        returncode = proc.wait()
    if returncode != 0:
        raise GitError(f"git log {' '.join(rev_args)}: {first_line(stderr) or 'failed'}")
