"""Checking the attestations of many commits at once: one verdict per commit.

For each commit the trailer is decoded, the statement rebuilt from the commit (its patch id, the
disclosure verify read from its message, its committer) and the signature checked against the
trust file at the statement's signing time -- all signatures in one ``verify_all`` batch, on
threads when asked. A signature that does not match the rebuilt statement is explained with the
trailer's hints: the change is not the one signed (``other-change``), or the disclosure is not
(``disclosure-changed``); otherwise it is a ``bad-signature``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal, NamedTuple

from provenance.attestation import transport
from provenance.attestation.errors import MalformedError
from provenance.attestation.statement import DisclosureRecord
from provenance.attestation.trust import TrustFile
from provenance.attestation.verification import Request, Result, Status, verify_all

SignerPolicy = Literal["committer", "author", "either"]
SIGNER_POLICIES: Final = ("committer", "author", "either")
VALID: Final = "valid"
MISSING: Final = "missing"
EXEMPT: Final = "exempt"
DISCLOSURE_CHANGED: Final = "disclosure-changed"


class Verdict(NamedTuple):
    """What verify concludes about one commit's attestation."""

    status: str  # valid, missing, exempt, disclosure-changed, or a verification.Status value
    detail: str
    line: int | None = None  # the trailer's line in the message, when there is one
    required: bool = True  # whether a missing attestation is a finding


class CommitToCheck(NamedTuple):
    sha: str
    message: str
    committer_email: str
    author_email: str
    patch_id: str | None  # None: a merge or an empty commit, which has no change to attest
    disclosure: DisclosureRecord
    comment_char: str = "#"


class CheckSettings(NamedTuple):
    trust: TrustFile
    signer: SignerPolicy = "committer"
    forge_committers: tuple[str, ...] = ("noreply@github.com",)
    required: bool = True
    workers: int = 1


class _Pending(NamedTuple):
    commit: CommitToCheck
    attestation: transport.Attestation
    line: int
    principal: str


def check_commits(commits: Sequence[CommitToCheck], settings: CheckSettings) -> dict[str, Verdict]:
    """commit sha -> verdict, for every commit."""
    verdicts: dict[str, Verdict] = {}
    pending: list[_Pending] = []
    requests: list[Request] = []
    for commit in commits:
        early = _before_signature(commit, settings)
        if isinstance(early, Verdict):
            verdicts[commit.sha] = early
            continue
        pending.append(early)
        requests.append(_request(early, early.principal))
    for item, result in zip(pending, verify_all(requests, settings.trust, settings.workers), strict=True):
        verdicts[item.commit.sha] = _verdict(item, result, settings)
    return verdicts


def _before_signature(commit: CommitToCheck, settings: CheckSettings) -> Verdict | _Pending:
    required = settings.required
    if commit.committer_email.lower() in settings.forge_committers:
        return Verdict(EXEMPT, f"made by the forge (committer {commit.committer_email})", required=required)
    found = transport.find(commit.message, commit.comment_char)
    if commit.patch_id is None:
        return Verdict(EXEMPT, "no change to attest (a merge or an empty commit)", required=required)
    if not found:
        return Verdict(MISSING, f"no {transport.TRAILER_KEY}: trailer", required=required)
    if len(found) > 1:
        lines = ", ".join(str(item.line) for item in found)
        return Verdict(Status.MALFORMED.value, f"{len(found)} attestation trailers (lines {lines}); keep one",
                       found[0].line, required)
    try:
        attestation = transport.decode(found[0].value)
    except MalformedError as exc:
        return Verdict(Status.MALFORMED.value, f"{transport.TRAILER_KEY}: {exc}", found[0].line, required)
    principal = commit.author_email if settings.signer == "author" else commit.committer_email
    return _Pending(commit, attestation, found[0].line, principal)


def _request(item: _Pending, principal: str) -> Request:
    commit = item.commit
    assert commit.patch_id is not None
    signed = item.attestation.statement(commit.patch_id, commit.disclosure, principal)
    return Request(b"", item.attestation.signature, principal, rebuilt=signed)


def _verdict(item: _Pending, result: Result, settings: CheckSettings) -> Verdict:
    commit, attestation = item.commit, item.attestation
    if (result.status is Status.BAD_SIGNATURE and settings.signer == "either"
            and commit.author_email != commit.committer_email):
        retried = verify_all([_request(item, commit.author_email)], settings.trust)[0]
        if retried.status is not Status.BAD_SIGNATURE:
            result = retried
    if result.status is not Status.BAD_SIGNATURE:
        return Verdict(result.status.value, result.detail, item.line, settings.required)
    assert commit.patch_id is not None
    if attestation.change_hint != commit.patch_id[:len(attestation.change_hint)]:
        return Verdict(Status.OTHER_CHANGE.value,
                       f"signed for change {attestation.change_hint}…, this commit's change is {commit.patch_id[:8]}… "
                       "(the code changed after signing, or the trailer was copied from another commit)",
                       item.line, settings.required)
    if attestation.disclosure_hint != transport.disclosure_hint(commit.disclosure):
        return Verdict(DISCLOSURE_CHANGED, "the message's disclosure is not the one that was signed "
                       "(the message was edited after signing)", item.line, settings.required)
    signers = {"committer": commit.committer_email, "author": commit.author_email,
               "either": f"{commit.committer_email} or {commit.author_email}"}[settings.signer]
    return Verdict(Status.BAD_SIGNATURE.value, f"the signature does not match this commit (not signed by "
                   f"{signers}, or the trailer was altered)", item.line, settings.required)
