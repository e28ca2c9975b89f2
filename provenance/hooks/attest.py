"""The commit-msg hook's last step: sign an attestation of the accepted commit and add it to the
message as one ``Provenance-Attestation:`` trailer (see ``provenance.attestation``).

It signs when the developer has a signing key: ``GIT_PROVENANCE_SIGNING_KEY`` (a private key, or
``KEY.pub`` of a key held by ssh-agent), else the key ``git provenance keygen`` makes
(``$XDG_CONFIG_HOME/git-provenance/signing_key``). Without one it does nothing, unless the
repository requires attestations (``attestation = "required"``): then the commit is rejected with
what to do, since CI would refuse it anyway. A key that cannot sign is said in one line and the
commit goes on unattested, under the same exception. The message file is rewritten only to add
the line: the text is what git would commit (comments and a ``-v`` diff already gone, as git
would drop them), and a message that is not UTF-8 is never rewritten.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

from provenance.core.errors import GitError, UsageError

if TYPE_CHECKING:
    from provenance.hooks.pending import PendingCommit
    from provenance.policy.checker import CommitResult
    from provenance.policy.config import Config
    from provenance.policy.evidence import EvidenceCheck

KEY_VARIABLE = "GIT_PROVENANCE_SIGNING_KEY"


def signing_key(environ: Mapping[str, str]) -> str | None:
    """The key to sign with: the variable's, else keygen's default when it exists, else None."""
    named = environ.get(KEY_VARIABLE, "").strip()
    if named:
        return os.path.expanduser(named)
    config_home = environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    default = os.path.join(config_home, "git-provenance", "signing_key")
    return default if os.path.isfile(default) else None


def _evidence_digest(check: EvidenceCheck | None) -> str | None:
    if check is None or check.report is None:
        return None
    from provenance.evidence.suggest import summary_digest

    return summary_digest(check.report)


class Unattested(Exception):
    """The commit could not be attested; the message says why and what to do."""


def _trailer(pending: PendingCommit, result: CommitResult, config: Config, key: str,
             amending: bool, evidence: EvidenceCheck | None) -> str | None:
    from provenance.attestation.create import SigningSettings, attestation_trailer
    from provenance.attestation.errors import AttestationError
    from provenance.policy.policy_digest import policy_digest

    settings = SigningSettings(key, pending.facts.committer_email, policy_digest(config), _evidence_digest(evidence))
    try:
        return attestation_trailer(result.analysis.disclosure, settings, os.getcwd(), amending)
    except (AttestationError, GitError, OSError) as exc:
        raise Unattested(f"cannot sign with {key}: {exc}") from None


def attest(pending: PendingCommit, result: CommitResult, config: Config, amending: bool,
           evidence: EvidenceCheck | None, out: TextIO) -> bool:
    """Add the attestation to the message file; False when the commit must be rejected."""
    required = config.attestation == "required"
    key = signing_key(os.environ)
    try:
        if key is None:
            if required:
                raise Unattested("no signing key: make one with `git provenance keygen` (or set "
                                 f"{KEY_VARIABLE}) and add its line to the project's trust file")
            return True
        if pending.facts.undecodable_lines:
            raise Unattested("the message is not UTF-8, and it is never rewritten")
        line = _trailer(pending, result, config, key, amending, evidence)
    except Unattested as exc:
        if required:
            print(f"git-provenance: commit rejected: this repository requires attestations, and {exc}", file=out)
            return False
        print(f"git-provenance: commit not attested: {exc}", file=out)
        return True
    if line is not None:
        _write(pending, line)
    return True


def _write(pending: PendingCommit, line: str) -> None:
    from provenance.attestation.transport import with_attestation

    text = pending.committed_bytes().decode("utf-8")
    try:
        with open(pending.message_file, "w", encoding="utf-8", newline="") as handle:
            handle.write(with_attestation(text, line, pending.facts.comment_char))
    except OSError as exc:
        raise UsageError(f"{pending.message_file}: cannot write the message file: {exc.strerror}") from None
