"""What verify and its attestation process say to each other: JSON lines over the process's pipes.

verify writes a header line, then one line per commit to check; the process answers, once its
input ends, with one line per verdict. JSON (never pickle): the two ends are the same installed
version, but nothing read from a pipe should be able to run code. The header carries the trust
file as verify parsed it (not its text), so both ends judge with the same keys and times even
where a time without ``Z`` depends on the machine's time zone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from provenance.attestation.check import CheckSettings, CommitToCheck, SignerPolicy, Verdict
from provenance.attestation.statement import AgentRecord, DisclosureRecord
from provenance.attestation.trust import AllowedSigner, TrustFile

FORMAT = 1


class WireError(ValueError):
    """A line the other end should not have written: the process's answer is not used."""


class Header(NamedTuple):
    top: str  # the repository's top folder
    rev_args: tuple[str, ...]  # what selects the range, as verify passes it to git log
    settings: CheckSettings


def encode_header(header: Header) -> bytes:
    settings = header.settings
    trust = [[signer.line, signer.principals, signer.public_key.hex(), signer.cert_authority, signer.namespaces,
              signer.valid_after, signer.valid_before] for signer in settings.trust.signers]
    document = {"format": FORMAT, "top": header.top, "rev_args": list(header.rev_args),
                "trust": {"path": settings.trust.path, "signers": trust}, "signer": settings.signer,
                "forge_committers": list(settings.forge_committers), "required": settings.required}
    return _line(document)


def decode_header(line: bytes) -> Header:
    document = _load(line)
    try:
        if document["format"] != FORMAT:
            raise WireError(f"header format {document['format']!r}, expected {FORMAT}")
        signers = tuple(AllowedSigner(line, principals, bytes.fromhex(key), authority, namespaces, after, before)
                        for line, principals, key, authority, namespaces, after, before in document["trust"]["signers"])
        signer: SignerPolicy = document["signer"]
        settings = CheckSettings(TrustFile(document["trust"]["path"], signers), signer,
                                 tuple(document["forge_committers"]), bool(document["required"]), workers=1)
        return Header(document["top"], tuple(document["rev_args"]), settings)
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError(f"header: {exc!r}") from None


def encode_commit(commit: CommitToCheck) -> bytes:
    """One commit to check, without its patch id: the process computes those itself."""
    disclosure = commit.disclosure
    agents = [[agent.tool, agent.model] for agent in disclosure.agents]
    return _line([commit.sha, commit.message, commit.committer_email, commit.author_email, commit.comment_char,
                  disclosure.involvement, agents, list(disclosure.conventions)])


def decode_commits(lines: Sequence[bytes], patch_id_of: Callable[[str], str | None]) -> list[CommitToCheck]:
    commits = []
    for line in lines:
        try:
            sha, message, committer, author, comment_char, involvement, agents, conventions = _load(line)
            disclosure = DisclosureRecord(involvement, tuple(AgentRecord(tool, model) for tool, model in agents),
                                          tuple(conventions))
        except (TypeError, ValueError) as exc:
            raise WireError(f"commit: {exc!r}") from None
        commits.append(CommitToCheck(sha, message, committer, author, patch_id_of(sha), disclosure, comment_char))
    return commits


def encode_verdict(sha: str, verdict: Verdict) -> bytes:
    return _line([sha, verdict.status, verdict.detail, verdict.line, verdict.required])


def decode_verdicts(data: bytes) -> dict[str, Verdict]:
    verdicts = {}
    for line in data.splitlines():
        try:
            sha, status, detail, number, required = _load(line)
        except (TypeError, ValueError) as exc:
            raise WireError(f"verdict: {exc!r}") from None
        verdicts[sha] = Verdict(status, detail, number, required)
    return verdicts


def _line(value: object) -> bytes:
    # ASCII escapes: a message git could not decode holds no surrogate that UTF-8 would refuse.
    return json.dumps(value, separators=(",", ":")).encode("ascii") + b"\n"


def _load(line: bytes) -> Any:
    try:
        return json.loads(line)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError too
        raise WireError(f"not JSON: {exc!r}") from None
