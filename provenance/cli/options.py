"""Options shared by several commands: which configuration to load.

Importing this module imports neither click (only ``config_options`` does) nor the policy (only
``load`` does): the click-free hook path (``provenance.cli.hook_call``) loads the configuration
through the same ``load``, and ``provenance.cli.main`` decides how to run before anything heavy
is imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from provenance.policy.config import Config

F = TypeVar("F", bound=Callable[..., Any])

# The option names, shared with the click-free hook parser.
CONFIG_FILE_OPTION = "--config"
OVERRIDE_OPTION = "-c"


def config_options(function: F) -> F:
    """Add ``--config FILE`` and ``-c KEY=VALUE`` to a command."""
    import click  # here, not at the top: see the module docstring

    options = [
        click.option(CONFIG_FILE_OPTION, "config_file", metavar="FILE", help="Configuration file to use instead of "
                     ".git-provenance.toml / pyproject.toml in the repository root."),
        click.option(OVERRIDE_OPTION, "config_overrides", metavar="KEY=VALUE", multiple=True,
                     help="Set a configuration key (overrides the file; GIT_PROVENANCE_* variables override this)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def load(config_file: str | None, overrides: Sequence[str], directory: str | None = None) -> Config:
    """The configuration for a command: file, then ``-c`` options, then the environment."""
    from provenance.policy.config import load_config  # here, not at the top: see the module docstring

    return load_config(directory or os.getcwd(), config_file, overrides)
