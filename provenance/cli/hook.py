"""`git provenance hook commit-msg|prepare-commit-msg`: the entry points the hook scripts call.

A plain hook call usually never reaches these click commands: ``provenance.cli.main`` runs it
through ``hook_call`` without importing click. Both end in the same ``HookCall.run``.
"""

from __future__ import annotations

import click

from provenance.cli.hook_call import HookCall
from provenance.cli.options import config_options


@click.group()
def hook() -> None:
    """Entry points for git hooks (installed by `install` or the pre-commit framework)."""


@hook.command("commit-msg")
@click.argument("message_file", metavar="MSGFILE")
@config_options
def commit_msg(message_file: str, config_file: str | None, config_overrides: tuple[str, ...]) -> int:
    """Reject a commit message without a valid AI-involvement disclosure. Never edits MSGFILE."""
    return HookCall("commit-msg", message_file, None, config_file, config_overrides).run()


@hook.command("prepare-commit-msg")
@click.argument("message_file", metavar="MSGFILE")
@click.argument("source", required=False)
@click.argument("sha", required=False)
@config_options
def prepare_commit_msg(message_file: str, source: str | None, sha: str | None, config_file: str | None,
                       config_overrides: tuple[str, ...]) -> int:
    """Add a commented disclosure template for the developer to confirm."""
    return HookCall("prepare-commit-msg", message_file, source, config_file, config_overrides, sha).run()
