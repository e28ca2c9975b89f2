"""`git provenance rules`: list the rules, the disclosure conventions and the configuration keys."""

from __future__ import annotations

import click


@click.command()
def rules() -> int:
    """List the rules, the disclosure conventions and the configuration keys."""
    from provenance.core.conventions import CONVENTIONS
    from provenance.policy.config import SCHEMA
    from provenance.policy.rules import RULES

    click.echo("Rules (severity: error | warning | off):")
    for rule in RULES:
        click.echo(f"  {rule.id:<3} {rule.name:<26} {rule.default_severity:<8} {rule.description}")
    click.echo("Conventions (* = canonical, accepted in strict mode):")
    for convention in CONVENTIONS:
        star = "*" if convention.canonical else " "
        click.echo(f"  {star} {convention.id:<20} {convention.description}")
    click.echo("Configuration keys ([tool.git-provenance] or .git-provenance.toml; -c KEY=VALUE; GIT_PROVENANCE_*):")
    for option in SCHEMA:
        click.echo(f"  {option.key:<16} {option.help}")
    return 0
