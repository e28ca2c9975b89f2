"""The ``git-provenance`` command group and ``main(argv) -> int``, which runs it inside the one
error boundary (``provenance.cli.guard``), adding click's own usage errors (exit 2).

Every expected failure is a ``ProvenanceError`` printed as a single line with its documented exit
code. Commands live one per module and are imported only when invoked (the registry below), so
the hooks load neither the classifier nor the formats.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from provenance import __version__
from provenance.cli.guard import guarded
from provenance.core.errors import EXIT_USAGE

# Command name -> "module:attribute" of its click command.
COMMANDS: dict[str, str] = {
    "attest": "provenance.cli.attest:attest",
    "classify": "provenance.cli.classify:classify",
    "evidence": "provenance.cli.evidence:evidence",
    "hook": "provenance.cli.hook:hook",
    "install": "provenance.cli.install:install",
    "keygen": "provenance.cli.keygen:keygen",
    "rules": "provenance.cli.rules:rules",
    "train": "provenance.cli.train:train",
    "uninstall": "provenance.cli.install:uninstall",
    "verify": "provenance.cli.verify:verify",
}


class LazyGroup(click.Group):
    """A group whose commands are imported only when invoked, keeping the hooks fast."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="git-provenance")
def cli() -> None:
    """Record, check and review AI involvement in commits.

    \b
    Exit codes: 0 clean, 1 findings, 2 usage, 3 configuration, 4 git error, 5 internal error.
    """


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``git-provenance ARGV`` through click (``provenance.cli.main`` first tries the click-free
    hook path, then comes here)."""
    args = list(sys.argv[1:] if argv is None else argv)
    return guarded(lambda: _run_click(args))


def _run_click(args: list[str]) -> int:
    try:
        result = cli.main(args=args, prog_name="git-provenance", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("git-provenance: aborted", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    return result if isinstance(result, int) else 0
