"""The lines a commit adds, per file and per hunk, read from a single `git show` process, or for
many commits from a single `git log --patch` stream (`iter_log_patches`).

Only additions matter for authorship: removed and context lines were written by someone else. The
patch is read as bytes and split per file before decoding, so one file in another encoding is
reported as skipped without affecting the others.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field

from provenance.core.errors import GitError
from provenance.gitio.records import nul_records
from provenance.gitio.runner import log_command

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
    command = [
        "git", "-c", "core.quotePath=false", "show", "--format=", "--patch", "--unified=0",
        "--no-color", "--no-ext-diff", "--no-textconv", "--diff-merges=first-parent",
        revision, "--",
    ]  # fmt: skip
    try:
        completed = subprocess.run(command, cwd=repository, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[0] if message else f"exit status {completed.returncode}"
        raise GitError(f"git show {revision} failed: {reason}")
    return completed.stdout


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
    arguments: list[str],
    fields: tuple[str, ...],
    repository: str | os.PathLike[str] = ".",
    stdin_revisions: list[str] | None = None,
) -> Iterator[tuple[list[bytes], bytes]]:
    """(header fields, zero-context patch) of every commit `git log ARGUMENTS` selects, read from ONE
    `git log -p` process as a stream (never a process per commit).

    Each commit is printed as NUL, its `fields` (git format placeholders) separated by NULs, a NUL,
    then its patch. Neither a message nor a text patch can contain NUL (git shows files with NUL
    bytes as binary), so after the first NUL the stream splits into groups of len(fields) + 1.
    `stdin_revisions` are passed with --stdin (no command-line length limit for thousands of SHAs).
    """
    log_format = "%x00" + "%x00".join(fields) + "%x00"
    command = log_command(
        f"--format={log_format}", "--patch", "--unified=0", "--no-ext-diff", "--no-textconv", "-M",
        *arguments, *(["--stdin"] if stdin_revisions is not None else []), "--",
    )
    try:
        process = subprocess.Popen(
            command, cwd=repository, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.PIPE if stdin_revisions is not None else subprocess.DEVNULL,
        )  # fmt: skip
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    assert process.stdout is not None and process.stderr is not None
    if stdin_revisions is not None:
        assert process.stdin is not None
        # git reads every revision from stdin before it prints anything, so this cannot deadlock.
        try:
            process.stdin.write("".join(f"{revision}\n" for revision in stdin_revisions).encode())
            process.stdin.close()
        except BrokenPipeError:  # git failed early; its exit status and stderr say why
            pass
    try:
        for record in nul_records(process.stdout, len(fields) + 1, skip_first=True):
            yield record[:-1], record[-1]
    finally:
        process.stdout.close()
        stderr = process.stderr.read()
        process.stderr.close()
        returncode = process.wait()
    if returncode != 0:
        message = stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[0] if message else f"exit status {returncode}"
        raise GitError(f"git log failed: {reason}")
