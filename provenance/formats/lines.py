"""Human-readable lines for findings, shared by the hooks and ``verify``."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.policy.rules import (
    DISCLOSURE_TEMPLATE_LINES,
    DISCLOSURE_TEMPLATE_MEANING,
    Finding,
)


def finding_line(finding: Finding) -> str:
    if finding.path is not None:
        where = f"{finding.path}:{finding.line}-{finding.end_line}: "
    else:
        where = f"line {finding.line}: " if finding.line is not None else ""
    return f"{where}{finding.severity}[{finding.rule_name}] {finding.message}"


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
