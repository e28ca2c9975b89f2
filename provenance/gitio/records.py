"""Split a NUL-separated ``git log`` stream into fixed-size records, reading it in chunks.

Commit messages and text patches cannot contain NUL, so a format that separates fields (and
commits) with NUL splits unambiguously once the number of fields per commit is known.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

_CHUNK = 1 << 16


def nul_records(stream: IO[bytes], per_record: int, skip_first: bool = False) -> Iterator[list[bytes]]:
    """Groups of ``per_record`` NUL-separated fields; the last group may lack its final NUL.

    ``skip_first`` drops whatever precedes the first NUL (for formats that start with one).
    """
    pending: list[bytes] = []
    buffer = b""
    skipping = skip_first
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        parts = (buffer + chunk).split(b"\0")
        buffer = parts.pop()
        for part in parts:
            if skipping:
                skipping = False
                continue
            pending.append(part)
            if len(pending) == per_record:
                yield pending
                pending = []
    if not skipping and len(pending) == per_record - 1:  # no NUL after the last field
        yield [*pending, buffer]
