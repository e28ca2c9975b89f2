"""The lines a commit adds, per file and per hunk, read from a single `git show` process, or for
many commits from a single `git log --patch` stream (`iter_log_patches`).

Only additions matter for authorship: removed and context lines were written by someone else. The
patch is read as bytes and split per file before decoding, so one file in another encoding is
reported as skipped without affecting the others.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from provenance.gitio.log import log_records
from provenance.gitio.runner import run

_HUNK_HEADER = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass
class AddedHunk:
    start_line: int
    lines: list[bytes] = field(default_factory=list)

    @property
    def end_line(self) -> int:
        return self.start_line + len(self.lines) - 1

    def data(self) -> bytes:
        return b"\n".join(self.lines) + b"\n"


@dataclass
class FileAdditions:
    path: str
    binary: bool = False
    hunks: list[AddedHunk] = field(default_factory=list)

    def data(self) -> bytes:
        return b"".join(hunk.data() for hunk in self.hunks)


def git_show_patch(revision: str, repository: str | os.PathLike[str] = ".") -> bytes:
    """The zero-context patch of `revision` against its first parent (all added for a root commit)."""
    args = ["show", "--format=", "--patch", "--unified=0", "-M", "--diff-merges=first-parent", revision, "--"]
    return run(args, cwd=repository).stdout


def parse_added_lines(patch: bytes) -> list[FileAdditions]:
    """Files with the lines they add, from a unified patch with zero context lines."""
    files: list[FileAdditions] = []
    current: FileAdditions | None = None
    removed_left = added_left = 0
    for line in patch.split(b"\n"):
        if removed_left or added_left:
            # Inside a hunk the header's counts, not the line prefixes, say where it ends: an added
            # line may itself start with "+++" or "diff --git".
            if line.startswith(b"-"):
                removed_left -= 1
            elif line.startswith(b"+") and current is not None:
                current.hunks[-1].lines.append(line[1:])
                added_left -= 1
            continue
        if line.startswith(b"diff --git "):
            current = None
        elif line.startswith(b"+++ "):
            target = line[4:].rstrip(b"\t")
            if target == b"/dev/null":
                current = None  # a deletion adds nothing
                continue
            current = FileAdditions(_unquote_path(target))
            files.append(current)
        elif line.startswith(b"Binary files ") and line.endswith(b" differ"):
            target = line[len(b"Binary files ") : -len(b" differ")].split(b" and ")[-1]
            if target != b"/dev/null":
                current = FileAdditions(_unquote_path(target), binary=True)
                files.append(current)
        elif line.startswith(b"@@ ") and current is not None:
            match = _HUNK_HEADER.match(line)
            if match:
                removed_left = int(match.group(1)) if match.group(1) is not None else 1
                added_left = int(match.group(3)) if match.group(3) is not None else 1
                if added_left:
                    current.hunks.append(AddedHunk(start_line=int(match.group(2))))
    return [item for item in files if item.binary or item.hunks]


def _unquote_path(raw: bytes) -> str:
    """Strip git's `b/` prefix and C-style quoting (used for names with quotes or control chars)."""
    if raw.startswith(b'"') and raw.endswith(b'"'):
        raw = raw[1:-1].decode("unicode_escape").encode("latin-1")
    if raw.startswith(b"b/"):
        raw = raw[2:]
    return raw.decode("utf-8", "surrogateescape")


def iter_log_patches(
    arguments: Sequence[str],
    fields: Sequence[str],
    repository: str | os.PathLike[str] = ".",
    stdin_revisions: Sequence[str] | None = None,
) -> Iterator[tuple[list[bytes], bytes]]:
    """(header fields, zero-context patch) of every commit `git log ARGUMENTS` selects, read from ONE
    `git log --patch` process as a stream (see `log_records`)."""
    return log_records(arguments, fields, repository, patches=True, stdin_revisions=stdin_revisions)
