"""Reading a record file that changed since the index last saw it: only its new lines when it
only grew and its reader can resume, else the whole file.

A file grew when it is at least as long as the part read before and that part's first 4 KiB and
its last 4 KiB (before the last complete line read) hash as they did. Then only the bytes after
that line are read, handing the reader the state it left (``Source.resume``). Bytes after the
last newline are a line still being written: their records are returned and kept apart (the
*tail*), and read again, with the new bytes, when the file grows. Anything else — shorter,
rewritten, another reader version, a reader that cannot resume — reads the file whole.
"""

from __future__ import annotations

import fnmatch
import json
import os
from typing import IO, Any, NamedTuple

from provenance.core.digests import sha256_hex
from provenance.evidence.index_store import FileRow
from provenance.evidence.records import EvidenceRecord, FileLog, Skip
from provenance.evidence.scan import read_file, too_large
from provenance.evidence.sources import Source

_REGION = 4096


class FileUpdate(NamedTuple):
    """What reading a file gave, as the index keeps it. ``resumed_from`` is the byte the new
    records start at (0: the file's records are replaced whole)."""

    resumed_from: int
    body: list[EvidenceRecord]  # records of complete lines (after ``resumed_from``)
    body_skips: list[Skip]
    body_records_read: int
    tail: list[EvidenceRecord]  # records of the unterminated last line
    tail_skips: list[Skip]
    tail_records_read: int
    consumed: int  # -1: not resumable
    lines: int
    state: str | None
    head: str
    anchor: str


def can_resume(source: Source, path: str) -> bool:
    name = os.path.basename(path)
    return source.resume is not None and not source.opens_itself and any(
        fnmatch.fnmatch(name, pattern) for pattern in source.resume_names)


def _hash(data: bytes) -> str:
    return sha256_hex(data)[:32]


def _region(handle: IO[bytes], end: int) -> bytes:
    """The up to 4 KiB before byte ``end``."""
    start = max(0, end - _REGION)
    handle.seek(start)
    return handle.read(end - start)


def _shifted(records: list[EvidenceRecord], skips: list[Skip], lines: int) -> tuple[list[EvidenceRecord], list[Skip]]:
    """Line numbers counted from the file's start instead of the part's (0, the whole file, stays)."""
    if not lines:
        return records, skips
    return ([r._replace(source_line=r.source_line + lines) if r.source_line > 0 else r for r in records],
            [s._replace(line=s.line + lines) if s.line > 0 else s for s in skips])


def _resume_point(row: FileRow | None, handle: IO[bytes], size: int) -> tuple[int, int, dict[str, Any]]:
    """(byte, lines before it, reader state) to read from: where the index stopped when the
    file only grew since, else the start."""
    if row is None or row.consumed <= 0 or size < row.consumed:
        return 0, 0, {}
    if _hash(handle.read(min(_REGION, row.consumed))) != row.head or _hash(_region(handle, row.consumed)) != row.anchor:
        return 0, 0, {}
    state = json.loads(row.state) if row.state else {}
    return row.consumed, row.lines, state if isinstance(state, dict) else {}


class _Part(NamedTuple):
    records: list[EvidenceRecord]
    skips: list[Skip]
    records_read: int


def _read_part(source: Source, path: str, data: bytes, state: dict[str, Any], lines: int) -> _Part:
    assert source.resume is not None
    log = FileLog(path)
    records, skips = _shifted(list(source.resume(path, data, log, state)), log.skips, lines)
    return _Part(records, skips, log.records_read)


def read_resuming(source: Source, path: str, row: FileRow | None, size: int, limit: int) -> FileUpdate | list[Skip]:
    """The update of a file whose reader can resume, or the skips that keep it out (cannot be
    opened, too large). A reader that fails reads the file whole, as a plain scan would."""
    with open(path, "rb") as handle:
        start, lines, state = _resume_point(row, handle, size)
        handle.seek(start)
        new = handle.read(limit + 1 - start)
        if start + len(new) > limit:
            return [Skip(path, 0, too_large(limit))]
        cut = new.rfind(b"\n") + 1
        consumed = start + cut
        try:
            body = _read_part(source, path, new[:cut], state, lines)
            state_text = json.dumps(state, sort_keys=True)
            body_lines = lines + new.count(b"\n", 0, cut)
            tail = _read_part(source, path, new[cut:], json.loads(state_text), body_lines) if new[cut:] else None
        except Exception:  # the reader failed on these lines: read as a plain scan reads
            return read_not_resuming(source, path, limit)
        handle.seek(0)
        head = _hash(handle.read(min(_REGION, consumed)))
        anchor = _hash(_region(handle, consumed))
    return FileUpdate(start, body.records, body.skips, body.records_read, tail.records if tail else [],
                      tail.skips if tail else [], tail.records_read if tail else 0, consumed, body_lines, state_text,
                      head, anchor)


def read_not_resuming(source: Source, path: str, limit: int) -> FileUpdate | list[Skip]:
    """The update of a file read whole (its records replace all the index had); undated records
    stay undated (the index dates them by the file when it hands them out)."""
    log = FileLog(path)
    found = read_file(source, path, limit, log)
    if found is None:
        return log.skips
    return FileUpdate(0, found[0], log.skips, log.records_read, [], [], 0, -1, 0, None, "", "")
