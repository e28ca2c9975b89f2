"""The incremental evidence index: a scan that reads only what changed since the last one.

The scan walks the sources' folders as ``scan.plain_scan`` does and gives the same answer. A
record file whose identity (device, inode, size, modification and change times; for a database
also its write-ahead log) is as the index saw it, read by the same reader version, is not read:
its records, counts and skips come from the index. A file that only grew is read from the end of
its last complete line (``index_read``); any other change reads it whole and replaces what the
index had. Each file's update is one transaction that first checks no other process updated the
file meanwhile, so two commits at once cannot mix their reads; one that loses keeps its own
reading for its own answer. Only the records a ``query`` keeps are loaded from the index.

An index that cannot be opened or used (locked too long, unwritable, a failure anywhere) is
bypassed: the scan reads every file itself, and says so in ``ScanResult.index``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from provenance.core.digests import sha256_hex
from provenance.evidence.catalogue import catalogued_sources
from provenance.evidence.index_store import (
    RECORD_COLUMNS,
    FileRow,
    IndexUnavailable,
    file_rows,
    index_path,
    micros,
    open_index,
    record_of,
    record_row,
)
from provenance.evidence.records import EvidenceRecord, Skip
from provenance.evidence.scan import (
    EvidenceQuery,
    ScanResult,
    SourceReport,
    cannot_read,
    file_key,
    plain_scan,
    source_files,
    too_large,
    with_file_time,
)
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform, Source

if TYPE_CHECKING:
    from provenance.evidence.index_read import FileUpdate

__all__ = ["EvidenceQuery", "index_path", "indexed_scan"]

_SETTLED_NS = 2_000_000_000  # FAT keeps times to 2 s; others finer


class _Skipped(NamedTuple):
    skips: list[Skip]


class _InMemory(NamedTuple):
    records: list[EvidenceRecord]
    skips: list[Skip]
    records_read: int


class _Stored(NamedTuple):
    file_id: int
    mtime: float
    from_index: bool
    resumed: bool


_Entry = _Skipped | _InMemory | _Stored


def _reader_versions() -> dict[str, str]:
    """Per reader module, a version that changes when the module or the shared evidence code
    (records, lines, the JSON helpers) changes: the index's records of older code are not used."""
    package = os.path.dirname(os.path.abspath(__file__))
    stamps = []
    for folder in (package, os.path.join(package, "readers")):
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith(".py"):
                        status = entry.stat()
                        stamps.append((os.path.relpath(entry.path, package), status.st_size, status.st_mtime_ns))
        except OSError:
            continue
    return {name: f"{size}:{mtime}" for name, size, mtime in stamps}


class _ReaderVersion:
    def __init__(self) -> None:
        stamps = _reader_versions()
        self.module_stamps = stamps
        shared = sorted((name, stamp) for name, stamp in stamps.items() if not name.startswith("readers"))
        self.shared = sha256_hex(repr(shared).encode())
        self.cache: dict[str, str] = {}

    @property
    def package(self) -> str:
        """A stamp of every module of the evidence package, readers included (for the catalogue)."""
        return sha256_hex(repr(sorted(self.module_stamps.items())).encode())

    def of(self, source: Source) -> str:
        if source.id not in self.cache:
            # By the reader's module name, not its loaded file: the catalogue's sources do not load it.
            module = getattr(source.read, "__module__", "")
            own = self.module_stamps.get(os.path.join("readers", module.rsplit(".", 1)[-1] + ".py"), module)
            self.cache[source.id] = sha256_hex(f"{self.shared}|{source.id}|{own}".encode())[:24]
        return self.cache[source.id]


def _signature(source: Source, path: str, status: os.stat_result) -> str:
    signature = f"{status.st_dev}:{status.st_ino}:{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}"
    if source.opens_itself:  # a database's recent writes may sit in its write-ahead log
        try:
            wal = os.stat(path + "-wal")
            signature += f":{wal.st_size}:{wal.st_mtime_ns}"
        except OSError:
            pass
    return signature


def _side_stamp(source: Source, path: str) -> str:
    """The state of the other files the reader reads for ``path`` (``Source.side_files``), as part
    of what the records were read with: when one changes, the file is read again whole, not resumed."""
    if not source.side_files:
        return ""
    folder = os.path.dirname(path)
    stamps = []
    for relative in source.side_files:
        try:
            status = os.stat(os.path.join(folder, relative))
            stamps.append(f"{status.st_ino}:{status.st_size}:{status.st_mtime_ns}")
        except OSError:
            stamps.append("-")
    return ":" + sha256_hex("|".join(stamps).encode())[:16]


