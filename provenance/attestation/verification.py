"""One attestation checked: signature, namespace, statement, signer and trust, as one typed result.

``verify`` never raises for bad input: a damaged signature or statement is a ``MALFORMED``
result, a key type it cannot check is ``UNSUPPORTED``, each with a one-line ``detail``.
``verify_all`` checks many, on threads if asked: cryptography releases the GIL while it checks an
ed25519, ECDSA or RSA signature, so threads use more cores without starting processes (two threads
checked ed25519 signatures 1.9x as fast as one when a core was free; when other jobs kept both
cores busy they were slower, BENCHMARKS.md "Attestation transport"). verify uses one per core.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from provenance.attestation import sshsig, statement
from provenance.attestation.errors import MalformedError, UnsupportedKeyError
from provenance.attestation.statement import Statement
from provenance.attestation.trust import Decision, TrustFile


class Status(enum.Enum):
    VALID = "valid"
    BAD_SIGNATURE = "bad-signature"
    SIGNER_NOT_ALLOWED = "signer-not-allowed"
    NOT_YET_VALID = "not-yet-valid"
    EXPIRED = "expired"
    WRONG_NAMESPACE = "wrong-namespace"
    OTHER_CHANGE = "other-change"
    MALFORMED = "malformed"
    UNSUPPORTED = "unsupported"


_STATUS_OF_DECISION = {
    Decision.ALLOWED: Status.VALID, Decision.EXPIRED: Status.EXPIRED, Decision.NOT_YET_VALID: Status.NOT_YET_VALID,
    Decision.WRONG_NAMESPACE: Status.WRONG_NAMESPACE, Decision.NOT_ALLOWED: Status.SIGNER_NOT_ALLOWED,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Result:
    status: Status
    detail: str
    statement: Statement | None = None  # set once the signature is known to be good

    @property
    def valid(self) -> bool:
        return self.status is Status.VALID


def verify(statement_bytes: bytes, signature: str | bytes | sshsig.SshSignature, trust: TrustFile,
           principal: str, patch_id: str | None = None, namespace: str = sshsig.NAMESPACE) -> Result:
    """Whether ``signature`` is ``principal``'s signature of ``statement_bytes``, made with a key the
    trust file allows for ``namespace`` at the statement's own signing time, and (given ``patch_id``)
    whether the statement is about that change and not another commit's."""
    try:
        parsed = signature if isinstance(signature, sshsig.SshSignature) else sshsig.parse(signature)
        if parsed.namespace != namespace:
            return Result(Status.WRONG_NAMESPACE, f"signed in namespace {parsed.namespace!r}, not {namespace!r}")
        if not sshsig.is_valid(parsed, statement_bytes):
            return Result(Status.BAD_SIGNATURE, "the signature does not match the statement")
        signed = statement.parse(statement_bytes)
    except UnsupportedKeyError as exc:
        return Result(Status.UNSUPPORTED, str(exc))
    except MalformedError as exc:
        return Result(Status.MALFORMED, str(exc))
    return _judge(signed, parsed, trust, principal, patch_id, namespace)


def verify_rebuilt(signed: Statement, signature: sshsig.SshSignature, trust: TrustFile) -> Result:
    """``verify`` for a statement the caller rebuilt itself (from a commit and its trailer): its
    bytes are ``statement.serialise(signed)``, so there is nothing to parse, and the signer to
    expect is the one the caller put in."""
    try:
        data = statement.serialise(signed)
        if signature.namespace != sshsig.NAMESPACE:
            return Result(Status.WRONG_NAMESPACE,
                          f"signed in namespace {signature.namespace!r}, not {sshsig.NAMESPACE!r}")
        if not sshsig.is_valid(signature, data):
            return Result(Status.BAD_SIGNATURE, "the signature does not match the statement")
    except UnsupportedKeyError as exc:
        return Result(Status.UNSUPPORTED, str(exc))
    except MalformedError as exc:
        return Result(Status.MALFORMED, str(exc))
    return _judge(signed, signature, trust, signed.signer, None, sshsig.NAMESPACE)


def _judge(signed: Statement, parsed: sshsig.SshSignature, trust: TrustFile, principal: str, patch_id: str | None,
           namespace: str) -> Result:
    """The verdict on a good signature of ``signed``: the right change, the right signer, a trusted key."""
    if patch_id is not None and signed.patch_id != patch_id:
        return Result(Status.OTHER_CHANGE, f"the statement is about change {signed.patch_id[:12]}, this commit's is "
                      f"{patch_id[:12]} (copied from another commit?)", signed)
    if signed.signer != principal:
        return Result(Status.SIGNER_NOT_ALLOWED, f"signed by {signed.signer}, expected {principal}", signed)
    decision, line = trust.decide(parsed.public_key, principal, namespace, signed.time)
    where = f"{trust.path}:{line}" if line is not None else trust.path
    detail = _DETAILS[decision].format(principal=principal, where=where, namespace=namespace, path=trust.path)
    return Result(_STATUS_OF_DECISION[decision], detail, signed)


_DETAILS = {
    Decision.ALLOWED: "signed by {principal} with a key allowed at {where}",
    Decision.EXPIRED: "the key expired before the signing time ({where}: valid-before)",
    Decision.NOT_YET_VALID: "the key was not yet valid at the signing time ({where}: valid-after)",
    Decision.WRONG_NAMESPACE: "the key is not allowed for namespace {namespace!r} ({where})",
    Decision.NOT_ALLOWED: "{path} does not allow this key for {principal}",
}


@dataclass(frozen=True, slots=True)
class Request:
    """One attestation to check: the signed bytes, the signature, who must have signed, which change."""

    statement_bytes: bytes
    signature: str | bytes | sshsig.SshSignature
    principal: str
    patch_id: str | None = None
    # Set when the caller rebuilt the statement itself (``verify_rebuilt``); the bytes are then unused.
    rebuilt: Statement | None = None


def verify_all(requests: Sequence[Request], trust: TrustFile, workers: int = 1) -> list[Result]:
    """``verify`` for each request, in order, on ``workers`` threads (0: one per usable core)."""
    count = workers or _usable_cores()
    if count <= 1 or len(requests) < 2:
        return [_verify_request(request, trust) for request in requests]
    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda request: _verify_request(request, trust), requests))


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _verify_request(request: Request, trust: TrustFile) -> Result:
    if request.rebuilt is not None and isinstance(request.signature, sshsig.SshSignature):
        return verify_rebuilt(request.rebuilt, request.signature, trust)
    return verify(request.statement_bytes, request.signature, trust, request.principal, request.patch_id)
