"""Finding and reading every enabled source's record files, never failing.

A file not modified since the window's start cannot hold a record in it and is passed over
(counted, not read). A file above the size cap, one that cannot be opened (locked, no
permission) or one a reader chokes on is skipped with its reason; so is every record a reader
cannot use. Records without a time get their file's modification time.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from provenance.evidence.records import EvidenceRecord, FileLog, Skip
from provenance.evidence.registry import SOURCES
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform, Source

_MAX_FILES_PER_SOURCE = 20000


@dataclass
class SourceReport:
    """What one source read: where it looked, how many files and records, what it skipped."""

    source: Source
    enabled: bool
    locations: list[tuple[str, bool]] = field(default_factory=list)  # (path, exists)
    files_read: int = 0
    files_older: int = 0  # not modified since the window's start: not read
    records_read: int = 0
    skips: list[Skip] = field(default_factory=list)


@dataclass
class ScanResult:
    records: list[EvidenceRecord]
    reports: list[SourceReport]


def _record_files(location: str, source: Source) -> list[str]:
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


def _read_one(source: Source, path: str, limit: int, report: SourceReport) -> list[EvidenceRecord]:
    log = FileLog(path)
    try:
        status = os.stat(path)
        if source.opens_itself:
            data = b""
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        report.skips.append(Skip(path, 0, f"cannot read: {exc.strerror or type(exc).__name__}"))
        return []
    mtime = datetime.fromtimestamp(status.st_mtime, tz=timezone.utc)
    if max(len(data), status.st_size if source.opens_itself else 0) > limit:
        report.skips.append(Skip(path, 0, f"larger than {limit // (1024 * 1024)} MiB (max-file-size)"))
        return []
    try:
        records = [r if r.time is not None else replace(r, time=mtime) for r in source.read(path, data, log)]
    except Exception as exc:  # a reader must never stop a commit; the file is reported instead
        log.skip(0, f"could not be read ({type(exc).__name__}); records of this file are ignored")
        records = []
    report.files_read += 1
    report.records_read += log.records_read
    report.skips.extend(log.skips)
    return records


def _scan_source(source: Source, platform: Platform, settings: EvidenceSettings,
                 since: datetime | None) -> tuple[SourceReport, list[EvidenceRecord]]:
    chosen = settings.source(source.id)
    report = SourceReport(source, chosen.enabled)
    records: list[EvidenceRecord] = []
    for location in [*source.locations(platform), *chosen.paths]:
        report.locations.append((location, os.path.exists(location)))
        if not chosen.enabled or not os.path.exists(location):
            continue
        files = _record_files(location, source)
        if len(files) > _MAX_FILES_PER_SOURCE:
            report.skips.append(Skip(location, 0, f"more than {_MAX_FILES_PER_SOURCE} files; the rest not read"))
        for path in files[:_MAX_FILES_PER_SOURCE]:
            if since is not None and _modified_before(path, since):
                report.files_older += 1
                continue
            records.extend(_read_one(source, path, settings.max_file_bytes, report))
    return report, records


def _modified_before(path: str, since: datetime) -> bool:
    try:
        return os.stat(path).st_mtime < since.timestamp()
    except OSError:
        return False  # reading it will report why


def scan(platform: Platform, settings: EvidenceSettings, since: datetime | None = None) -> ScanResult:
    """Every enabled source's records (``since``: skip files not modified since then)."""
    reports: list[SourceReport] = []
    records: list[EvidenceRecord] = []
    for source in SOURCES:
        report, found = _scan_source(source, platform, settings, since)
        reports.append(report)
        records.extend(found)
    return ScanResult(records, reports)
