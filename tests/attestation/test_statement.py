"""The statement: canonical bytes (golden), strict parsing with one-line errors, the upgrader mechanism."""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance.attestation import statement
from provenance.attestation.errors import MalformedError
from provenance.attestation.statement import AgentRecord, DisclosureRecord, Statement
from provenance.core.conventions import Agent
from provenance.core.disclosure import Disclosure

POLICY = statement.digest(b"[tool.git-provenance]\n")
SAMPLE = Statement(
    patch_id="0123456789abcdef0123456789abcdef01234567",
    disclosure=DisclosureRecord("assisted", (AgentRecord("Claude Code", "claude-sonnet-4"), AgentRecord("Copilot")),
                                ("generated-by", "co-authored-by")),
    policy=POLICY,
    tool="git-provenance 0.1.0",
    time=1767225600,
    signer="ada@example.com",
    evidence=statement.digest(b"evidence"),
)
# The canonical bytes of SAMPLE, written out: a change here changes every signature ever made.
GOLDEN = (
    b'{"disclosure":{"agents":[{"model":"claude-sonnet-4","tool":"Claude Code"},{"model":null,"tool":"Copilot"}],'
    b'"conventions":["generated-by","co-authored-by"],"involvement":"assisted"},'
    b'"evidence":"sha256:ee8250fb76e094b34b471f13a73dbbe51d1ae142e9df59d7c0d31ec20f0a0a8e",'
    b'"patch_id":"0123456789abcdef0123456789abcdef01234567",'
    b'"policy":"sha256:48c128a433e55540c57953e84c411e71755e9cacf76f98f903e77eab93b6d6c2",'
    b'"signer":"ada@example.com","time":1767225600,"tool":"git-provenance 0.1.0","version":1}'
)


def test_the_canonical_bytes_are_the_golden_ones() -> None:
    assert statement.serialise(SAMPLE) == GOLDEN


def test_parsing_the_canonical_bytes_gives_the_statement_back() -> None:
    assert statement.parse(statement.serialise(SAMPLE)) == SAMPLE


def test_non_ascii_text_is_written_as_utf8_and_control_characters_escaped() -> None:
    odd = Statement(SAMPLE.patch_id, DisclosureRecord("generated", (AgentRecord("Gémini\n\"x\"\\"),), ()),
                    POLICY, "git-provenance 0.1.0", 0, "zoë@example.com")
    data = statement.serialise(odd)
    assert "Gémini\\n\\\"x\\\"\\\\".encode() in data and "zoë".encode() in data
    assert statement.parse(data) == odd


def test_a_disclosure_becomes_its_record() -> None:
    disclosure = Disclosure("generated", (Agent("Aider", "gpt-4o", ("extra",)),), ("generated-by",))
    record = DisclosureRecord.from_disclosure(disclosure)
    assert record == DisclosureRecord("generated", (AgentRecord("Aider", "gpt-4o"),), ("generated-by",))


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(statement.serialise(SAMPLE))
    return document


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@pytest.mark.parametrize(("change", "problem"), [
    (lambda d: d.update(time=1.5), "integer"),
    (lambda d: d.update(time=-1), "'time'"),
    (lambda d: d.update(time=2**53), "'time'"),
    (lambda d: d.update(time=True), "'time'"),
    (lambda d: d.update(version=True), "'version'"),
    (lambda d: d.update(patch_id="ABCDEF0123456789ABCDEF0123456789ABCDEF01"), "'patch_id'"),
    (lambda d: d.update(patch_id="0123"), "'patch_id'"),
    (lambda d: d.update(policy="md5:00"), "'policy'"),
    (lambda d: d.update(evidence=""), "'evidence'"),
    (lambda d: d.update(tool=""), "'tool'"),
    (lambda d: d.update(signer="ada@example.com,bob@example.com"), "'signer'"),
    (lambda d: d.update(signer="ada @example.com"), "'signer'"),
    (lambda d: d.update(extra=1), "unexpected keys ['extra']"),
    (lambda d: d.pop("signer"), "missing keys ['signer']"),
    (lambda d: d["disclosure"].update(involvement="some"), "'involvement'"),
    (lambda d: d["disclosure"].update(agents=[{"tool": "x"}]), "'agents'"),
    (lambda d: d["disclosure"].update(agents=[{"tool": "", "model": None}]), "'agents'"),
    (lambda d: d["disclosure"].update(conventions=[1]), "'conventions'"),
    (lambda d: d["disclosure"].pop("conventions"), "'disclosure'"),
    (lambda d: d.update(version=2), "newer than this git-provenance reads (1); upgrade git-provenance"),
    (lambda d: d.update(version=0), "version 0 can no longer be read"),
    (lambda d: d.update(version=-1), "'version' must be a non-negative integer"),
])  # fmt: skip
def test_a_wrong_field_is_one_line_naming_it(change: Any, problem: str) -> None:
    document = _document()
    change(document)
    with pytest.raises(MalformedError) as caught:
        statement.parse(_canonical(document))
    message = str(caught.value)
    assert problem in message and message.startswith("statement: ") and "\n" not in message


