"""The trailer form: what it holds, how long it is, and that any damage is a one-line error."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.attestation import canonical, keys, signing, sshsig, statement, transport
from provenance.attestation.errors import MalformedError
from provenance.attestation.statement import AgentRecord, DisclosureRecord, Statement
from tests.attestation.openssh import make_key, needs_openssh, sign
from tests.gitutil import git_interpret_trailers

SIGNED = Statement("b90e72ad" + "1" * 32, DisclosureRecord("assisted", (AgentRecord("Claude", "claude-sonnet-4"),),
                                                           ("assisted-by",)),
                   statement.digest(b"policy"), "git-provenance 0.1.0", 1_767_225_600, "ada@example.com")


@pytest.fixture
def key(tmp_path: Path) -> keys.GeneratedKey:
    return keys.keygen(tmp_path / "signing_key")


def _line(key: keys.GeneratedKey, signed: Statement = SIGNED) -> str:
    return transport.encode(signed, signing.signer_for(key.private_path).sign(statement.serialise(signed)))


def test_the_trailer_rebuilds_the_statement_and_its_signature(key: keys.GeneratedKey) -> None:
    line = _line(key)
    assert line.startswith("Provenance-Attestation: v1 t=1767225600 v=0.1.0 p=")
    assert " e=- c=b90e72ad d=" in line and len(line) <= 260
    decoded = transport.decode(line.partition(": ")[2])
    rebuilt = decoded.statement(SIGNED.patch_id, SIGNED.disclosure, SIGNED.signer)
    assert rebuilt == SIGNED
    assert sshsig.is_valid(decoded.signature, statement.serialise(rebuilt))
    assert decoded.signature == signing.signer_for(key.private_path).sign(statement.serialise(SIGNED))


def test_an_evidence_digest_costs_43_characters(key: keys.GeneratedKey) -> None:
    with_evidence = SIGNED._replace(evidence=statement.digest(b"summary"))
    line = _line(key, with_evidence)
    assert len(line) == len(_line(key)) + 42
    assert transport.decode(line.partition(": ")[2]).evidence == with_evidence.evidence


@needs_openssh
@pytest.mark.parametrize("key_type", ["ecdsa", "rsa"])
def test_other_key_types_carry_the_whole_sshsig_blob(tmp_path: Path, key_type: str) -> None:
    private = make_key(tmp_path / key_type, key_type)
    signature = sshsig.parse(sign(private, statement.serialise(SIGNED)))
    line = transport.encode(SIGNED, signature)
    assert " b=" in line and " k=" not in line
    decoded = transport.decode(line.partition(": ")[2])
    assert decoded.signature == signature
    assert sshsig.is_valid(decoded.signature, statement.serialise(SIGNED))


def test_git_reads_it_as_a_trailer(key: keys.GeneratedKey) -> None:
    line = _line(key)
    message = transport.with_attestation("Add a parser\n\nBody.\n\nAssisted-by: Claude:claude-sonnet-4\n", line)
    assert message.endswith(f"Assisted-by: Claude:claude-sonnet-4\n{line}\n")
    assert git_interpret_trailers(message) == ["Assisted-by: Claude:claude-sonnet-4", line]
    assert transport.find(message) == [transport.Found(6, line.partition(": ")[2])]


def test_a_message_without_trailers_gets_a_new_paragraph_and_an_amend_replaces_the_old_line(
        key: keys.GeneratedKey) -> None:
    line = _line(key)
    message = transport.with_attestation("Fix a typo\n", line)
    assert message == f"Fix a typo\n\n{line}\n"
    assert transport.without_attestations(message) == "Fix a typo\n"
    newer = line.replace("t=1767225600", "t=1767225601")
    assert transport.with_attestation(message, newer) == f"Fix a typo\n\n{newer}\n"
    body = "Fix\n\nAI-Assisted: none\n"
    assert transport.without_attestations(transport.with_attestation(body, line)) == body


def test_a_line_in_the_body_is_no_attestation(key: keys.GeneratedKey) -> None:
    line = _line(key)
    assert transport.find(f"Subject\n\n{line}\n\nPlain text that ends the message.\n") == []


def _value(key: keys.GeneratedKey) -> str:
    return _line(key).partition(": ")[2]


@pytest.mark.parametrize(("damage", "expected"), [
    (lambda v: v.replace("v1 ", "v2 "), "newer than this git-provenance reads"),
    (lambda v: v.replace("v1 ", "x1 "), "expected 'v1'"),
    (lambda v: v.rsplit(" s=", 1)[0], "expected the fields"),
    (lambda v: v[:-10], "truncated"),
    (lambda v: v + "==", "not unpadded base64url"),
    (lambda v: v.replace("-", "+").replace("_", "/"), "base64url"),
    (lambda v: v.replace("t=1767225600", "t=01767225600"), "not a time"),
    (lambda v: v.replace("c=b90e72ad", "c=B90E72AD"), "hex digits"),
    (lambda v: v.replace("v=0.1.0", "v=0.1.0;x"), "not a version"),
])  # fmt: skip
def test_damage_is_a_one_line_error_naming_what(key: keys.GeneratedKey, damage: object, expected: str) -> None:
    with pytest.raises(MalformedError) as caught:
        transport.decode(damage(_value(key)))  # type: ignore[operator]
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_an_ed25519_blob_written_as_b_is_a_re_encoding(key: keys.GeneratedKey) -> None:
    value = _value(key)
    decoded = transport.decode(value)
    blob = transport._b64(sshsig.encode(decoded.signature))
    re_encoded = value.split(" k=")[0] + f" b={blob}"
    with pytest.raises(MalformedError, match="written as k= and s="):
        transport.decode(re_encoded)


@given(st.text(max_size=300))
def test_any_value_decodes_or_is_a_malformed_error(value: str) -> None:
    with contextlib.suppress(MalformedError):
        transport.decode(value)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=0, max_value=2**53 - 1) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@given(_json_values)
def test_the_canonical_writer_writes_what_json_dumps_writes(value: object) -> None:
    try:
        expected = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(ValueError):
            canonical.dumps(value)
        return
    assert canonical.dumps(value) == expected


_LINES = ["Subject", "", "Plain text.", "Assisted-by: Claude:claude-sonnet-4", "Signed-off-by: Ada <ada@example.com>",
          "Provenance-Attestation: v1 t=1", "provenance-attestation: v1 t=2", "Provenance-Attestation : v1 t=3",
          "  continued", "# a comment", "(cherry picked from commit 0123456789abcdef)", "Key:no space", " ", "\r",
          "Provenance-Attestation: v1 t=4\r", "---", "# ------------------------ >8 ------------------------"]


@given(st.lists(st.sampled_from(_LINES), max_size=12))
def test_the_quick_reading_of_the_last_paragraph_agrees_with_the_trailer_parser(lines: list[str]) -> None:
    message = "\n".join(lines) + "\n"
    block = transport.parse_trailers(message, "#")
    expected = [transport.Found(t.line, t.value) for t in block.trailers
                if t.normalized_key == "provenance-attestation"]
    assert transport.find(message) == expected
