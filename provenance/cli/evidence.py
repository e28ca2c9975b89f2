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


_FORMAT = click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
                       show_default=True)


@click.group(invoke_without_command=True)
@click.option("--staged", is_flag=True, help="The staged changes (the default).")
@click.option("--rev", "revision", metavar="REV", help="A commit's added lines instead of the staged ones.")
@click.option("--since", metavar="WHEN", help="Records since WHEN (2h, 3d, 2026-12-01) instead of since HEAD.")
@_FORMAT
@click.pass_context
def evidence(ctx: click.Context, staged: bool, revision: str | None, since: str | None, output_format: str) -> int:
    """Which AI tools on this machine wrote the staged (or a commit's) lines.

    Reads agent transcripts and local inference logs as your evidence settings allow
    (~/.config/git-provenance/evidence.toml) and reports tools, models, sessions, files and how
    many non-trivial added lines each tool wrote. Never prints prompts or code.
    """
    if ctx.invoked_subcommand is not None:
        return 0
    if revision is not None and (staged or since is not None):
        raise UsageError("--rev checks a commit; it cannot be combined with --staged or --since")
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
    rendered = (report.to_json if output_format == "json" else report.to_text)(result.report, result.scan.reports)
    click.echo(rendered)
    return 0


@evidence.command("sources")
@click.option("--since", metavar="WHEN", help="Read records since WHEN (default: the window of the staged changes).")
@_FORMAT
def sources(since: str | None, output_format: str) -> int:
    """Each source: where it looked, records read, records skipped and why (file and line)."""
    from provenance.evidence import report
    from provenance.evidence.run import run_evidence, staged_target
    from provenance.evidence.settings import load_settings

    settings = load_settings()
    now = datetime.now(timezone.utc)
    target = staged_target(os.getcwd(), settings, since=parse_when(since, now) if since else None, now=now)
    scanned = run_evidence(target, settings).scan.reports
    click.echo(report.sources_json(scanned) if output_format == "json" else report.sources_text(scanned))
    return 0
