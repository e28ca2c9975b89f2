"""Errors raised by the classifier: the project's own error classes, so one handler maps them.

Each is a ``ClassifierError`` (to catch them all) and one of ``provenance.core.errors``' kinds, which
carries the exit code the README documents; the message is a single line a person can act on.
"""

from __future__ import annotations

from provenance.core.errors import ConfigError, ProvenanceError, UsageError


class ClassifierError(ProvenanceError):
    """Base class of the classifier's errors."""

    @property
    def message(self) -> str:
        return str(self)


class ClassifierUsageError(ClassifierError, UsageError):
    """The command was called wrongly (bad path, bad option combination): exit 2."""


class ModelFileError(ClassifierError, ConfigError):
    """A model file is missing, corrupted, or of a format version this code cannot read: exit 3."""

