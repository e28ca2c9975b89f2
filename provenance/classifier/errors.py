"""Errors raised by the classifier, each carrying the process exit code the CLI should use.

The main CLI maps these to exit codes; the message is always a single line a person can act on.
"""

from __future__ import annotations

from provenance.errors import EXIT_CONFIG, EXIT_FINDINGS, EXIT_GIT, EXIT_USAGE, ProvenanceError


class ClassifierError(ProvenanceError):
    """Base class: a one-line, user-facing message plus the exit code to leave with."""

    exit_code: int = EXIT_FINDINGS

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ClassifierUsageError(ClassifierError):
    """The command was called wrongly (bad path, bad option combination)."""

    exit_code = EXIT_USAGE


class ModelFileError(ClassifierError):
    """A model file is missing, corrupted, or of a format version this code cannot read."""

    exit_code = EXIT_CONFIG


class GitCommandError(ClassifierError):
    """git failed, or the revision asked for does not exist."""

    exit_code = EXIT_GIT
