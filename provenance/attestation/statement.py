"""The attestation statement: what the commit-msg hook accepted, as canonical bytes to sign.

Version 1 is one JSON object with exactly these keys::

    {"disclosure":{"agents":[{"model":"gpt-4o","tool":"Copilot"}],"conventions":["generated-by"],
                   "involvement":"assisted"},
     "evidence":"sha256:<64 hex>" | null,   the evidence summary's digest, when the check ran
     "patch_id":"<40 or 64 hex>",           git patch-id --stable of the change
     "policy":"sha256:<64 hex>",            digest of the policy the hook applied
     "signer":"ada@example.com",            the principal (committer email) that signs
     "time":1767225600,                     signing time, UTC seconds since the epoch
     "tool":"git-provenance 0.1.0",
     "version":1}

Canonical form (the bytes that are signed; ``parse`` accepts nothing else): UTF-8 JSON as
RFC 8785 (JCS) writes it for this subset: object keys sorted, no whitespace between tokens, no
trailing newline, strings with only ``"`` ``\\`` and control characters escaped (``\\n`` etc. or
``\\u00xx``, lowercase), everything else literal UTF-8; numbers are integers from 0 to 2**53-1
(no floats, no exponents); absent values are ``null``, never a missing key. Python's
``json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)`` writes exactly this.

Versions: every statement names its version. A reader understands older versions through
``UPGRADERS`` (version N -> a function returning the version N+1 document), applied in turn up to
``CURRENT_VERSION``; the signature always covers the bytes as written, the upgrade only changes
how they are read. A statement newer than this reader is refused with a message to upgrade.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, Final, NamedTuple

from provenance.attestation import canonical
from provenance.attestation.errors import MalformedError
from provenance.core import digests
from provenance.core.disclosure import Disclosure

CURRENT_VERSION: Final = 1
INVOLVEMENTS: Final = ("none", "assisted", "generated", "undisclosed")
_MAX_INTEGER: Final = canonical.MAX_INTEGER
_PATCH_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
_V1_KEYS: Final = frozenset({"version", "patch_id", "disclosure", "evidence", "policy", "tool", "time", "signer"})

Document = dict[str, Any]
Upgrader = Callable[[Document], Document]

# Version N -> the function that rewrites a version N document as version N+1.
UPGRADERS: Mapping[int, Upgrader] = {}


class AgentRecord(NamedTuple):
    tool: str
    model: str | None = None


class DisclosureRecord(NamedTuple):
    """The disclosure as the hook parsed it: involvement, agents, the conventions it was written in."""

    involvement: str
    agents: tuple[AgentRecord, ...] = ()
    conventions: tuple[str, ...] = ()

    @classmethod
    def from_disclosure(cls, disclosure: Disclosure) -> DisclosureRecord:
        agents = tuple(AgentRecord(agent.tool, agent.model) for agent in disclosure.agents)
        return cls(disclosure.involvement, agents, disclosure.conventions)


class Statement(NamedTuple):
    patch_id: str
    disclosure: DisclosureRecord
    policy: str
    tool: str
    time: int
    signer: str
    evidence: str | None = None

    def to_document(self) -> Document:
        disclosure = {
            "involvement": self.disclosure.involvement,
            "agents": [{"tool": agent.tool, "model": agent.model} for agent in self.disclosure.agents],
            "conventions": list(self.disclosure.conventions),
        }
        return {"version": CURRENT_VERSION, "patch_id": self.patch_id, "disclosure": disclosure,
                "evidence": self.evidence, "policy": self.policy, "tool": self.tool, "time": self.time,
                "signer": self.signer}


def digest(data: bytes) -> str:
    """``sha256:<hex>``: how a statement names the policy and the evidence summary it covers."""
    return "sha256:" + digests.sha256(data).hex()


def canonical_json(document: Document) -> bytes:
    """The canonical bytes of a JSON document (see the module docstring)."""
    try:
        return canonical.dumps(document)
    except (TypeError, ValueError) as exc:
        raise MalformedError(f"statement: cannot be written as canonical JSON ({exc})") from None


def serialise(statement: Statement) -> bytes:
    """The statement's canonical bytes, checked as ``parse`` would check them.

    Written field by field in canonical order (verify rebuilds a statement for every commit, and
    this is several times faster than writing the document); a test checks it against
    ``canonical_json(statement.to_document())``.
    """
    _check_statement(statement)
    disclosure = statement.disclosure
    agents = ",".join(f'{{"model":{_text_or_null(agent.model)},"tool":{canonical.string(agent.tool)}}}'
                      for agent in disclosure.agents)
    conventions = ",".join(canonical.string(name) for name in disclosure.conventions)
    text = (f'{{"disclosure":{{"agents":[{agents}],"conventions":[{conventions}],'
            f'"involvement":{canonical.string(disclosure.involvement)}}},'
            f'"evidence":{_text_or_null(statement.evidence)},"patch_id":"{statement.patch_id}",'
            f'"policy":"{statement.policy}","signer":{canonical.string(statement.signer)},"time":{statement.time},'
            f'"tool":{canonical.string(statement.tool)},"version":{CURRENT_VERSION}}}')
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise MalformedError(f"statement: cannot be written as canonical JSON (not UTF-8: {exc.reason})") from None


def _check_statement(statement: Statement) -> None:
    """``_check_v1`` of the statement's document, in less time: verify serialises one statement per
    commit, and all but the patch id and the time are the same in most of a range's statements."""
    time = statement.time
    try:
        if (type(time) is int and 0 <= time <= _MAX_INTEGER and isinstance(statement.patch_id, str)
                and _PATCH_ID.fullmatch(statement.patch_id) is not None
                and _shared_fields_valid(statement.disclosure, statement.policy, statement.evidence, statement.tool,
                                         statement.signer)):
            return
    except TypeError:  # an unhashable field: the whole check says what is wrong with it
        pass
    _check_v1(statement.to_document())


