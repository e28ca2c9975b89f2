"""`git provenance install` and `uninstall`: put the plain git hooks in place, or take them out."""

from __future__ import annotations

import click

_HOOK_CHOICE = click.Choice(["commit-msg", "prepare-commit-msg"])


@click.command()
@click.option("--hook-type", "hook_types", multiple=True, type=_HOOK_CHOICE,
              help="Install only this hook (repeatable; default: both).")
@click.option("--force", is_flag=True, help="Also write into a core.hooksPath outside this repository.")
def install(hook_types: tuple[str, ...], force: bool) -> int:
    """Install the git hooks (honours core.hooksPath; keeps and chains an existing hook)."""
    from provenance.hooks.install import HOOK_TYPES
    from provenance.hooks.install import install as do_install

    for line in do_install(hook_types or HOOK_TYPES, force=force):
        click.echo(line)
    return 0


@click.command()
@click.option("--hook-type", "hook_types", multiple=True, type=_HOOK_CHOICE)
@click.option("--force", is_flag=True, help="Also change a core.hooksPath outside this repository.")
def uninstall(hook_types: tuple[str, ...], force: bool) -> int:
    """Remove the git hooks and restore the ones they replaced."""
    from provenance.hooks.install import HOOK_TYPES
    from provenance.hooks.install import uninstall as do_uninstall

    for line in do_uninstall(hook_types or HOOK_TYPES, force=force):
        click.echo(line)
    return 0
