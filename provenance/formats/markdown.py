"""The Markdown summary of a verify run: the job summary of ``--format github``, sized to fit a
pull-request comment too.

Tallies first (involvement, AI tools), then one row per commit: its subject, declared involvement,
AI tools, attestation status (valid, missing, exempt, or why it failed; only when verify checked
attestations) and findings, commits with findings first. GitHub refuses a comment over 65,536
characters, so rows stop before that and a last line counts the commits left out (the log and
the JSON report list every one).
"""

from __future__ import annotations

from collections.abc import Mapping

from provenance.formats.summary import VerifyReport
from provenance.policy.checker import CommitResult

COMMENT_LIMIT = 65_536
_SUBJECT_CHARS = 80  # a long subject is cut so that one commit cannot fill the comment
_AGENT_ROWS = 20
_NOTHING = "—"


def _cell(text: str, width: int | None = None) -> str:
    """Text safe inside a table cell: one line, no column breaks, no HTML."""
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|")


def _commit_row(result: CommitResult, attestations: Mapping[str, str] | None) -> str:
    involvement = f"exempt ({result.exempt})" if result.exempt else result.disclosure.involvement
    agents = ", ".join(f"{a.tool} ({a.model})" if a.model else a.tool for a in result.disclosure.agents)
    findings = ", ".join(sorted({f"{f.severity}: {f.rule_name}" for f in result.findings}))
    attestation = ""
    if attestations is not None:  # the column is there only when verify checked attestations
        attestation = f"{attestations.get(result.facts.sha or '', 'exempt' if result.exempt else _NOTHING)} | "
    return (f"| `{(result.facts.sha or '')[:12]}` | {_cell(result.subject, _SUBJECT_CHARS)} | {involvement} "
            f"| {_cell(agents, _SUBJECT_CHARS) or _NOTHING} | {attestation}{findings or _NOTHING} |")


def _tallies(report: VerifyReport) -> list[str]:
    counts = report.counts()
    lines = [
        "## git-provenance: AI-involvement disclosures",
        "",
        f"{counts['commits']} commit(s) in {_cell(report.range_description)}: **{counts['failing']} failing**, "
        f"{counts['warnings']} warning(s), {counts['exempt']} exempt.",
        "",
        "| involvement | commits |",
        "|---|---:|",
        *(f"| {kind} | {count} |" for kind, count in report.involvement_counts().items()),
    ]
    agents = list(report.agent_counts().items())
    if agents:
        lines += ["", "| AI tool | commits |", "|---|---:|",
                  *(f"| {_cell(name, _SUBJECT_CHARS)} | {n} |" for name, n in agents[:_AGENT_ROWS])]
        if len(agents) > _AGENT_ROWS:
            lines.append(f"| … and {len(agents) - _AGENT_ROWS} more | |")
    return lines


def _left_out(count: int) -> str:
    return f"… and {count} more commit{'s' if count != 1 else ''} (the job log and `--format json` list every one)."


def render(report: VerifyReport, limit: int = COMMENT_LIMIT) -> str:
    """The summary, at most ``limit`` characters long."""
    text = "\n".join(_tallies(report)) + "\n"
    ordered = [r for r in report.results if r.findings] + [r for r in report.results if not r.findings]
    if not ordered:
        return text
    if report.attestations is None:
        text += "\n| commit | subject | involvement | AI tools | findings |\n|---|---|---|---|---|\n"
    else:
        text += ("\n| commit | subject | involvement | AI tools | attestation | findings |\n"
                 "|---|---|---|---|---|---|\n")
    # Room kept for the closing line, whatever count it shows.
    budget = limit - len(text) - len(_left_out(len(ordered))) - 2
    rows: list[str] = []
    for result in ordered:
        row = _commit_row(result, report.attestations) + "\n"
        if len(row) > budget:
            break
        budget -= len(row)
        rows.append(row)
    text += "".join(rows)
    if len(rows) < len(ordered):
        text += "\n" + _left_out(len(ordered) - len(rows)) + "\n"
    return text