class _IndexedScan:
    def __init__(self, connection: sqlite3.Connection, settings: EvidenceSettings, since: datetime | None) -> None:
        self.connection = connection
        self.settings = settings
        self.since = since
        self.rows = file_rows(connection)
        self.versions = _ReaderVersion()
        self.seen: set[str] = set()
        self.wrote = False

    def entry(self, source: Source, path: str, report: SourceReport) -> _Entry | None:
        """One record file: from the index, read (and kept), or skipped; None when too old."""
        limit = self.settings.max_file_bytes
        try:
            status = os.stat(path)
        except OSError as exc:
            return _Skipped([Skip(path, 0, cannot_read(exc))])
        self.seen.add(path)
        if self.since is not None and status.st_mtime < self.since.timestamp():
            report.files_older += 1
            return None
        if status.st_size > limit:
            return _Skipped([Skip(path, 0, too_large(limit))])
        signature, reader = _signature(source, path, status), self.versions.of(source) + _side_stamp(source, path)
        known = self.rows.get(path)
        row = known if known is not None and (known.source, known.reader) == (source.id, reader) else None
        if row is not None and row.signature == signature:
            return _Stored(row.id, status.st_mtime, True, False)
        # Reading (and json) only when a file changed: an unchanged machine's scan stays light.
        from provenance.evidence.index_read import can_resume, read_not_resuming, read_resuming

        try:
            update = (read_resuming(source, path, row, status.st_size, limit) if can_resume(source, path)
                      else read_not_resuming(source, path, limit))
            unchanged = _signature(source, path, os.stat(path)) == signature
        except OSError as exc:
            return _Skipped([Skip(path, 0, cannot_read(exc))])
        if isinstance(update, list):
            return _Skipped(update)
        # A file written while it was read, or so recently that a rewrite of the same size could
        # still carry the same times (file times are coarse), is checked again next time.
        settled = unchanged and time.time_ns() - status.st_mtime_ns > _SETTLED_NS
        file_id = self.store(path, (source.id, reader, signature if settled else ""), known, update)
        if file_id is None:
            return self.in_memory(source, path, update, status.st_mtime)
        return _Stored(file_id, status.st_mtime, False, update.resumed_from > 0)

    def in_memory(self, source: Source, path: str, update: FileUpdate, mtime: float) -> _Entry:
        """The file's records when the index could not keep them (another process got there first)."""
        from provenance.evidence.index_read import read_not_resuming

        if update.resumed_from > 0:  # only the new lines were read: read it whole
            whole = read_not_resuming(source, path, self.settings.max_file_bytes)
            if isinstance(whole, list):
                return _Skipped(whole)
            update = whole
        return _InMemory(with_file_time([*update.body, *update.tail], mtime), [*update.body_skips, *update.tail_skips],
                         update.body_records_read + update.tail_records_read)

    def store(self, path: str, identity: tuple[str, str, str], row: FileRow | None, update: FileUpdate) -> int | None:
        """Keep a file's update; None when another process updated the file first or the index is busy."""
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return None
        try:
            file_id = _apply(connection, path, identity, row, update)
            connection.execute("COMMIT" if file_id is not None else "ROLLBACK")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        self.wrote = self.wrote or file_id is not None
        return file_id

    def prune(self) -> None:
        """Forget files that no longer exist (only when writing anyway)."""
        gone = [row.id for path, row in self.rows.items() if path not in self.seen and not os.path.exists(path)]
        if not gone or not self.wrote:
            return
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return
        for file_id in gone:
            _forget(self.connection, file_id, tail_only=False)
            self.connection.execute("DELETE FROM files WHERE id = ?", (file_id,))
        self.connection.execute("COMMIT")


def _forget(connection: sqlite3.Connection, file_id: int, tail_only: bool) -> None:
    only = " AND tail = 1" if tail_only else ""
    connection.execute(f"DELETE FROM hashes WHERE record_id IN (SELECT id FROM records WHERE file_id = ?{only})",
                       (file_id,))
    connection.execute(f"DELETE FROM records WHERE file_id = ?{only}", (file_id,))
    connection.execute(f"DELETE FROM skips WHERE file_id = ?{only}", (file_id,))


_FILE_COLUMNS = ("source = ?, reader = ?, signature = ?, head = ?, anchor = ?, consumed = ?, lines = ?, state = ?, "
                 "records_read = ?, tail_records_read = ?, body_records = ?, body_skips = ?, "
                 "generation = generation + 1")


