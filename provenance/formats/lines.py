"""Human-readable lines for findings, shared by the hooks and ``verify``."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.core.conventions import (
    DISCLOSURE_TEMPLATE_LINES,
    DISCLOSURE_TEMPLATE_MEANING,
)
from provenance.core.findings import FileSpan, Finding, Location, LogRecord


def where(location: Location) -> str:
    """``line 3: ``, ``path:3-9: ``, ``log:12: `` or nothing, for a finding on the whole message."""
    if isinstance(location, FileSpan):
        return f"{location.path}:{location.start_line}-{location.end_line}: "
    if isinstance(location, LogRecord):
        return f"{location.path}:{location.line}: "
    return f"line {location.line}: " if location.line is not None else ""


def finding_line(finding: Finding) -> str:
    return f"{where(finding.location)}{finding.severity}[{finding.rule_name}] {finding.message}"


def finding_lines(findings: Iterable[Finding], indent: str = "  ") -> list[str]:
    lines: list[str] = []
    for finding in findings:
        lines.append(indent + finding_line(finding))
        if finding.hint:
            lines.append(indent + "  add one of these lines as the last paragraph of the message "
                         "(after a blank line):")
            lines.extend(indent + "    " + hint for hint in finding.hint)
            if finding.hint == DISCLOSURE_TEMPLATE_LINES:
                lines.append(indent + "  (" + DISCLOSURE_TEMPLATE_MEANING + ")")
    return lines
