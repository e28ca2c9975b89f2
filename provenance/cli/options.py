"""Options shared by several commands: which configuration to load."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from provenance.policy.config import Config, load_config

F = TypeVar("F", bound=Callable[..., Any])

_CONFIG_OPTIONS = [
    click.option("--config", "config_file", metavar="FILE", help="Configuration file to use instead of "
                 ".git-provenance.toml / pyproject.toml in the repository root."),
    click.option("-c", "config_overrides", metavar="KEY=VALUE", multiple=True,
                 help="Set a configuration key (overrides the file; GIT_PROVENANCE_* variables override this)."),
]


def config_options(function: F) -> F:
    """Add ``--config FILE`` and ``-c KEY=VALUE`` to a command."""
    for option in reversed(_CONFIG_OPTIONS):
        function = option(function)
    return function


def load(config_file: str | None, overrides: Sequence[str], directory: str | None = None) -> Config:
    """The configuration for a command: file, then ``-c`` options, then the environment."""
    return load_config(directory or os.getcwd(), config_file, overrides)
