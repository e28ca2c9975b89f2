"""`git provenance verify`: check every commit of a range (for CI)."""

from __future__ import annotations

import click

from provenance.cli.options import config_options, load

# The names of provenance.formats.FORMATS, kept here so that parsing the command line does not
# import the formats.
VERIFY_FORMATS = ["text", "json", "sarif", "github", "codequality"]
ATTESTATION_MODES = ["required", "optional", "off"]  # policy.config.ATTESTATION_MODES


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
@click.option("--attestation", type=click.Choice(ATTESTATION_MODES),
              help="Signed attestations: required (every commit), optional (check those present) or off; "
                   "the same as -c attestation=MODE (GIT_PROVENANCE_ATTESTATION still wins).")
@click.option("--trust-from", metavar="REV",
              help="Read the attestation trust file at this revision (default: the base of the range, the "
                   "branch a pull request merges into), never from the commits under review.")
@config_options
def verify(  # noqa: PLR0913 - click passes each of the command's options as one parameter
    range_spec: str | None, last: int | None, output_format: str, evidence: bool, attestation: str | None,
    trust_from: str | None, config_file: str | None, config_overrides: tuple[str, ...],
) -> int:
    """Check every commit of a range with the commit-msg rules (for CI)."""
    from provenance.verify.run import open_repo, run_verify

    repo = open_repo()
    overrides = (*config_overrides, *([f"attestation={attestation}"] if attestation else []))
    config = load(config_file, overrides, repo.top)
    code, report = run_verify(repo, config, range_spec=range_spec, last=last, output_format=output_format,
                              evidence=evidence, trust_from=trust_from)
    click.echo(report)
    return code
