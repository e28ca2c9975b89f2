"""Making an attestation for the commit being made: what the commit-msg hook calls once it accepts.

``attestation_trailer`` computes the staged change's patch id, builds the statement, signs it and
returns the trailer line; ``transport.with_attestation`` puts it into the message (replacing the
one an amended commit carried). Runs in the hook process: it imports neither ``dataclasses``,
``inspect`` nor ``click``, nor cryptography's serialization modules (``signing``).
"""

from __future__ import annotations

import time
from typing import NamedTuple

from provenance import __version__
from provenance.attestation import signing, statement, transport
from provenance.attestation.errors import SigningKeyError
from provenance.core.disclosure import Disclosure
from provenance.gitio import runner
from provenance.gitio.patch_ids import staged_patch_id


def _amended_base(cwd: str) -> str:
    """HEAD's first parent, or the empty tree when HEAD is a root commit."""
    parent = runner.run(["rev-parse", "--verify", "--quiet", "HEAD^"], cwd=cwd, check=False)
    if parent.returncode == 0:
        return parent.stdout.decode("ascii").strip()
    return runner.run(["hash-object", "-t", "tree", "--stdin"], cwd=cwd, stdin=b"").stdout.decode("ascii").strip()


class SigningSettings(NamedTuple):
    """Who signs, with what, under which policy."""

    key_path: str  # a private key (signed in-process if unencrypted ed25519), or KEY.pub for ssh-agent
    signer: str  # the committer's email: the principal the trust file must allow
    policy: str  # sha256:<hex> of the policy the hook applied (policy.policy_digest)
    evidence: str | None = None  # sha256:<hex> of the evidence summary, when the evidence check ran


def attestation_trailer(disclosure: Disclosure, settings: SigningSettings, cwd: str = ".",
                        amending: bool = False, signed_at: int | None = None) -> str | None:
    """The ``Provenance-Attestation:`` line for the staged change with this disclosure, or None when
    nothing is staged (an empty commit has no change to attest). ``amending``: the commit replaces
    HEAD (``git commit --amend``), so its change is the index against HEAD's parent. Raises
    ``SigningKeyError`` (the key), ``GitError`` (git failed)."""
    patch_id = staged_patch_id(cwd, _amended_base(cwd) if amending else None)
    if patch_id is None:
        return None
    if not settings.signer:
        raise SigningKeyError("no committer email to sign as: set user.email (git config user.email ...)")
    signed = statement.Statement(
        patch_id=patch_id, disclosure=statement.DisclosureRecord.from_disclosure(disclosure),
        policy=settings.policy, tool=f"{transport.TOOL_NAME} {__version__}",
        time=int(time.time()) if signed_at is None else signed_at, signer=settings.signer, evidence=settings.evidence,
    )  # fmt: skip
    signature = signing.signer_for(settings.key_path).sign(statement.serialise(signed))
    return transport.encode(signed, signature)