def _apply(connection: sqlite3.Connection, path: str, identity: tuple[str, str, str], row: FileRow | None,
           update: FileUpdate) -> int | None:
    current = connection.execute("SELECT id, generation, records_read, body_records, body_skips FROM files "
                                 "WHERE path = ?", (path,)).fetchone()
    if (current[1] if current else None) != (row.generation if row else None):
        return None  # another process read the file since this one looked
    resumed = update.resumed_from > 0
    if current is None:
        file_id = connection.execute("INSERT INTO files (path, source, reader, signature, head, anchor, consumed, "
                                     "lines, records_read, tail_records_read, body_records, body_skips, generation) "
                                     "VALUES (?, '', '', '', '', '', -1, 0, 0, 0, 0, 0, 0)", (path,)).lastrowid
        assert file_id is not None
        records_read, first_record, first_skip = 0, 0, 0
    else:
        file_id = current[0]
        _forget(connection, file_id, tail_only=resumed)
        records_read, first_record, first_skip = current[2:5] if resumed else (0, 0, 0)
    _insert(connection, file_id, path, first_record, update.body, update.tail)
    skips = [(file_id, first_skip + n, int(n >= len(update.body_skips)), skip.line, skip.reason)
             for n, skip in enumerate([*update.body_skips, *update.tail_skips])]
    connection.executemany("INSERT INTO skips VALUES (?, ?, ?, ?, ?)", skips)
    connection.execute(f"UPDATE files SET {_FILE_COLUMNS} WHERE id = ?", (
        *identity, update.head, update.anchor, update.consumed, update.lines, update.state,
        records_read + update.body_records_read, update.tail_records_read, first_record + len(update.body),
        first_skip + len(update.body_skips), file_id))
    return int(file_id)


def _insert(connection: sqlite3.Connection, file_id: int, path: str, first: int, body: list[EvidenceRecord],
            tail: list[EvidenceRecord]) -> None:
    next_id = (connection.execute("SELECT max(id) FROM records").fetchone()[0] or 0) + 1
    rows: list[tuple[object, ...]] = []
    hashes: list[tuple[str, int, int]] = []
    for n, record in enumerate([*body, *tail]):
        key = file_key(record.file_path) if record.file_path else None
        rows.append((next_id + n, file_id, first + n, int(n >= len(body)), *record_row(record, path, key)))
        hashes.extend((value, next_id + n, file_id) for value in record.line_hashes)
    marks = ", ".join("?" * (4 + len(RECORD_COLUMNS.split(","))))
    connection.executemany(f"INSERT INTO records (id, file_id, ordinal, tail, {RECORD_COLUMNS}) VALUES ({marks})", rows)
    connection.executemany("INSERT OR IGNORE INTO hashes VALUES (?, ?, ?)", hashes)


class _Loaded(NamedTuple):
    records: dict[int, list[EvidenceRecord]]
    skips: dict[int, list[Skip]]
    records_read: dict[int, int]


_ACTIVITY = "UNION SELECT id FROM records WHERE level = 'activity' "
_CANDIDATES = (
    # IN, not a join: with a join SQLite's planner scans every stored hash (9 ms at 200 MB of records)
    # instead of looking up the staged lines' hashes by the primary key.
    "WITH hit(id) AS (SELECT record_id FROM hashes WHERE hash IN (SELECT hash FROM temp.query_hashes) "
    "UNION SELECT id FROM records WHERE file_key IN (SELECT key FROM temp.query_keys) {activity}) "
    f"SELECT r.file_id, r.ordinal, {', '.join('r.' + c.strip() for c in RECORD_COLUMNS.split(','))} "
    "FROM hit JOIN records r ON r.id = hit.id JOIN temp.seen s ON s.file_id = r.file_id "
    "WHERE r.time_us IS NULL OR r.open_ended OR coalesce(r.until_us, r.time_us) >= ? ORDER BY r.file_id, r.ordinal")
_ALL = (f"SELECT r.file_id, r.ordinal, {', '.join('r.' + c.strip() for c in RECORD_COLUMNS.split(','))} "
        "FROM records r JOIN temp.seen s ON s.file_id = r.file_id ORDER BY r.file_id, r.ordinal")


