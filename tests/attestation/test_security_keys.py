"""Security keys (FIDO: sk-ssh-ed25519, sk-ecdsa-sha2-nistp256): their signatures verify here as in OpenSSH.

No hardware here, so the tests play the key: an ed25519 or ECDSA P-256 signature, made with a
software private key, over what PROTOCOL.u2f says a security key signs
(``sshsig.security_key_signed_data``). ``ssh-keygen -Y verify`` accepting it shows the bytes are
those of a real key's signature."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from provenance.attestation import signing, sshsig, wire
from tests.attestation.attested import commit_attested, commit_trust_file, verify_json
from tests.attestation.openssh import needs_openssh, openssh_accepts
from tests.gitutil import git

MESSAGE = b'{"statement":"any bytes at all","version":1}'
PRINCIPAL = "ada@example.com"
SIGNED_AT = 1767225600


def _mpint(number: int) -> bytes:
    return wire.string(number.to_bytes(number.bit_length() // 8 + 1, "big"))


class SoftwareSecurityKey:
    """What a FIDO key holds and does, in software: the key pair, its application, its signatures."""

    def __init__(self, kind: str, application: bytes = b"ssh:") -> None:
        self.kind = kind
        if kind == sshsig.SK_ED25519:
            self._ed25519 = Ed25519PrivateKey.generate()
            point = self._ed25519.public_key().public_bytes_raw()
            self.public_key = wire.string(kind.encode()) + wire.string(point) + wire.string(application)
        else:
            self._ecdsa = ec.generate_private_key(ec.SECP256R1())
            point = self._ecdsa.public_key().public_bytes(serialization.Encoding.X962,
                                                          serialization.PublicFormat.UncompressedPoint)
            self.public_key = (wire.string(kind.encode()) + wire.string(b"nistp256") + wire.string(point)
                               + wire.string(application))
        self.application = application

    def public_line(self) -> str:
        return f"{self.kind} {base64.b64encode(self.public_key).decode()}"

    def sign(self, message: bytes, flags: int = 0x01, counter: int = 7) -> sshsig.SshSignature:
        data = sshsig.signed_data(message, sshsig.NAMESPACE, sshsig.DEFAULT_HASH)
        signed = sshsig.security_key_signed_data(data, self.application, flags, counter)
        if self.kind == sshsig.SK_ED25519:
            raw = wire.string(self._ed25519.sign(signed))
        else:
            r, s = decode_dss_signature(self._ecdsa.sign(signed, ec.ECDSA(hashes.SHA256())))
            raw = wire.string(_mpint(r) + _mpint(s))
        blob = wire.string(self.kind.encode()) + raw + bytes([flags]) + counter.to_bytes(4, "big")
        return sshsig.SshSignature(self.public_key, sshsig.NAMESPACE, sshsig.DEFAULT_HASH, blob)


def _with_tail(signature: sshsig.SshSignature, flags: int, counter: int) -> sshsig.SshSignature:
    """The same signature bytes claiming other flags or another counter than the key signed."""
    return signature._replace(signature=signature.signature[:-5] + bytes([flags]) + counter.to_bytes(4, "big"))


KINDS = [sshsig.SK_ED25519, sshsig.SK_ECDSA]


@needs_openssh
@pytest.mark.parametrize("kind", KINDS)
def test_a_security_keys_signature_verifies_here_as_in_openssh(tmp_path: Path, kind: str) -> None:
    key = SoftwareSecurityKey(kind)
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(f"{PRINCIPAL} {key.public_line()}\n")

    def both(signature: sshsig.SshSignature, message: bytes = MESSAGE) -> tuple[bool, bool]:
        return (openssh_accepts(allowed, PRINCIPAL, sshsig.armor(signature), message, SIGNED_AT),
                sshsig.is_valid(signature, message))

    signature = key.sign(MESSAGE)
    assert both(signature) == (True, True)
    assert both(key.sign(MESSAGE, flags=0x00)) == (True, True)  # no touch required, as ssh-keygen -Y verify
    assert both(signature, MESSAGE + b" ") == (False, False)
    assert both(_with_tail(signature, 0x05, 7)) == (False, False)  # flags it did not sign
    assert both(_with_tail(signature, 0x01, 8)) == (False, False)  # a counter it did not sign
    other_application = SoftwareSecurityKey(kind, b"ssh:other")
    assert sshsig.is_valid(other_application.sign(MESSAGE), MESSAGE)
    moved = other_application.sign(MESSAGE)._replace(public_key=key.public_key)
    assert not sshsig.is_valid(moved, MESSAGE)


@pytest.mark.parametrize("kind", KINDS)
def test_a_commit_attested_with_a_security_key_verifies(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                         kind: str) -> None:
    key = SoftwareSecurityKey(kind)
    commit_trust_file(repo, f'{PRINCIPAL} namespaces="git-provenance" {key.public_line()}')
    git(repo, "checkout", "-q", "-b", "topic")

    class Signer:  # the hook signs with a security key through ssh-keygen; here the key is played
        def sign(self, message: bytes) -> sshsig.SshSignature:
            return key.sign(message)

    monkeypatch.setattr(signing, "signer_for", lambda path, many=False: Signer())
    commit_attested(repo, "Add the parser\n\nAI-Assisted: none\n", "the security key")
    code, report = verify_json(repo)
    assert code == 0, report
    commits = report["commits"]
    assert isinstance(commits, list) and [commit["attestation"] for commit in commits] == ["valid"]


def test_a_webauthn_signature_is_unsupported_not_bad() -> None:
    from provenance.attestation.errors import UnsupportedKeyError

    key = SoftwareSecurityKey(sshsig.SK_ECDSA)
    made = key.sign(MESSAGE)
    webauthn = wire.string(b"webauthn-sk-ecdsa-sha2-nistp256@openssh.com") + made.signature[len(wire.string(
        sshsig.SK_ECDSA.encode())):]
    with pytest.raises(UnsupportedKeyError, match=r"webauthn-sk-ecdsa-sha2-nistp256@openssh\.com signatures"):
        sshsig.is_valid(made._replace(signature=webauthn), MESSAGE)
