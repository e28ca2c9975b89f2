"""The ``git-provenance`` command line (also ``git provenance`` through git's PATH lookup).

``main(argv) -> int`` is the one entry point and the one error handler: every expected failure
is a ``ProvenanceError`` printed as a single line with its documented exit code.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from provenance import __version__
from provenance.config import SCHEMA, Config, load_config
from provenance.errors import EXIT_INTERNAL, EXIT_USAGE, ProvenanceError

_config_options = [
    click.option("--config", "config_file", metavar="FILE", help="Configuration file to use instead of "
                 ".git-provenance.toml / pyproject.toml in the repository root."),
    click.option("-c", "config_overrides", metavar="KEY=VALUE", multiple=True,
                 help="Set a configuration key (overrides the file; GIT_PROVENANCE_* variables override this)."),
]


F = TypeVar("F", bound=Callable[..., Any])


# The names of provenance.formats.FORMATS, kept here so the hooks need not import the formats.
VERIFY_FORMATS = ["text", "json", "sarif", "github"]


def config_options(function: F) -> F:
    for option in reversed(_config_options):
        function = option(function)
    return function


def _load(config_file: str | None, overrides: Sequence[str], directory: str | None = None) -> Config:
    return load_config(directory or os.getcwd(), config_file, overrides)


class LazyGroup(click.Group):
    """A group whose heavier commands are imported only when invoked, keeping the hooks fast."""

    lazy_commands: dict[str, str] = {
        "classify": "provenance.classifier.commands:classify",
        "train": "provenance.classifier.commands:train",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy_commands])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands:
            module_name, attribute = self.lazy_commands[cmd_name].split(":")
            module = importlib.import_module(module_name)
            command: click.Command = getattr(module, attribute)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="git-provenance")
def cli() -> None:
    """Record, check and review AI involvement in commits.

    \b
    Exit codes: 0 clean, 1 findings, 2 usage, 3 configuration, 4 git error, 5 internal error.
    """


@cli.group()
def hook() -> None:
    """Entry points for git hooks (installed by `install` or the pre-commit framework)."""


@hook.command("commit-msg")
@click.argument("message_file", metavar="MSGFILE")
@config_options
def commit_msg(message_file: str, config_file: str | None, config_overrides: tuple[str, ...]) -> int:
    """Reject a commit message without a valid AI-involvement disclosure. Never edits MSGFILE."""
    from provenance.hook_commit_msg import run

    return run(message_file, _load(config_file, config_overrides))


@hook.command("prepare-commit-msg")
@click.argument("message_file", metavar="MSGFILE")
@click.argument("source", required=False)
@click.argument("sha", required=False)
@config_options
def prepare_commit_msg(message_file: str, source: str | None, sha: str | None, config_file: str | None,
                       config_overrides: tuple[str, ...]) -> int:
    """Add a commented disclosure template for the developer to confirm."""
    from provenance.hook_prepare_commit_msg import run

    return run(message_file, source, _load(config_file, config_overrides))


@cli.command()
@click.option("--range", "range_spec", metavar="A..B",
              help="Commits to check (default: merge base with the default branch up to HEAD).")
@click.option("--last", type=int, metavar="N", help="Check the last N commits of HEAD instead.")
@click.option("--format", "output_format", type=click.Choice(VERIFY_FORMATS), default="text", show_default=True,
              help="text, json, sarif (code scanning) or github (workflow annotations and job summary).")
@config_options
def verify(range_spec: str | None, last: int | None, output_format: str, config_file: str | None,
           config_overrides: tuple[str, ...]) -> int:
    """Check every commit of a range with the commit-msg rules (for CI)."""
    from provenance.verify import open_repo, run_verify

    repo = open_repo()
    config = _load(config_file, config_overrides, repo.top)
    code, report = run_verify(repo, config, range_spec=range_spec, last=last, output_format=output_format)
    click.echo(report)
    return code


@cli.command()
@click.option("--hook-type", "hook_types", multiple=True, type=click.Choice(["commit-msg", "prepare-commit-msg"]),
              help="Install only this hook (repeatable; default: both).")
@click.option("--force", is_flag=True, help="Also write into a core.hooksPath outside this repository.")
def install(hook_types: tuple[str, ...], force: bool) -> int:
    """Install the git hooks (honours core.hooksPath; keeps and chains an existing hook)."""
    from provenance.install import HOOK_TYPES
    from provenance.install import install as do_install

    for line in do_install(hook_types or HOOK_TYPES, force=force):
        click.echo(line)
    return 0


@cli.command()
@click.option("--hook-type", "hook_types", multiple=True, type=click.Choice(["commit-msg", "prepare-commit-msg"]))
@click.option("--force", is_flag=True, help="Also change a core.hooksPath outside this repository.")
def uninstall(hook_types: tuple[str, ...], force: bool) -> int:
    """Remove the git hooks and restore the ones they replaced."""
    from provenance.install import HOOK_TYPES
    from provenance.install import uninstall as do_uninstall

    for line in do_uninstall(hook_types or HOOK_TYPES, force=force):
        click.echo(line)
    return 0


@cli.command()
def rules() -> int:
    """List the rules, the disclosure conventions and the configuration keys."""
    from provenance.conventions import CONVENTIONS
    from provenance.rules import ALL_RULES

    click.echo("Rules (severity: error | warning | off):")
    for rule in ALL_RULES:
        click.echo(f"  {rule.id:<3} {rule.name:<26} {rule.default_severity:<8} {rule.description}")
    click.echo("Conventions (* = canonical, accepted in strict mode):")
    for convention in CONVENTIONS:
        star = "*" if convention.canonical else " "
        click.echo(f"  {star} {convention.id:<20} {convention.description}")
    click.echo("Configuration keys ([tool.git-provenance] or .git-provenance.toml; -c KEY=VALUE; GIT_PROVENANCE_*):")
    for option in SCHEMA:
        click.echo(f"  {option.key:<16} {option.help}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
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
    except ProvenanceError as exc:
        click.echo(f"git-provenance: error: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("GIT_PROVENANCE_DEBUG"):
            raise
        click.echo(f"git-provenance: internal error: {type(exc).__name__}: {exc} "
                   "(this is a bug; rerun with GIT_PROVENANCE_DEBUG=1 for a traceback and report it)", err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
