"""`git provenance rules`: list the rules, the disclosure conventions and the configuration keys;
with ``--identities``, the AI identities, tool footers and marker trailers recognised."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from provenance.cli.options import config_options, load

if TYPE_CHECKING:
    from provenance.core.registry import KnownIdentity


@click.command()
@click.option("--identities", "list_identities", is_flag=True,
              help="List the AI identities, tool footers and marker trailers recognised, with where each "
                   "comes from (the configuration's own identities first).")
@config_options
def rules(list_identities: bool, config_file: str | None, config_overrides: tuple[str, ...]) -> int:
    """List the rules, the disclosure conventions and the configuration keys."""
    if list_identities:
        _echo_identities(load(config_file, config_overrides).identities)
        return 0
    from provenance.core.conventions import CONVENTIONS
    from provenance.policy.config import SCHEMA
    from provenance.policy.rules import RULES

    click.echo("Rules (severity: error | warning | notice | off):")
    for rule in RULES:
        click.echo(f"  {rule.id:<3} {rule.name:<26} {rule.default_severity:<8} {rule.description}")
    click.echo("Conventions (* = canonical, accepted in strict mode; the AI identities, footers and marker "
               "trailers they know: git provenance rules --identities):")
    for convention in CONVENTIONS:
        star = "*" if convention.canonical else " "
        click.echo(f"  {star} {convention.id:<20} {convention.description}")
    click.echo("Configuration keys ([tool.git-provenance] or .git-provenance.toml; -c KEY=VALUE; GIT_PROVENANCE_*):")
    for option in SCHEMA:
        click.echo(f"  {option.key:<16} {option.help}")
    return 0


def _echo_identities(own: tuple[KnownIdentity, ...]) -> None:
    from provenance.core.registry import FOOTERS, IDENTITIES, MARKERS

    click.echo("AI identities (as co-author: assisted; as author: generated; unless a level is given):")
    click.echo(f"  {'TOOL':<16} {'KIND':<12} {'MATCHES':<34} SOURCE")
    for known in (*own, *IDENTITIES):
        matches = known.match + ("[bot]" if known.kind == "bot" else "")
        if known.address_domain:
            matches += f" @{known.address_domain}"
        source = known.source + (f" (level {known.level})" if known.level else "")
        click.echo(f"  {known.tool:<16} {known.kind:<12} {matches:<34} {source}")
    click.echo("Tool footers (generated):")
    for footer in FOOTERS:
        click.echo(f"  {footer.tool:<16} {footer.example:<48} {footer.source}")
    click.echo("Marker trailers (assisted):")
    for marker in MARKERS:
        tool = marker.tool or "(the value)"
        click.echo(f"  {marker.key + ':':<20} {tool:<16} {marker.source}")
