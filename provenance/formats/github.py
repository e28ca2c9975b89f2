"""``--format github``: GitHub Actions workflow annotations, and a job summary.

Each finding becomes a ``::error``/``::warning`` command (on its file and lines when it has
them); the text report follows for the log. ``step_summary`` is the Markdown job summary
(provenance.formats.markdown) that verify appends to GITHUB_STEP_SUMMARY (see provenance.ci), so
the numbers appear on the run's page.
"""

from __future__ import annotations

from provenance.core.findings import FileSpan, Finding, MessageLine
from provenance.formats import markdown, text
from provenance.formats.summary import VerifyReport


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _annotation(sha: str, subject: str, finding: Finding) -> str:
    properties = {"title": f"git-provenance {finding.rule_name}"}
    location = finding.location
    if isinstance(location, MessageLine):
        where = f" (message line {location.line})" if location.line is not None else ""
        message = f"commit {sha[:12]} \"{subject}\"{where}: {finding.message}"
    else:  # a file span, or a record of a log file: annotate the file
        end = location.end_line if isinstance(location, FileSpan) else location.line
        properties.update(file=location.path, line=str(finding.line), endLine=str(end))
        message = f"{finding.message} (commit {sha[:12]})"
    shown = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::{finding.severity} {shown}::{_escape_data(message)}"


def step_summary(report: VerifyReport) -> str:
    """The job summary: the Markdown summary, which also fits a pull-request comment."""
    return markdown.render(report)


def render(report: VerifyReport) -> str:
    annotations = [_annotation(r.facts.sha or "", r.subject, f) for r in report.results for f in r.findings]
    return "\n".join([*annotations, text.render(report)])
