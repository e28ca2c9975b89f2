"""The evidence report as text or as versioned JSON. Tools, models, sessions, paths, counts and
record locations only: never a prompt or a line of code."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from provenance.evidence.matching import AddedLine, EvidenceReport, ToolEvidence
from provenance.evidence.scan import SourceReport
from provenance.evidence.suggest import assisted_by_lines

JSON_VERSION = 1
_SHOWN_RECORDS = 5
_SHOWN_SKIPS = 10


def _time(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _line_ranges(lines: set[AddedLine]) -> dict[str, str]:
    """Per file, the matched line numbers as ranges: ``3-7,10``."""
    by_file: dict[str, list[int]] = {}
    for line in lines:
        by_file.setdefault(line.path, []).append(line.line)
    ranges = {}
    for path, numbers in sorted(by_file.items()):
        parts: list[str] = []
        numbers.sort()
        start = previous = numbers[0]
        for number in [*numbers[1:], None]:
            if number is not None and number == previous + 1:
                previous = number
                continue
            parts.append(f"{start}-{previous}" if previous != start else str(start))
            if number is not None:
                start = previous = number
        ranges[path] = ",".join(parts)
    return ranges


def _share(evidence: ToolEvidence, report: EvidenceReport) -> float:
    return round(len(evidence.matched) / report.total_lines, 3) if report.total_lines else 0.0


def _tool_json(evidence: ToolEvidence, report: EvidenceReport) -> dict[str, Any]:
    return {
        "source": evidence.source_id, "tool": evidence.tool, "models": sorted(evidence.models),
        "sessions": sorted(evidence.sessions), "first": _time(evidence.first), "last": _time(evidence.last),
        "why": evidence.link, "files": sorted(evidence.files), "matched_lines": len(evidence.matched),
        "matched_lines_without_imports": evidence.strong_lines, "share": _share(evidence, report),
        "lines": _line_ranges(evidence.matched),
        "records": [{"file": path, "line": line} for path, line in sorted(evidence.records)],
    }  # fmt: skip


def _source_json(source: SourceReport) -> dict[str, Any]:
    return {
        "id": source.source.id, "tool": source.source.tool, "level": source.source.level,
        "enabled": source.enabled, "best_effort": source.source.best_effort, "format_from": source.source.basis,
        "environment": list(source.source.environment),
        "locations": [{"path": path, "exists": exists} for path, exists in source.locations],
        "files_read": source.files_read, "files_not_modified_in_window": source.files_older,
        "records_read": source.records_read,
        "skipped": [{"file": skip.path, "line": skip.line, "reason": skip.reason} for skip in source.skips],
    }  # fmt: skip


def to_json(report: EvidenceReport, sources: list[SourceReport]) -> str:
    document = {
        "version": JSON_VERSION,
        "target": report.target.description,
        "window": {"start": _time(report.target.start), "end": _time(report.target.end)},
        "non_trivial_added_lines": report.total_lines,
        "min_lines": report.min_lines,
        "matches": [_tool_json(e, report) for e in report.matches],
        "touches": [_tool_json(e, report) for e in report.touches],
        "activity": [_tool_json(e, report) for e in report.activity],
        "suggested_disclosure": assisted_by_lines(report),
        "sources": [_source_json(source) for source in sources],
    }
    return json.dumps(document, indent=2)


def sources_json(sources: list[SourceReport], index: dict[str, object] | None = None) -> str:
    """What each source read; ``index``: how the per-user index served the scan (``scan.index_summary``)."""
    document: dict[str, object] = {"version": JSON_VERSION, "sources": [_source_json(s) for s in sources]}
    if index is not None:
        document["index"] = index
    return json.dumps(document, indent=2)


def _span(evidence: ToolEvidence) -> str:
    first, last = _time(evidence.first) or "time not recorded", _time(evidence.last)
    return first if last is None or first == last else f"{first} to {last}"


def _tool_text(evidence: ToolEvidence, report: EvidenceReport) -> list[str]:
    models = ", ".join(sorted(evidence.models)) or "model not recorded"
    records = sorted(evidence.records)
    shown = ", ".join(f"{path}:{line}" for path, line in records[:_SHOWN_RECORDS])
    more = f" and {len(records) - _SHOWN_RECORDS} more" if len(records) > _SHOWN_RECORDS else ""
    lines = [f"  {evidence.tool} ({models}): wrote {len(evidence.matched)} of {report.total_lines} non-trivial "
             f"added lines ({_share(evidence, report):.0%}) in {', '.join(sorted(evidence.files))}",
             f"    sessions: {', '.join(sorted(evidence.sessions)) or 'not recorded'}; {_span(evidence)}",
             f"    why: {evidence.link}; records: {shown}{more}"]
    ranges = _line_ranges(evidence.matched)
    if ranges:
        lines.append("    lines: " + "; ".join(f"{path}:{numbers}" for path, numbers in ranges.items()))
    return lines


def _skipped_total(sources: list[SourceReport]) -> int:
    return sum(len(source.skips) for source in sources)


def to_text(report: EvidenceReport, sources: list[SourceReport]) -> str:
    window = f"records from {_time(report.target.start)} to {_time(report.target.end)}"
    skipped = _skipped_total(sources)
    skipped_note = f"; {skipped} records or files skipped (git provenance evidence sources)" if skipped else ""
    if not (report.matches or report.touches or report.activity):
        return f"No evidence for {report.target.description} ({window}){skipped_note}."
    out = [f"Evidence for {report.target.description} ({window}; {report.total_lines} non-trivial added lines)"
           f"{skipped_note}:"]
    for evidence in report.matches:
        out.extend(_tool_text(evidence, report))
    if report.touches:
        out.append(f"Sessions in this repository that edited staged files, fewer than {report.min_lines} "
                   "matching lines:")
        for evidence in report.touches:
            out.extend(_tool_text(evidence, report))
    for evidence in report.activity:
        out.append(f"Local inference in the window, no file link: {evidence.tool} "
                   f"({', '.join(sorted(evidence.models)) or 'model not recorded'}), {len(evidence.records)} "
                   f"records, {_span(evidence)}")
    suggestion = assisted_by_lines(report)
    if suggestion:
        out.append("Suggested disclosure: " + " / ".join(suggestion))
    return "\n".join(out)


def sources_text(sources: list[SourceReport]) -> str:
    out = []
    for source in sources:
        state = "on" if source.enabled else "off"
        effort = ", best effort" if source.source.best_effort else ""
        out.append(f"{source.source.id} ({source.source.tool}; {state}{effort}): {source.files_read} files, "
                   f"{source.records_read} records read, {len(source.skips)} skipped"
                   + (f", {source.files_older} files not modified in the window" if source.files_older else ""))
        for path, exists in source.locations:
            out.append(f"  {'looked in' if exists else 'absent   '} {path}")
        for skip in source.skips[:_SHOWN_SKIPS]:
            out.append(f"  skipped {skip}")
        if len(source.skips) > _SHOWN_SKIPS:
            out.append(f"  … and {len(source.skips) - _SHOWN_SKIPS} more skipped (--format json lists all)")
        out.append(f"  format from: {source.source.basis}")
    return "\n".join(out)