def _load(connection: sqlite3.Connection, paths: dict[int, str], query: EvidenceQuery | None) -> _Loaded:
    """The stored records (those ``query`` may keep), skips and counts of the files ``paths`` names."""
    for table, column in (("seen", "file_id INTEGER"), ("query_hashes", "hash TEXT"), ("query_keys", "key TEXT")):
        connection.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({column} PRIMARY KEY)")
        connection.execute(f"DELETE FROM temp.{table}")
    connection.executemany("INSERT INTO temp.seen VALUES (?)", [(file_id,) for file_id in paths])
    connection.execute("BEGIN")
    try:
        if query is None:
            rows = connection.execute(_ALL)
        else:
            connection.executemany("INSERT INTO temp.query_hashes VALUES (?)", [(h,) for h in query.line_hashes])
            connection.executemany("INSERT INTO temp.query_keys VALUES (?)", [(k,) for k in query.file_keys])
            candidates = _CANDIDATES.format(activity=_ACTIVITY if query.activity else "")
            rows = connection.execute(candidates, (micros(query.start),))
        records: dict[int, list[EvidenceRecord]] = {}
        for file_id, _, *columns in rows:  # in order, one at a time: thousands of log records
            records.setdefault(file_id, []).append(record_of(columns, paths[file_id]))
        skip_rows = connection.execute("SELECT k.file_id, k.line, k.reason FROM skips k JOIN temp.seen s "
                                       "ON s.file_id = k.file_id ORDER BY k.file_id, k.ordinal").fetchall()
        counts = connection.execute("SELECT f.id, f.records_read + f.tail_records_read FROM files f JOIN temp.seen s "
                                    "ON s.file_id = f.id").fetchall()
    finally:
        connection.execute("COMMIT")
    skips: dict[int, list[Skip]] = {}
    for file_id, line, reason in skip_rows:
        skips.setdefault(file_id, []).append(Skip(paths[file_id], line, reason))
    return _Loaded(records, skips, dict(counts))


def _collect(report: SourceReport, entry: _Entry, loaded: _Loaded) -> list[EvidenceRecord]:
    """Count one file's entry in its source's report; its records, dated."""
    if isinstance(entry, _Skipped):
        report.skips.extend(entry.skips)
        return []
    report.files_read += 1
    if isinstance(entry, _InMemory):
        report.records_read += entry.records_read
        report.skips.extend(entry.skips)
        return entry.records
    report.files_from_index += entry.from_index
    report.files_resumed += entry.resumed
    report.records_read += loaded.records_read.get(entry.file_id, 0)
    report.skips.extend(loaded.skips.get(entry.file_id, []))
    return with_file_time(loaded.records.get(entry.file_id, []), entry.mtime)


def _scan(connection: sqlite3.Connection, platform: Platform, settings: EvidenceSettings,
          since: datetime | None, query: EvidenceQuery | None, folder: str) -> ScanResult:
    indexed = _IndexedScan(connection, settings, since)
    plan: list[tuple[SourceReport, list[tuple[str, _Entry]]]] = []
    # The registry's sources, as the plain scan reads them; from the catalogue beside the index
    # while it is current, so that a reader module loads only when one of its files changed.
    for source in catalogued_sources(folder, platform, indexed.versions.package):
        report = SourceReport(source, settings.source(source.id).enabled)
        entries = []
        for path in source_files(source, platform, settings, report):
            entry = indexed.entry(source, path, report)
            if entry is not None:
                entries.append((path, entry))
        plan.append((report, entries))
    indexed.prune()
    stored = {entry.file_id: path for _, entries in plan for path, entry in entries if isinstance(entry, _Stored)}
    loaded = _load(connection, stored, query)
    records: list[EvidenceRecord] = []
    for report, entries in plan:
        for _, entry in entries:
            found = _collect(report, entry, loaded)
            records.extend(found if query is None else [record for record in found if query.keeps(record)])
    return ScanResult(records, [report for report, _ in plan])


def indexed_scan(platform: Platform, settings: EvidenceSettings, since: datetime | None = None,
                 query: EvidenceQuery | None = None) -> ScanResult:
    """``scan.plain_scan``'s answer, reading only what changed since the index last saw it."""
    path = index_path(platform)
    if path is None:
        return plain_scan(platform, settings, since, query)
    try:
        connection = open_index(path)
    except IndexUnavailable as exc:
        return _bypassed(platform, settings, since, query, str(exc))
    try:
        result = _scan(connection, settings=settings, platform=platform, since=since, query=query,
                       folder=os.path.dirname(path))
    except Exception as exc:  # the index is a cache: whatever goes wrong with it, read the files
        return _bypassed(platform, settings, since, query, f"{type(exc).__name__}: {exc}")
    finally:
        connection.close()
    result.index = path
    return result


def _bypassed(platform: Platform, settings: EvidenceSettings, since: datetime | None, query: EvidenceQuery | None,
              why: str) -> ScanResult:
    result = plain_scan(platform, settings, since, query)
    result.index = f"bypassed ({why})"
    return result
