"""`git provenance evidence`: what AI tools on this machine recorded about the staged changes or a
commit, and `evidence sources`: where each source looked and what it read or skipped."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone

import click

from provenance.core.errors import UsageError

_AGO = re.compile(r"^\s*(\d+)\s*([mhd])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_when(text: str, now: datetime) -> datetime:
    """``2h``/``90m``/``3d`` ago, or an ISO date or time (UTC unless it names a zone)."""
    ago = _AGO.match(text)
    if ago:
        return now - timedelta(**{_UNITS[ago.group(2)]: int(ago.group(1))})
    from provenance.evidence.records import parse_iso_time

    parsed = parse_iso_time(text)
    if parsed is None:
        raise UsageError(f"--since {text!r}: expected a duration such as 2h, 90m, 3d or a date such as 2026-12-01")
    return parsed


@click.command()
@click.argument("view", required=False, type=click.Choice(["sources"]), metavar="[sources]")
@click.option("--staged", is_flag=True, help="The staged changes (the default).")
@click.option("--rev", "revision", metavar="REV", help="A commit's added lines instead of the staged ones.")
@click.option("--since", metavar="WHEN", help="Records since WHEN (2h, 3d, 2026-12-01) instead of since HEAD.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def evidence(view: str | None, staged: bool, revision: str | None, since: str | None, output_format: str) -> int:
    """Which AI tools on this machine wrote the staged (or a commit's) lines.

    Reads agent transcripts and local inference logs as your evidence settings allow
    (~/.config/git-provenance/evidence.toml) and reports tools, models, sessions, files and how
    many non-trivial added lines each tool wrote; never prompts or code. "evidence sources" says
    instead where each source looked, how many records it read and which it skipped, and why.
    """
    if revision is not None and (staged or since is not None or view):
        raise UsageError("--rev checks a commit; it cannot be combined with --staged, --since or sources")
    from provenance.evidence import report
    from provenance.evidence.run import commit_target, run_evidence, staged_target
    from provenance.evidence.settings import load_settings

    settings = load_settings()
    now = datetime.now(timezone.utc)
    cwd = os.getcwd()
    if revision is not None:
        target = commit_target(cwd, revision, settings)
    else:
        target = staged_target(cwd, settings, since=parse_when(since, now) if since else None, now=now)
    result = run_evidence(target, settings)
    scanned = result.scan.reports if result.scan is not None else []
    if view == "sources" and result.scan is not None:
        from provenance.evidence.scan import index_summary, index_text

        if output_format == "json":
            click.echo(report.sources_json(scanned, index_summary(result.scan)))
        else:
            click.echo(report.sources_text(scanned) + "\n" + index_text(result.scan))
    else:
        rendered = report.to_json if output_format == "json" else report.to_text
        click.echo(rendered(result.report, scanned))
    return 0
