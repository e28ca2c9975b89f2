"""Finding and reading every enabled source's record files, never failing.

A file not modified since the window's start cannot hold a record in it and is passed over
(counted, not read). A file above the size cap, one that cannot be opened (locked, no
permission) or one a reader chokes on is skipped with its reason; so is every record a reader
cannot use. Records without a time get their file's modification time.

By default the records come through the user's evidence index (``index``): a file unchanged
since an earlier scan is not read again and a file that only grew has only its new lines read.
The index never changes the answer — an index that cannot be used is bypassed and the files are
read here, whole. A ``query`` (the staged lines' hashes and files) narrows the records returned
to those a match could use, so a commit hook does not load every record of the window.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import NamedTuple

from provenance.evidence.records import EvidenceRecord, FileLog, Skip
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform, Source

__all__ = ["EvidenceQuery", "ScanResult", "SourceReport", "index_summary", "index_text", "plain_scan",
           "scan"]

_MAX_FILES_PER_SOURCE = 20000


class SourceReport:
    """What one source read: where it looked, how many files and records, what it skipped, and
    how many of its files the index answered without reading (``files_from_index``) or by reading
    only their new lines (``files_resumed``)."""

    __slots__ = (
        "enabled",
        "files_from_index",
        "files_older",
        "files_read",
        "files_resumed",
        "locations",
        "records_read",
        "skips",
        "source",
    )

    def __init__(self, source: Source, enabled: bool) -> None:
        self.source = source
        self.enabled = enabled
        self.locations: list[tuple[str, bool]] = []  # (path, exists)
        self.files_read = 0  # files whose records are in the result (read now or from the index)
        self.files_older = 0  # not modified since the window's start: not read
        self.records_read = 0
        self.skips: list[Skip] = []
        self.files_from_index = 0
        self.files_resumed = 0


class ScanResult:
    """The records found and each source's report; ``index`` says how the index served the scan:
    its path, or "off", or "bypassed (why)"."""

    __slots__ = ("index", "records", "reports")

    def __init__(self, records: list[EvidenceRecord], reports: list[SourceReport], index: str = "off") -> None:
        self.records = records
        self.reports = reports
        self.index = index


def index_summary(result: ScanResult) -> dict[str, object]:
    """How the index served a scan, for ``evidence sources``: where it is (or "off", "bypassed
    (why)"), how many files it answered unread, how many it read only the new lines of, and how
    many were read whole."""
    reports = result.reports
    from_index = sum(report.files_from_index for report in reports)
    resumed = sum(report.files_resumed for report in reports)
    read = sum(report.files_read for report in reports)
    return {"index": result.index, "files_from_index": from_index, "files_resumed": resumed,
            "files_read_whole": read - from_index - resumed}


def index_text(result: ScanResult) -> str:
    """``index_summary`` as one line."""
    summary = index_summary(result)
    return (f"index: {summary['index']}: {summary['files_from_index']} files unchanged (not read), "
            f"{summary['files_resumed']} read from their last line, {summary['files_read_whole']} read whole")


def file_key(path: str) -> str:
    """A recorded file's last path component as matching compares it (any system's separators,
    Windows paths without case): a query keeps the records of staged files by it."""
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].casefold()


class EvidenceQuery(NamedTuple):
    """Which records a caller can use: edits that wrote one of ``line_hashes`` or a file named as
    one of ``file_keys`` (``file_key`` of the staged paths), and local inference activity unless
    ``activity`` is false (a caller whose activity rule is off) — none ending before ``start``.
    ``matching.match`` gives the same report on these as on every record of the window."""

    start: datetime
    line_hashes: frozenset[str]
    file_keys: frozenset[str]
    activity: bool = True

    @classmethod
    def of(cls, start: datetime, line_hashes: Iterable[str], paths: Iterable[str],
           activity: bool = True) -> EvidenceQuery:
        return cls(start, frozenset(line_hashes), frozenset(file_key(path) for path in paths), activity)

    def keeps(self, record: EvidenceRecord) -> bool:
        last = record.until or record.time
        if not (record.open_ended or last is None or last >= self.start):
            return False
        if record.level == "activity":
            return self.activity
        return bool(record.line_hashes & self.line_hashes) or (
            record.file_path is not None and file_key(record.file_path) in self.file_keys)


def record_files(location: str, source: Source) -> list[str]:
    if os.path.isfile(location):
        return [location]
    found: list[str] = []
    for folder, folders, files in os.walk(location):
        folders.sort()
        found.extend(os.path.join(folder, name) for name in sorted(files)
                     if any(fnmatch.fnmatch(name, pattern) for pattern in source.file_names))
        if len(found) > _MAX_FILES_PER_SOURCE:
            break
    return found


def source_files(source: Source, platform: Platform, settings: EvidenceSettings,
                 report: SourceReport) -> list[str]:
    """The record files of a source, in reading order; where it looked goes in ``report``."""
    chosen = settings.source(source.id)
    files: list[str] = []
    for location in [*source.locations(platform), *chosen.paths]:
        report.locations.append((location, os.path.exists(location)))
        if not chosen.enabled or not os.path.exists(location):
            continue
        found = record_files(location, source)
        if len(found) > _MAX_FILES_PER_SOURCE:
            report.skips.append(Skip(location, 0, f"more than {_MAX_FILES_PER_SOURCE} files; the rest not read"))
        files.extend(found[:_MAX_FILES_PER_SOURCE])
    return files


def too_large(limit: int) -> str:
    return f"larger than {limit // (1024 * 1024)} MiB (max-file-size)"


def cannot_read(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or type(exc).__name__}"


def reader_failed(exc: Exception) -> str:
    return f"could not be read ({type(exc).__name__}); records of this file are ignored"


def with_file_time(records: list[EvidenceRecord], mtime: float) -> list[EvidenceRecord]:
    """Records without a time take their file's modification time."""
    if all(record.time is not None for record in records):
        return records
    modified = datetime.fromtimestamp(mtime, tz=timezone.utc)
    return [r if r.time is not None else r._replace(time=modified) for r in records]


