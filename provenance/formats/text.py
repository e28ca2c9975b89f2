"""``--format text``: failing commits with their findings, then how to fix and a summary."""

from __future__ import annotations

from provenance.core.conventions import (
    DISCLOSURE_TEMPLATE_LINES,
    DISCLOSURE_TEMPLATE_MEANING,
)
from provenance.core.findings import Finding
from provenance.formats.lines import finding_lines
from provenance.formats.summary import VerifyReport
from provenance.policy.checker import CommitResult


def _without_hints(result: CommitResult) -> list[Finding]:
    # The "add one of these lines" hint is printed once at the end rather than under every commit.
    return [f._replace(hint=()) if f.rule_name == "missing-disclosure" else f for f in result.findings]


def render(report: VerifyReport) -> str:
    lines: list[str] = []
    results = report.results
    for result in results:
        if not result.findings:
            continue
        lines.append(f"{(result.facts.sha or '')[:12]} {result.subject}  ({result.facts.author_name})")
        lines.extend(finding_lines(_without_hints(result)))
    if not results:
        lines.append(f"verify: no commits in {report.range_description}; use --last N to check recent history")
        return "\n".join(lines)
    if any(f.rule_name == "missing-disclosure" for r in results for f in r.findings):
        lines.append("To fix, reword each failing commit (git rebase -i, then 'reword') and end its message "
                     "with one of:")
        lines.extend("    " + hint for hint in DISCLOSURE_TEMPLATE_LINES)
        lines.append("  (" + DISCLOSURE_TEMPLATE_MEANING + ")")
    involvement = ", ".join(f"{kind} {count}" for kind, count in report.involvement_counts().items())
    agents = ", ".join(f"{name} {count}" for name, count in list(report.agent_counts().items())[:8])
    lines.append(f"involvement: {involvement or 'all exempt'}" + (f"; agents: {agents}" if agents else ""))
    counts = report.counts()
    lines.append(
        f"verify: {counts['commits']} commit(s) in {report.range_description}: "
        f"{counts['failing']} failing, {counts['errors']} error(s), {counts['warnings']} warning(s), "
        f"{counts['exempt']} exempt"
    )
    return "\n".join(lines)
