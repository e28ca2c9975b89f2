"""The evidence index's SQLite file: where it is, opening it safely, and its rows.

One file per user (``$GIT_PROVENANCE_EVIDENCE_INDEX``; else ``$XDG_CACHE_HOME/git-provenance/
evidence-index.sqlite3``, ``~/Library/Caches/git-provenance/`` on macOS, ``%LOCALAPPDATA%\\
git-provenance\\`` on Windows; ``off`` turns it off). It holds what reading each record file gave
— the file's identity (device, inode, size, times, a hash of its first 4 KiB and of the 4 KiB
before the last line read), the reader's version and state, the records with their line hashes
(indexed by hash) and the skips — and never a prompt or a line of code. It is a cache: WAL mode
and a busy timeout let two commits use it at once; a file of another schema version or a corrupt
one is rebuilt, and one that cannot be opened is bypassed by the caller.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any, NamedTuple

from provenance.evidence.records import EvidenceRecord, SessionHints
from provenance.evidence.sources import Platform

ENV_INDEX = "GIT_PROVENANCE_EVIDENCE_INDEX"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_SECONDS = 0.5
_OFF = frozenset({"off", "none", "0", "false", "no"})
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)
_SEPARATOR = "\x1f"
_NO_HINTS = SessionHints()

_SCHEMA = """
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, source TEXT NOT NULL, reader TEXT NOT NULL,
    signature TEXT NOT NULL, head TEXT NOT NULL, anchor TEXT NOT NULL,
    consumed INTEGER NOT NULL, lines INTEGER NOT NULL, state TEXT, records_read INTEGER NOT NULL,
    tail_records_read INTEGER NOT NULL, body_records INTEGER NOT NULL, body_skips INTEGER NOT NULL,
    generation INTEGER NOT NULL);
CREATE TABLE records (
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, tail INTEGER NOT NULL,
    source TEXT NOT NULL, level TEXT NOT NULL, session_id TEXT, model TEXT, time_us INTEGER, until_us INTEGER,
    open_ended INTEGER NOT NULL, source_file TEXT, source_line INTEGER NOT NULL, file_path TEXT, file_key TEXT,
    cwd TEXT, urls TEXT, commits TEXT, projects TEXT, in_repository INTEGER NOT NULL, hashes TEXT NOT NULL,
    UNIQUE (file_id, ordinal));
CREATE INDEX records_by_key ON records (file_key);
CREATE INDEX records_by_level ON records (level);
CREATE TABLE hashes (hash TEXT NOT NULL, record_id INTEGER NOT NULL, file_id INTEGER NOT NULL,
    PRIMARY KEY (hash, record_id)) WITHOUT ROWID;
CREATE INDEX hashes_by_file ON hashes (file_id);
CREATE TABLE skips (file_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, tail INTEGER NOT NULL,
    line INTEGER NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (file_id, ordinal));
"""
_TABLES = ("files", "records", "hashes", "skips")


class IndexUnavailable(Exception):
    """The index cannot be used now (locked, unwritable, unreadable): scan without it."""


def index_path(platform: Platform) -> str | None:
    """Where the user's index is; None when ``$GIT_PROVENANCE_EVIDENCE_INDEX`` turns it off."""
    explicit = platform.env(ENV_INDEX)
    if explicit:
        return None if explicit.casefold() in _OFF else os.path.expanduser(explicit)
    if platform.system == "windows":
        base = platform.local_app_data()
    elif platform.system == "darwin":
        base = platform.join_home("Library", "Caches")
    else:
        base = platform.env("XDG_CACHE_HOME") or platform.join_home(".cache")
    return os.path.join(base, "git-provenance", "evidence-index.sqlite3")


def _connect(path: str) -> sqlite3.Connection:
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    if not os.path.exists(path):
        # Paths, session ids and hashes of the user's private files: readable by the user only.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        _ensure_schema(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _ensure_schema(connection: sqlite3.Connection) -> None:
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            for table in _TABLES:  # another version's tables: a cache, so rebuilt
                connection.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in filter(str.strip, _SCHEMA.split(";")):  # executescript would commit
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path + suffix)


def open_index(path: str) -> sqlite3.Connection:
    """The index at ``path``, created or rebuilt as needed; IndexUnavailable when it cannot be used."""
    try:
        return _connect(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise IndexUnavailable(str(exc)) from exc  # locked, or cannot be written: not ours to fix now
        corrupt = exc
    except OSError as exc:
        raise IndexUnavailable(exc.strerror or type(exc).__name__) from exc
    try:  # not a database, or a damaged one: start again
        _remove(path)
        return _connect(path)
    except (sqlite3.Error, OSError) as exc:
        raise IndexUnavailable(f"{corrupt}; rebuilding failed: {exc}") from exc


class FileRow(NamedTuple):
    """What the index knows of one record file."""

    id: int
    source: str
    reader: str
    signature: str
    head: str
    anchor: str
    consumed: int  # bytes read into the stored records; -1: the file is read whole on any change
    lines: int  # lines in those bytes
    state: str | None  # the reader's state after them (JSON)
    records_read: int
    tail_records_read: int
    body_records: int
    body_skips: int
    generation: int


def file_rows(connection: sqlite3.Connection) -> dict[str, FileRow]:
    rows = connection.execute(
        "SELECT path, id, source, reader, signature, head, anchor, consumed, lines, state, records_read, "
        "tail_records_read, body_records, body_skips, generation FROM files")
    return {row[0]: FileRow(*row[1:]) for row in rows}


def micros(value: datetime | None) -> int | None:
    return None if value is None else (value - _EPOCH) // _MICROSECOND


def from_micros(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + timedelta(microseconds=value)


def _joined(values: tuple[str, ...]) -> str | None:
    return _SEPARATOR.join(values) if values else None


def _split(text: str | None) -> tuple[str, ...]:
    return () if text is None else tuple(text.split(_SEPARATOR))


def record_row(record: EvidenceRecord, path: str, key: str | None) -> tuple[Any, ...]:
    """The columns after (file_id, ordinal, tail) of a record; its hashes space-separated."""
    hints = record.hints
    return (record.source, record.level, record.session_id, record.model, micros(record.time), micros(record.until),
            int(record.open_ended), None if record.source_file == path else record.source_file, record.source_line,
            record.file_path, key, hints.cwd, _joined(hints.repository_urls), _joined(hints.commit_ids),
            _joined(hints.project_hashes), int(hints.in_repository), " ".join(sorted(record.line_hashes)))


RECORD_COLUMNS = ("source, level, session_id, model, time_us, until_us, open_ended, source_file, source_line, "
                  "file_path, file_key, cwd, urls, commits, projects, in_repository, hashes")


def record_of(row: Iterable[Any], path: str) -> EvidenceRecord:
    """A record from its columns (``RECORD_COLUMNS``) and its file's path."""
    (source, level, session_id, model, time_us, until_us, open_ended, source_file, source_line, file_path, _key,
     cwd, urls, commits, projects, in_repository, hashes) = row
    if cwd is None and urls is None and commits is None and projects is None and not in_repository:
        hints = _NO_HINTS  # a local inference server's records, thousands of them
    else:
        hints = SessionHints(cwd, _split(urls), _split(commits), _split(projects), bool(in_repository))
    return EvidenceRecord(source, level, session_id, model, from_micros(time_us), hints, source_file or path,
                          source_line, file_path, frozenset(hashes.split()) if hashes else frozenset(),
                          from_micros(until_us), bool(open_ended))
