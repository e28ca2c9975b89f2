"""The JSON lines verify and its attestation process exchange: everything survives the round trip, and a
line that is not what the other end writes is a ``WireError``, never another exception."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from provenance.attestation import sshsig, trust
from provenance.attestation.check import CheckSettings, CommitToCheck, Verdict
from provenance.attestation.statement import AgentRecord, DisclosureRecord
from provenance.verify import attestation_wire
from provenance.verify.attestation_wire import Header, WireError

SHA = "0123456789abcdef0123456789abcdef01234567"
OTHER_SHA = "fedcba9876543210fedcba9876543210fedcba98"


def _key_line(seed: int) -> str:
    return "ssh-ed25519 " + base64.b64encode(sshsig.ed25519_public_key(bytes([seed]) * 32)).decode()


TRUST_TEXT = "\n".join([
    "# who may sign",
    f'ada@example.com namespaces="git-provenance",valid-after="20260101Z",valid-before="20270101Z" {_key_line(1)}',
    f'"*@example.org,!eve@example.org" cert-authority,namespaces="git-provenance,other" {_key_line(2)} CA',
    "",
    f'grace@example.org valid-before="202701011230" {_key_line(3)}',  # local time: as this machine read it
    f"bob@example.com {_key_line(4)} a comment",
])  # fmt: skip


def _settings(**changes: Any) -> CheckSettings:
    return CheckSettings(trust.parse(TRUST_TEXT, "main:.git-provenance/allowed_signers"))._replace(**changes)


def _commit(message: str, agents: tuple[AgentRecord, ...] = (), patch_id: str | None = None) -> CommitToCheck:
    disclosure = DisclosureRecord("assisted" if agents else "none", agents, ("assisted-by",) if agents else ())
    return CommitToCheck(SHA, message, "grace@example.org", "ada@example.com", patch_id, disclosure, ";")


def _header_document() -> dict[str, object]:
    encoded = attestation_wire.encode_header(Header("/repo", ("main..topic",), _settings()))
    document: dict[str, object] = json.loads(encoded)
    return document


def _line(document: object) -> bytes:
    return json.dumps(document).encode() + b"\n"


@pytest.mark.parametrize("settings", [
    {},
    {"signer": "either", "forge_committers": (), "required": False},
    {"signer": "author", "forge_committers": ("noreply@github.com", "web-flow@example.com")},
])  # fmt: skip
def test_a_header_comes_back_as_it_was_sent_with_the_trust_file_as_verify_parsed_it(settings: dict[str, Any]
                                                                                     ) -> None:
    header = Header("/work/a repo/ünïcode", ("-n", "40", "HEAD"), _settings(**settings))
    signers = header.settings.trust.signers
    # The lines this test is about are really there: times, namespaces, a certificate authority.
    assert [(s.line, s.cert_authority, s.namespaces) for s in signers] == [
        (2, False, "git-provenance"), (3, True, "git-provenance,other"), (5, False, None), (6, False, None)]
    assert (signers[0].valid_after, signers[0].valid_before) == (1_767_225_600, 1_798_761_600)
    assert signers[2].valid_before is not None and signers[2].valid_after is None
    encoded = attestation_wire.encode_header(header)
    assert encoded.endswith(b"\n") and encoded.count(b"\n") == 1 and encoded.isascii()
    assert attestation_wire.decode_header(encoded) == header


def test_a_commit_comes_back_as_it_was_sent_with_the_patch_id_the_process_looks_up() -> None:
    agents = (AgentRecord("Claude", "claude-sonnet-4"), AgentRecord("aider", None))
    sent = _commit("Subject\n\nBody\n\nAssisted-by: Claude:claude-sonnet-4\n", agents, patch_id="sent-but-not-carried")
    encoded = attestation_wire.encode_commit(sent)
    assert b"sent-but-not-carried" not in encoded  # the process computes the patch ids itself
    asked = []

    def patch_id_of(sha: str) -> str | None:
        asked.append(sha)
        return "the process's own id"

    (received,) = attestation_wire.decode_commits([encoded.rstrip(b"\n")], patch_id_of)
    assert received == sent._replace(patch_id="the process's own id") and asked == [SHA]
    assert received.disclosure.agents[1].model is None
    (without_id,) = attestation_wire.decode_commits([encoded], lambda sha: None)  # a merge, an empty commit
    assert without_id.patch_id is None


@pytest.mark.parametrize("message", [
    pytest.param("Zoë's café ☕\n\nNaïve 𝄞 (outside the BMP)\n", id="non-ascii"),
    pytest.param("Latin-1 body\n\ncaf\ufffd \ufffd\n", id="replacement-characters"),  # how git log's undecodable
    pytest.param("Surrogate-escaped\n\ncaf\udce9\n", id="lone-surrogate"),  # bytes may be decoded
    pytest.param("Controls\x00\x1b[31m\r\n\t\u2028\u2029\n", id="control-characters"),
    pytest.param('Quotes " \\ and JSON ["a", 1]\n', id="json-in-the-message"),
])  # fmt: skip
def test_a_message_of_any_text_is_one_ascii_line_and_comes_back_unchanged(message: str) -> None:
    sent = _commit(message, (AgentRecord("Zoë's tool", "modèle"),))
    encoded = attestation_wire.encode_commit(sent)
    assert encoded.isascii() and encoded.count(b"\n") == 1 and encoded.endswith(b"\n")
    assert attestation_wire.decode_commits([encoded], lambda sha: None) == [sent]


def test_commits_decode_in_the_order_sent() -> None:
    first, second = _commit("First\n"), _commit("Second\n")._replace(sha=OTHER_SHA)
    lines = [attestation_wire.encode_commit(first), attestation_wire.encode_commit(second)]
    assert attestation_wire.decode_commits(lines, {SHA: "id-1", OTHER_SHA: "id-2"}.get) == [
        first._replace(patch_id="id-1"), second._replace(patch_id="id-2")]
    assert attestation_wire.decode_commits([], lambda sha: None) == []


def test_verdicts_come_back_as_they_were_sent() -> None:
    verdicts = {
        SHA: Verdict("valid", "signed by ada@example.com with a key allowed at main:allowed_signers:1", 7, True),
        OTHER_SHA: Verdict("missing", "no Provenance-Attestation: trailer — ü", None, False),
        "0" * 40: Verdict("exempt", "made by the forge (committer noreply@github.com)"),
    }
    data = b"".join(attestation_wire.encode_verdict(sha, verdict) for sha, verdict in verdicts.items())
    assert data.isascii() and data.count(b"\n") == 3
    assert attestation_wire.decode_verdicts(data) == verdicts
    assert attestation_wire.decode_verdicts(b"") == {}  # nothing sent, nothing to answer


@pytest.mark.parametrize("line", [
    pytest.param(b"not json\n", id="not-json"),
    pytest.param(b"", id="empty"),  # the input ended before the header
    pytest.param(b"\xff\xfe{}\n", id="not-utf-8"),
    pytest.param(b'{"format": 1, "top": "/repo"\n', id="cut-short"),
    pytest.param(b"null\n", id="null"),
    pytest.param(b"[1, 2, 3]\n", id="a-list"),
    pytest.param(b'"a string"\n', id="a-string"),
    pytest.param(b'{"format": 1}\n', id="keys-missing"),
])  # fmt: skip
def test_a_header_that_is_not_a_header_is_a_wire_error(line: bytes) -> None:
    with pytest.raises(WireError):
        attestation_wire.decode_header(line)


def _signers(document: dict[str, object]) -> list[list[object]]:
    return document["trust"]["signers"]  # type: ignore[index, no-any-return]


def _with_format_2(document: dict[str, object]) -> None:
    document["format"] = 2


def _with_a_short_signer(document: dict[str, object]) -> None:
    _signers(document)[0] = _signers(document)[0][:-1]


def _with_a_long_signer(document: dict[str, object]) -> None:
    _signers(document)[0] = [*_signers(document)[0], "extra"]


def _with_a_key_not_hex(document: dict[str, object]) -> None:
    _signers(document)[0][2] = "not hex"


def _with_a_key_not_text(document: dict[str, object]) -> None:
    _signers(document)[0][2] = 12


def _with_signers_not_a_list(document: dict[str, object]) -> None:
    document["trust"] = {"path": "x", "signers": 3}


def _with_trust_a_list(document: dict[str, object]) -> None:
    document["trust"] = ["x", []]


def _with_forge_committers_a_number(document: dict[str, object]) -> None:
    document["forge_committers"] = 5


@pytest.mark.parametrize("damage", [
    _with_format_2, _with_a_short_signer, _with_a_long_signer, _with_a_key_not_hex, _with_a_key_not_text,
    _with_signers_not_a_list, _with_trust_a_list, _with_forge_committers_a_number,
])  # fmt: skip
def test_a_header_of_another_format_or_shape_is_a_wire_error(damage: object) -> None:
    document = _header_document()
    attestation_wire.decode_header(_line(document))  # undamaged, it reads
    damage(document)  # type: ignore[operator]
    with pytest.raises(WireError):
        attestation_wire.decode_header(_line(document))


def test_the_format_number_is_named_in_the_error() -> None:
    document = {**_header_document(), "format": 2}
    with pytest.raises(WireError, match="header format 2, expected 1"):
        attestation_wire.decode_header(_line(document))


def _commit_fields() -> list[object]:
    fields: list[object] = json.loads(attestation_wire.encode_commit(_commit("M\n", (AgentRecord("a", "b"),))))
    return fields


@pytest.mark.parametrize("line", [
    pytest.param(b"not json", id="not-json"),
    pytest.param(b"", id="empty-line"),
    pytest.param(b"null", id="null"),
    pytest.param(b"42", id="a-number"),
    pytest.param(_line(_commit_fields()[:-1]), id="seven-fields"),
    pytest.param(_line([*_commit_fields(), "ninth"]), id="nine-fields"),
    pytest.param(_line({str(n): n for n in range(8)}), id="an-object-of-eight-keys"),
    pytest.param(_line([*_commit_fields()[:6], [["tool", "model", "extra"]], []]), id="an-agent-of-three"),
    pytest.param(_line([*_commit_fields()[:6], [["tool"]], []]), id="an-agent-of-one"),
    pytest.param(_line([*_commit_fields()[:6], 5, []]), id="agents-a-number"),
    pytest.param(_line([*_commit_fields()[:7], 5]), id="conventions-a-number"),
])  # fmt: skip
def test_a_commit_line_of_another_shape_is_a_wire_error(line: bytes) -> None:
    good = attestation_wire.encode_commit(_commit("Good\n"))
    with pytest.raises(WireError):
        attestation_wire.decode_commits([good, line], lambda sha: None)


@pytest.mark.parametrize("data", [
    pytest.param(b"not json\n", id="not-json"),
    pytest.param(b"\xff\n", id="not-utf-8"),
    pytest.param(_line([SHA, "valid", "detail", None]), id="four-fields"),
    pytest.param(_line([SHA, "valid", "detail", None, True, "sixth"]), id="six-fields"),
    pytest.param(b"null\n", id="null"),
    pytest.param(b"{}\n", id="an-object"),
    pytest.param(_line([SHA, "valid", "detail", None, True]) + b"\n" + _line([OTHER_SHA, "valid", "", None, True]),
                 id="a-blank-line-between"),
    pytest.param(_line([SHA, "valid", "detail", None, True]) + b'["cut', id="the-last-line-cut-short"),
])  # fmt: skip
def test_an_answer_that_is_not_verdicts_is_a_wire_error(data: bytes) -> None:
    with pytest.raises(WireError):
        attestation_wire.decode_verdicts(data)


@pytest.mark.parametrize("decode", [
    attestation_wire.decode_header,
    lambda line: attestation_wire.decode_commits([line], lambda sha: None),
    attestation_wire.decode_verdicts,
])  # fmt: skip
def test_deeply_nested_json_is_a_wire_error(decode: Any) -> None:
    with pytest.raises(WireError):
        decode(b"[" * 100_000 + b"]" * 100_000)  # json.loads raises RecursionError on it
