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

from provenance.gitio.log import log_records
from provenance.gitio.refs import revision_argument
from provenance.gitio.runner import run

_HUNK_HEADER = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class AddedHunk:
    """Lines added together, from ``start_line`` of the new file. Plain classes, not dataclasses:
    the commit hooks read the staged diff, and importing ``dataclasses`` costs a hook ~10 ms."""

    __slots__ = ("lines", "start_line")

    def __init__(self, start_line: int, lines: list[bytes] | None = None) -> None:
        self.start_line = start_line
        self.lines: list[bytes] = lines if lines is not None else []

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AddedHunk) and (self.start_line, self.lines) == (other.start_line, other.lines)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        return f"AddedHunk(start_line={self.start_line!r}, lines={self.lines!r})"

    @property
    def end_line(self) -> int:
        return self.start_line + len(self.lines) - 1

    def data(self) -> bytes:
        return b"\n".join(self.lines) + b"\n"


class FileAdditions:
    """A file's added lines, hunk by hunk (none for a binary file)."""

    __slots__ = ("binary", "hunks", "path")

    def __init__(self, path: str, binary: bool = False, hunks: list[AddedHunk] | None = None) -> None:
        self.path = path
        self.binary = binary
        self.hunks: list[AddedHunk] = hunks if hunks is not None else []

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FileAdditions) and (self.path, self.binary, self.hunks) == (
            other.path, other.binary, other.hunks)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        return f"FileAdditions(path={self.path!r}, binary={self.binary!r}, hunks={self.hunks!r})"

    def data(self) -> bytes:
        return b"".join(hunk.data() for hunk in self.hunks)


def git_show_patch(revision: str, repository: str | os.PathLike[str] = ".") -> bytes:
    """The zero-context patch of `revision` against its first parent (all added for a root commit)."""
    args = ["show", "--format=", "--patch", "--unified=0", "-M", "--diff-merges=first-parent",
            revision_argument(revision), "--"]
    return run(args, cwd=repository).stdout


def parse_added_lines(patch: bytes) -> list[FileAdditions]:
    """Files with the lines they add, from a unified patch with zero context lines."""
    reader = _PatchReader()
    for line in patch.split(b"\n"):
        reader.feed(line)
    return [item for item in reader.files if item.binary or item.hunks]


class _PatchReader:
    """Reads a patch line by line; inside a hunk the header's counts say where it ends."""

    def __init__(self) -> None:
        self.files: list[FileAdditions] = []
        self.current: FileAdditions | None = None
        self.removed_left = 0
        self.added_left = 0

    def feed(self, line: bytes) -> None:
        if self.removed_left or self.added_left:
            self._hunk_line(line)
        elif line.startswith(b"diff --git "):
            self.current = None
        elif line.startswith(b"+++ "):
            self._new_file(line[4:].rstrip(b"\t"))
        elif line.startswith(b"Binary files ") and line.endswith(b" differ"):
            self._binary_file(line[len(b"Binary files ") : -len(b" differ")].split(b" and ")[-1])
        elif line.startswith(b"@@ ") and self.current is not None:
            self._hunk_header(self.current, line)

    def _hunk_line(self, line: bytes) -> None:
        # The counts, not the prefixes, end a hunk: an added line may itself start with "+++" or
        # "diff --git".
        if line.startswith(b"-"):
            self.removed_left -= 1
        elif line.startswith(b"+") and self.current is not None:
            self.current.hunks[-1].lines.append(line[1:])
            self.added_left -= 1

    def _new_file(self, target: bytes) -> None:
        if target == b"/dev/null":
            self.current = None  # a deletion adds nothing
            return
        self.current = FileAdditions(_unquote_path(target))
        self.files.append(self.current)

    def _binary_file(self, target: bytes) -> None:
        if target != b"/dev/null":
            self.current = FileAdditions(_unquote_path(target), binary=True)
            self.files.append(self.current)

    def _hunk_header(self, current: FileAdditions, line: bytes) -> None:
        match = _HUNK_HEADER.match(line)
        if not match:
            return
        self.removed_left = int(match.group(1)) if match.group(1) is not None else 1
        self.added_left = int(match.group(3)) if match.group(3) is not None else 1
        if self.added_left:
            current.hunks.append(AddedHunk(start_line=int(match.group(2))))


def _unquote_path(raw: bytes) -> str:
    """Strip C-style quoting (names with quotes or control characters) and the `b/` prefix, which
    the runner pins (--dst-prefix=b/), so a path that itself starts with b/ keeps it."""
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