def read_file(source: Source, path: str, limit: int, log: FileLog) -> tuple[list[EvidenceRecord], float] | None:
    """A file's records read whole, as the reader gave them, and the file's modification time;
    None (with the reason in ``log``) when it cannot be read."""
    try:
        status = os.stat(path)
        if source.opens_itself:
            data = b""
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        log.skip(0, cannot_read(exc))
        return None
    if max(len(data), status.st_size if source.opens_itself else 0) > limit:
        log.skip(0, too_large(limit))
        return None
    try:
        records = list(source.read(path, data, log))
    except Exception as exc:  # a reader must never stop a commit; the file is reported instead
        log.skip(0, reader_failed(exc))
        records = []
    return records, status.st_mtime


def read_whole(source: Source, path: str, limit: int, log: FileLog) -> list[EvidenceRecord] | None:
    """A file's records read whole, undated ones dated by the file; None when it cannot be read."""
    found = read_file(source, path, limit, log)
    return None if found is None else with_file_time(*found)


def modified_before(path: str, since: datetime) -> bool:
    try:
        return os.stat(path).st_mtime < since.timestamp()
    except OSError:
        return False  # reading it will report why


def _scan_source(source: Source, platform: Platform, settings: EvidenceSettings,
                 since: datetime | None) -> tuple[SourceReport, list[EvidenceRecord]]:
    report = SourceReport(source, settings.source(source.id).enabled)
    records: list[EvidenceRecord] = []
    for path in source_files(source, platform, settings, report):
        if since is not None and modified_before(path, since):
            report.files_older += 1
            continue
        log = FileLog(path)
        found = read_whole(source, path, settings.max_file_bytes, log)
        if found is not None:
            report.files_read += 1
            report.records_read += log.records_read
            records.extend(found)
        report.skips.extend(log.skips)
    return report, records


def plain_scan(platform: Platform, settings: EvidenceSettings, since: datetime | None = None,
               query: EvidenceQuery | None = None) -> ScanResult:
    """Every enabled source's records, every file read whole (no index)."""
    from provenance.evidence.registry import SOURCES  # every reader: this scan reads every file anyway

    reports: list[SourceReport] = []
    records: list[EvidenceRecord] = []
    for source in SOURCES:
        report, found = _scan_source(source, platform, settings, since)
        reports.append(report)
        records.extend(found if query is None else [record for record in found if query.keeps(record)])
    return ScanResult(records, reports)


def scan(platform: Platform, settings: EvidenceSettings, since: datetime | None = None,
         query: EvidenceQuery | None = None, use_index: bool = True) -> ScanResult:
    """Every enabled source's records (``since``: skip files not modified since then; ``query``:
    only the records it keeps), through the user's evidence index when it can be used."""
    if use_index:
        from provenance.evidence.index import indexed_scan

        return indexed_scan(platform, settings, since, query)
    return plain_scan(platform, settings, since, query)
