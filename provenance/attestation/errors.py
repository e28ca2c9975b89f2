"""The errors of attestations: a malformed statement or signature, an unusable key, a bad trust file."""

from __future__ import annotations

from provenance.core.errors import EXIT_USAGE, ConfigError, ProvenanceError


class AttestationError(ProvenanceError):
    """A statement, signature or key cannot be used; the message says which and why."""

    exit_code = EXIT_USAGE


class MalformedError(AttestationError):
    """A statement or signature does not have the documented form."""


class UnsupportedKeyError(MalformedError):
    """A well-formed signature made with a key type this package cannot verify in-process."""


class SigningKeyError(AttestationError):
    """A signing key cannot be created, read or used."""


class TrustFileError(ConfigError):
    """A line of an ``allowed_signers`` trust file is invalid (the message names file:line)."""