@functools.lru_cache(maxsize=256)
def _shared_fields_valid(disclosure: DisclosureRecord, policy: str, evidence: str | None, tool: str,
                         signer: str) -> bool:
    try:
        _check_v1(Statement("0" * 40, disclosure, policy, tool, 0, signer, evidence).to_document())
    except MalformedError:
        return False
    return True


def _text_or_null(value: str | None) -> str:
    return "null" if value is None else canonical.string(value)


def parse(data: bytes, upgraders: Mapping[int, Upgrader] = UPGRADERS,
          current_version: int = CURRENT_VERSION) -> Statement:
    """The statement in ``data``, which must be canonical; older versions are upgraded.

    Raises ``MalformedError`` with a one-line reason for anything else.
    """
    document = _load(data)
    if canonical_json(document) != data:
        raise MalformedError("statement: not in canonical form (sorted keys, no spaces, UTF-8, integers only)")
    document = upgrade(document, upgraders, current_version)
    _check_v1(document)
    disclosure = document["disclosure"]
    return Statement(
        patch_id=document["patch_id"],
        disclosure=DisclosureRecord(
            disclosure["involvement"],
            tuple(AgentRecord(agent["tool"], agent["model"]) for agent in disclosure["agents"]),
            tuple(disclosure["conventions"]),
        ),
        policy=document["policy"], tool=document["tool"], time=document["time"], signer=document["signer"],
        evidence=document["evidence"],
    )  # fmt: skip


def upgrade(document: Document, upgraders: Mapping[int, Upgrader], current_version: int) -> Document:
    """``document`` rewritten, one version at a time, as a ``current_version`` document."""
    version = document.get("version")
    if type(version) is not int or version < 0:
        raise MalformedError("statement: 'version' must be a non-negative integer")
    if version > current_version:
        raise MalformedError(f"statement: version {version} is newer than this git-provenance reads "
                             f"({current_version}); upgrade git-provenance")
    while version < current_version:
        if version not in upgraders:
            raise MalformedError(f"statement: version {version} can no longer be read (no upgrader to "
                                 f"version {version + 1})")
        document = upgraders[version](dict(document))
        if document.get("version") != version + 1:
            raise MalformedError(f"statement: the upgrader from version {version} did not write version {version + 1}")
        version += 1
    return document


def _load(data: bytes) -> Document:
    import json  # here: the hook only writes statements, and it does not load json

    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys,
                              parse_float=_refuse_number, parse_constant=_refuse_number)
    except UnicodeDecodeError:
        raise MalformedError("statement: not UTF-8") from None
    except (ValueError, RecursionError) as exc:
        raise MalformedError(f"statement: not JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(document, dict):
        raise MalformedError("statement: not a JSON object")
    return document


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> Document:
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"duplicate key {duplicates[0]!r}")
    return dict(pairs)


def _refuse_number(text: str) -> Any:
    raise ValueError(f"{text} is not an integer; statements hold integers only")


def _check_v1(document: Document) -> None:
    if set(document) != _V1_KEYS:
        extra, missing = sorted(set(document) - _V1_KEYS), sorted(_V1_KEYS - set(document))
        raise MalformedError(f"statement: unexpected keys {extra}" if extra else f"statement: missing keys {missing}")
    _require(type(document["version"]) is int and document["version"] == CURRENT_VERSION, "'version' must be 1")
    _require(isinstance(document["patch_id"], str) and _PATCH_ID.fullmatch(document["patch_id"]) is not None,
             "'patch_id' must be 40 or 64 lowercase hex digits (git patch-id --stable)")
    _require(isinstance(document["policy"], str) and _DIGEST.fullmatch(document["policy"]) is not None,
             "'policy' must be sha256:<64 lowercase hex digits>")
    evidence = document["evidence"]
    _require(evidence is None or (isinstance(evidence, str) and _DIGEST.fullmatch(evidence) is not None),
             "'evidence' must be null or sha256:<64 lowercase hex digits>")
    _require(_is_text(document["tool"]), "'tool' must be a non-empty string")
    time = document["time"]
    _require(type(time) is int and 0 <= time <= _MAX_INTEGER, "'time' must be an integer from 0 to 2**53-1")
    signer = document["signer"]
    _require(_is_text(signer) and not any(ch.isspace() or ch == "," for ch in signer),
             "'signer' must be a non-empty principal without spaces or commas")
    _check_disclosure(document["disclosure"])


def _check_disclosure(disclosure: object) -> None:
    _require(isinstance(disclosure, dict) and set(disclosure) == {"involvement", "agents", "conventions"},
             "'disclosure' must be an object with exactly 'involvement', 'agents' and 'conventions'")
    assert isinstance(disclosure, dict)
    _require(disclosure["involvement"] in INVOLVEMENTS, f"'involvement' must be one of {', '.join(INVOLVEMENTS)}")
    agents = disclosure["agents"]
    _require(isinstance(agents, list) and all(_is_agent(agent) for agent in agents),
             "'agents' must be a list of {\"tool\": string, \"model\": string or null}")
    conventions = disclosure["conventions"]
    _require(isinstance(conventions, list) and all(_is_text(name) for name in conventions),
             "'conventions' must be a list of non-empty strings")


def _is_agent(agent: object) -> bool:
    return (isinstance(agent, dict) and set(agent) == {"tool", "model"} and _is_text(agent["tool"])
            and (agent["model"] is None or _is_text(agent["model"])))


def _is_text(value: object) -> bool:
    return isinstance(value, str) and value != ""


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise MalformedError(f"statement: {problem}")
