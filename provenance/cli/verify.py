"""`git provenance verify`: check every commit of a range (for CI)."""

from __future__ import annotations

import click

from provenance.cli.options import config_options, load

# The names of provenance.formats.FORMATS, kept here so that parsing the command line does not
# import the formats.
VERIFY_FORMATS = ["text", "json", "sarif", "github", "codequality"]


@click.command()
@click.option("--range", "range_spec", metavar="A..B",
              help="Commits to check (default: merge base with the default branch up to HEAD).")
@click.option("--last", type=int, metavar="N", help="Check the last N commits of HEAD instead.")
@click.option("--format", "output_format", type=click.Choice(VERIFY_FORMATS), default="text", show_default=True,
              help="text, json, sarif (code scanning), github (workflow annotations and job summary) or "
                   "codequality (a GitLab Code Quality report).")
@click.option("--evidence", is_flag=True,
              help="Also hold each commit against the AI tools' records on this machine (before a push, or for "
                   "commits whose hooks were skipped), as your evidence settings allow.")
@config_options
def verify(range_spec: str | None, last: int | None, output_format: str, evidence: bool, config_file: str | None,
           config_overrides: tuple[str, ...]) -> int:
    """Check every commit of a range with the commit-msg rules (for CI)."""
    from provenance.verify.run import open_repo, run_verify

    repo = open_repo()
    config = load(config_file, config_overrides, repo.top)
    code, report = run_verify(repo, config, range_spec=range_spec, last=last, output_format=output_format,
                              evidence=evidence)
    click.echo(report)
    return code
