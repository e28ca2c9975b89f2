"""Read commits from ONE ``git log`` stream (never a process per commit), with or without patches."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

from provenance.core.message import CommitFacts
from provenance.gitio.facts import COMMIT_FIELDS, LoggedCommit, commit_from_fields, hash_comments
from provenance.gitio.records import nul_records
from provenance.gitio.runner import run, stream

# The lines each commit adds, against its first parent for a merge when the caller asks so;
# renames are followed, so a moved file is not new code.
_PATCH_OPTIONS = ("--patch", "--unified=0", "-M")


def log_records(
    arguments: Sequence[str],
    fields: Sequence[str],
    cwd: str | os.PathLike[str] | None = None,
    patches: bool = False,
    stdin_revisions: Sequence[str] | None = None,
    paths: Sequence[str] = (),
) -> Iterator[tuple[list[bytes], bytes]]:
    """(values of the format placeholders ``fields``, what follows them) for every commit
    ``git log ARGUMENTS`` selects, read as one stream; what follows is the patch with ``patches``.

    Each commit is printed as NUL, its fields separated by NULs, a NUL, then its patch (or just the
    newline ending the entry). Neither a message nor a text patch can contain NUL (git shows files
    with NUL bytes as binary), so after the first NUL the stream splits into groups of
    len(fields) + 1. ``stdin_revisions`` go through --stdin: no command-line limit for thousands.
    ``paths`` (pathspecs) limit the commits and the patches to those paths.
    """
    log_format = "%x00" + "%x00".join(fields) + "%x00"
    args = [
        "log", f"--format={log_format}", *(_PATCH_OPTIONS if patches else ()), *arguments,
        *(["--stdin"] if stdin_revisions is not None else []), "--", *paths,
    ]  # fmt: skip
    with stream(args, cwd, stdin_lines=stdin_revisions) as output:
        for record in nul_records(output, len(fields) + 1, skip_first=True):
            yield record[:-1], record[-1]


def read_commits(
    arguments: Sequence[str],
    cwd: str | os.PathLike[str] | None = None,
    patches: bool = False,
    stdin_revisions: Sequence[str] | None = None,
    comment_char: Callable[[str], str] = hash_comments,
    paths: Sequence[str] = (),
) -> Iterator[LoggedCommit]:
    """Every commit ``git log ARGUMENTS -- PATHS`` selects, decoded, with its patch when ``patches``."""
    records = log_records(arguments, COMMIT_FIELDS, cwd, patches, stdin_revisions, paths)
    for fields, rest in records:
        yield commit_from_fields(fields, rest if patches else b"", comment_char)


def iter_commits(rev_args: Sequence[str], cwd: str | os.PathLike[str] | None = None,
                 comment_char: Callable[[str], str] = hash_comments) -> Iterator[CommitFacts]:
    """The facts of the commits ``git log REV_ARGS`` selects, newest first, read as one stream.

    ``comment_char`` gives the comment character for a message (core.commentChar, which may be
    ``auto``), so trailers are read as ``git interpret-trailers`` reads them in this repository.
    """
    for commit in read_commits(rev_args, cwd, comment_char=comment_char):
        yield commit.facts


def count_commits(rev_args: Sequence[str], cwd: str | os.PathLike[str] | None = None) -> int:
    """How many commits ``git log REV_ARGS`` lists, without reading them."""
    return int(run(["rev-list", "--count", *rev_args, "--"], cwd=cwd).stdout or b"0")
