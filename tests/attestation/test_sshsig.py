"""SSHSIG against real OpenSSH: ours verify in ssh-keygen, ssh-keygen's verify in ours, damage is refused."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from provenance.attestation import sshsig, wire
from provenance.attestation.errors import MalformedError, UnsupportedKeyError
from provenance.attestation.signing import load_ed25519
from tests.attestation.openssh import make_key, needs_openssh, openssh_accepts, public_line, sign

pytestmark = needs_openssh
MESSAGE = b'{"statement":"any bytes at all","version":1}'
PRINCIPAL = "ada@example.com"
SIGNED_AT = 1767225600


def _allowed(folder: Path, key: Path) -> Path:
    path = folder / "allowed_signers"
    path.write_text(f"{PRINCIPAL} {public_line(key)}\n")
    return path


def test_our_signature_is_the_one_ssh_keygen_makes_and_it_verifies(tmp_path: Path) -> None:
    key = make_key(tmp_path / "id_ed25519")
    private = load_ed25519(key)
    assert private is not None
    ours = sshsig.armor(sshsig.sign_ed25519(private, MESSAGE))
    # ed25519 signatures are deterministic: the same key and bytes give ssh-keygen's output exactly.
    assert ours == sign(key, MESSAGE)
    assert openssh_accepts(_allowed(tmp_path, key), PRINCIPAL, ours, MESSAGE, SIGNED_AT)
    assert not openssh_accepts(_allowed(tmp_path, key), PRINCIPAL, ours, MESSAGE + b" ", SIGNED_AT)


@pytest.mark.parametrize("key_type", ["ed25519", "ecdsa", "rsa"])
def test_a_signature_ssh_keygen_made_verifies_here(tmp_path: Path, key_type: str) -> None:
    key = make_key(tmp_path / f"id_{key_type}", key_type)
    signature = sshsig.parse(sign(key, MESSAGE))
    assert signature.namespace == "git-provenance" and signature.hash_algorithm == "sha512"
    assert sshsig.is_valid(signature, MESSAGE)
    assert not sshsig.is_valid(signature, MESSAGE.replace(b"any", b"Any"))
    # The key inside the signature is the key of the .pub file.
    assert base64.b64encode(signature.public_key).decode() == public_line(key).split()[1]


def test_armor_wraps_at_70_columns_and_compact_is_one_line(tmp_path: Path) -> None:
    key = make_key(tmp_path / "id_ed25519")
    armored = sign(key, MESSAGE)
    signature = sshsig.parse(armored)
    lines = sshsig.armor(signature).splitlines()
    assert lines[0] == sshsig.BEGIN and lines[-1] == sshsig.END
    assert {len(line) for line in lines[1:-2]} == {70}
    compact = sshsig.compact(signature)
    assert "\n" not in compact and sshsig.parse(compact) == signature
    assert sshsig.parse(armored.encode()) == signature
    # Sizes the design note quotes: ed25519 armored 310 characters (with its final newline), compact 248.
    assert (len(sshsig.armor(signature)), len(compact)) == (310, 248)


def test_rewrapping_the_armor_keeps_the_signature_as_openssh_does(tmp_path: Path) -> None:
    key = make_key(tmp_path / "id_ed25519")
    armored = sign(key, MESSAGE)
    body = "".join(armored.splitlines()[1:-1])
    rewrapped = "\n".join([sshsig.BEGIN, body[:76], body[76:], sshsig.END])
    assert sshsig.parse(rewrapped) == sshsig.parse(armored)
    assert openssh_accepts(_allowed(tmp_path, key), PRINCIPAL, rewrapped, MESSAGE, SIGNED_AT)
    # Line ends converted to CRLF (a Windows checkout) still read here; ssh-keygen 9.2 refuses them.
    assert sshsig.parse(armored.replace("\n", "\r\n")) == sshsig.parse(armored)


def _damaged_armor(armored: str) -> dict[str, str]:
    lines = armored.splitlines()
    body = "".join(lines[1:-1])
    blob = base64.b64decode(body)
    return {
        "truncated text": armored[:len(armored) // 2],
        "no footer": "\n".join(lines[:-1]),
        "no header": "\n".join(lines[1:]),
        "bad base64": armored.replace(body[10:12], "*!", 1),
        "truncated blob": sshsig.BEGIN + "\n" + base64.b64encode(blob[:-5]).decode() + "\n" + sshsig.END,
        "trailing data": sshsig.BEGIN + "\n" + base64.b64encode(blob + b"\0").decode() + "\n" + sshsig.END,
        "another magic": sshsig.BEGIN + "\n" + base64.b64encode(b"SSHSIX" + blob[6:]).decode() + "\n" + sshsig.END,
        "version 2": sshsig.BEGIN + "\n" + base64.b64encode(blob[:6] + b"\0\0\0\2" + blob[10:]).decode()
                     + "\n" + sshsig.END,
        "not ascii": armored.replace("A", "Ä", 1),
        "empty": "",
    }


@pytest.mark.parametrize("damage", list(_damaged_armor(sshsig.BEGIN + "\nU1NIU0lHAAAAAQ==\n" + sshsig.END)))
def test_a_damaged_signature_is_malformed_here_and_refused_by_openssh(tmp_path: Path, damage: str) -> None:
    key = make_key(tmp_path / "id_ed25519")
    damaged = _damaged_armor(sign(key, MESSAGE))[damage]
    with pytest.raises(MalformedError) as caught:
        sshsig.parse(damaged)
    assert str(caught.value).startswith("signature: ") and "\n" not in str(caught.value)
    if damage != "not ascii":  # ssh-keygen's own file reader is not the point there
        assert not openssh_accepts(_allowed(tmp_path, key), PRINCIPAL, damaged, MESSAGE, SIGNED_AT)


def _with(original: sshsig.SshSignature, **changes: object) -> sshsig.SshSignature:
    fields = {"public_key": original.public_key, "namespace": original.namespace,
              "hash_algorithm": original.hash_algorithm, "signature": original.signature,
              "reserved": original.reserved}
    fields.update(changes)
    return sshsig.SshSignature(**fields)  # type: ignore[arg-type]


def test_a_re_encoded_signature_does_not_verify_here_or_in_openssh(tmp_path: Path) -> None:
    key = make_key(tmp_path / "id_ed25519")
    signature = sshsig.parse(sign(key, MESSAGE))
    allowed = _allowed(tmp_path, key)
    raw = wire.Reader(signature.signature, "s")
    algorithm, value = raw.text(), raw.string()
    flipped = bytes([value[0] ^ 1]) + value[1:]
    for tampered in (
        _with(signature, hash_algorithm="sha256"),  # the same signature claimed over a SHA-256 digest
        _with(signature, signature=wire.string(algorithm.encode()) + wire.string(flipped)),
        _with(signature, signature=wire.string(b"ssh-rsa") + wire.string(value)),
        _with(signature, namespace="git"),
    ):
        assert not sshsig.is_valid(tampered, MESSAGE)
        armored = sshsig.armor(tampered)
        assert not openssh_accepts(allowed, PRINCIPAL, armored, MESSAGE, SIGNED_AT, namespace=tampered.namespace)


def test_the_reserved_field_is_ignored_as_openssh_ignores_it(tmp_path: Path) -> None:
    key = make_key(tmp_path / "id_ed25519")
    signature = _with(sshsig.parse(sign(key, MESSAGE)), reserved=b"future")
    assert sshsig.is_valid(signature, MESSAGE)
    assert openssh_accepts(_allowed(tmp_path, key), PRINCIPAL, sshsig.armor(signature), MESSAGE, SIGNED_AT)


def test_a_key_type_it_cannot_verify_is_named() -> None:
    public_key = wire.string(b"ssh-ed25519-cert-v01@openssh.com") + wire.string(b"\0" * 32)  # certificates: not here
    signature = sshsig.SshSignature(public_key, "git-provenance", "sha512", wire.string(b"x") + wire.string(b"y"))
    with pytest.raises(UnsupportedKeyError, match=r"key type ssh-ed25519-cert-v01@openssh\.com cannot be verified"):
        sshsig.is_valid(signature, MESSAGE)


def test_an_unknown_hash_algorithm_is_refused() -> None:
    blob = sshsig.encode(sshsig.SshSignature(sshsig.ed25519_public_key(b"\0" * 32), "n", "md5", b""))
    with pytest.raises(MalformedError, match="hash algorithm 'md5' is not sha256 or sha512"):
        sshsig.decode(blob)


@pytest.mark.parametrize("key_type", ["ecdsa", "rsa"])
def test_a_signature_made_with_another_key_of_the_same_type_does_not_verify(tmp_path: Path, key_type: str) -> None:
    signature = sshsig.parse(sign(make_key(tmp_path / "one", key_type), MESSAGE))
    other = sshsig.parse(sign(make_key(tmp_path / "two", key_type), MESSAGE))
    assert not sshsig.is_valid(_with(signature, public_key=other.public_key), MESSAGE)