@pytest.mark.parametrize(("data", "problem"), [
    (b"\xff", "not UTF-8"),
    (b"{", "not JSON"),
    (b"[]", "not a JSON object"),
    (b'{"time":NaN}', "integers only"),
    (b'{"a":1,"a":1}', "duplicate key 'a'"),
    (GOLDEN.replace(b'"time":', b'"time": '), "not in canonical form"),
    (GOLDEN + b"\n", "not in canonical form"),
    (GOLDEN.replace(b"1767225600", b"1.7672256e9"), "integers only"),
    (b'{"version":1,"x":"\\ud800"}', "canonical JSON"),
])  # fmt: skip
def test_bytes_that_are_not_one_canonical_statement_are_refused(data: bytes, problem: str) -> None:
    with pytest.raises(MalformedError, match=problem):
        statement.parse(data)


def test_an_unwritable_statement_is_refused_before_signing() -> None:
    bad = Statement("zz", SAMPLE.disclosure, POLICY, "t", 0, "a@b")
    with pytest.raises(MalformedError, match="'patch_id'"):
        statement.serialise(bad)


# A synthetic version 0: the patch id under another name, the time as an ISO string, no evidence.
def _v0_to_v1(document: dict[str, Any]) -> dict[str, Any]:
    from datetime import datetime

    document["patch_id"] = document.pop("patchid")
    document["time"] = int(datetime.fromisoformat(document["time"]).timestamp())
    document["evidence"] = None
    document["version"] = 1
    return document


def test_an_older_version_is_read_through_its_upgrader() -> None:
    v0 = {key: value for key, value in _document().items() if key not in ("patch_id", "evidence")}
    v0.update(version=0, patchid=SAMPLE.patch_id, time="2026-01-01T00:00:00+00:00")
    parsed = statement.parse(_canonical(v0), upgraders={0: _v0_to_v1})
    assert parsed == Statement(SAMPLE.patch_id, SAMPLE.disclosure, POLICY, SAMPLE.tool, 1767225600, SAMPLE.signer)
    # Without the upgrader the same bytes are refused, with the reason.
    with pytest.raises(MalformedError, match="version 0 can no longer be read"):
        statement.parse(_canonical(v0))


def test_an_upgrader_that_skips_a_version_is_a_clear_error() -> None:
    v0 = {**_document(), "version": 0}
    with pytest.raises(MalformedError, match="did not write version 1"):
        statement.parse(_canonical(v0), upgraders={0: lambda document: {**document, "version": 3}})


def test_upgrades_chain_one_version_at_a_time() -> None:
    seen = []

    def step(version: int) -> statement.Upgrader:
        def upgrade(document: dict[str, Any]) -> dict[str, Any]:
            seen.append(version)
            return {**document, "version": version + 1}
        return upgrade

    v1 = statement.serialise(SAMPLE)
    v0 = _canonical({**json.loads(v1), "version": 0})
    document = statement.upgrade(json.loads(v0), {0: step(0), 1: step(1), 2: step(2)}, current_version=3)
    assert seen == [0, 1, 2] and document["version"] == 3
