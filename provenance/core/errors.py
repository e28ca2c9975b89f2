"""Errors that end a command, each carrying the exit code the README documents.

Every entry point turns these into one line on stderr and the matching exit code; anything
else that escapes is a bug and is reported as one (see ``provenance.cli``).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_GIT = 4
EXIT_INTERNAL = 5


class ProvenanceError(Exception):
    """Base class: a failure we expected and can explain in one line."""

    exit_code = EXIT_INTERNAL


class UsageError(ProvenanceError):
    """The command line or an input file named on it is wrong."""

    exit_code = EXIT_USAGE


class ConfigError(ProvenanceError):
    """A configuration file or variable is invalid."""

    exit_code = EXIT_CONFIG


class GitError(ProvenanceError):
    """git failed, or the repository lacks what the command needs."""

    exit_code = EXIT_GIT
