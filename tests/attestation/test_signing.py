"""Signing: ssh-keygen for every key (ssh-agent included), with an in-process fallback for unencrypted ed25519."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.attestation import agent as agent_protocol
from provenance.attestation import keys, signing, sshsig
from provenance.attestation.errors import SigningKeyError
from provenance.attestation.signing import AgentSigner, KeyFileSigner, SshKeygenSigner
from tests.attestation.openssh import add_to_agent, agent, make_key, needs_openssh, openssh_accepts, public_line

MESSAGE = b"statement bytes"
PRINCIPAL = "ada@example.com"


@needs_openssh
@pytest.mark.parametrize("key_type", ["ed25519", "rsa"])
def test_a_key_made_by_ssh_keygen_signs_and_the_signature_verifies(tmp_path: Path, key_type: str) -> None:
    key = make_key(tmp_path / "id", key_type)
    signer = signing.signer_for(key)
    # ed25519 without a passphrase can fall back to signing in-process; other types cannot.
    assert isinstance(signer, KeyFileSigner if key_type == "ed25519" else SshKeygenSigner)
    signature = signer.sign(MESSAGE)
    assert sshsig.is_valid(signature, MESSAGE) and signature.namespace == "git-provenance"
    assert sshsig.key_type(signature.public_key) == public_line(key).split()[0]
    assert SshKeygenSigner(key).sign(MESSAGE).public_key == signature.public_key


@needs_openssh
def test_a_passphrase_protected_key_signs_through_ssh_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_key(tmp_path / "id_ed25519", passphrase="correct horse")
    assert signing.load_ed25519(key) is None  # it needs its passphrase: never loaded in-process
    with agent(tmp_path) as env:
        add_to_agent(key, "correct horse", env, tmp_path)
        monkeypatch.setenv("SSH_AUTH_SOCK", env["SSH_AUTH_SOCK"])
        for path in (key.with_name("id_ed25519.pub"), key):  # the .pub alone, or the encrypted key
            signer = signing.signer_for(path)
            assert isinstance(signer, AgentSigner if path.suffix == ".pub" else SshKeygenSigner)
            signature = signer.sign(MESSAGE)
            assert sshsig.is_valid(signature, MESSAGE)
            allowed = tmp_path / "allowed_signers"
            allowed.write_text(f"{PRINCIPAL} {public_line(key)}\n")
            assert openssh_accepts(allowed, PRINCIPAL, sshsig.armor(signature), MESSAGE, 1767225600)


@needs_openssh
def test_a_public_key_without_an_agent_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_key(tmp_path / "id_ed25519")
    lone = tmp_path / "elsewhere" / "id_ed25519.pub"  # (beside its private key, ssh-keygen would use that)
    lone.parent.mkdir()
    lone.write_text(key.with_name("id_ed25519.pub").read_text())
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    with pytest.raises(SigningKeyError) as caught:
        signing.signer_for(lone).sign(MESSAGE)
    assert str(caught.value).startswith("ssh-keygen -Y sign -f ") and "\n" not in str(caught.value)


def test_a_missing_key_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(SigningKeyError, match="cannot read the signing key"):
        signing.signer_for(tmp_path / "nothing")
    with pytest.raises(SigningKeyError, match="does not exist; run `git provenance keygen`"):
        signing.signer_for(tmp_path / "nothing.pub")


def test_without_ssh_keygen_the_error_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "key.pub").write_text("ssh-ed25519 AAAA\n")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(SigningKeyError, match=r"cannot run ssh-keygen .*install OpenSSH \(openssh-client\)"):
        signing.signer_for(tmp_path / "key.pub").sign(MESSAGE)


@needs_openssh
def test_ssh_keygen_and_the_in_process_way_make_the_same_signature(tmp_path: Path) -> None:
    key = make_key(tmp_path / "id")  # ed25519 signatures are deterministic, so both ways agree byte for byte
    for message in (MESSAGE, b"", "é\n".encode() * 500):
        assert SshKeygenSigner(key).sign(message) == signing.signer_for(key, many=True).sign(message)
        assert signing.signer_for(key).sign(message) == signing.signer_for(key, many=True).sign(message)


@needs_openssh
def test_an_unencrypted_ed25519_key_signs_in_process_where_ssh_keygen_cannot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_key(tmp_path / "id")
    expected = signing.signer_for(key, many=True).sign(MESSAGE)
    key.chmod(0o644)  # ssh-keygen refuses a private key others can read ("UNPROTECTED PRIVATE KEY FILE")
    with pytest.raises(SigningKeyError):
        SshKeygenSigner(key).sign(MESSAGE)
    assert signing.signer_for(key).sign(MESSAGE) == expected
    key.chmod(0o600)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no ssh-keygen at all
    assert signing.signer_for(key).sign(MESSAGE) == expected


def test_a_key_file_that_changed_after_it_was_read_is_one_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = keys.keygen(tmp_path / "k")
    signer = signing.signer_for(made.private_path)
    made.private_path.write_text("-----BEGIN RSA PRIVATE KEY-----\n...\n")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(SigningKeyError, match="is no longer an unencrypted ed25519 key"):
        signer.sign(MESSAGE)


@needs_openssh
@pytest.mark.parametrize("key_type", ["ed25519", "rsa", "ecdsa"])
def test_the_agent_signs_through_its_protocol_what_ssh_keygen_would(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key_type: str) -> None:
    key = make_key(tmp_path / "id", key_type, passphrase="correct horse")
    pub = key.with_name("id.pub")
    with agent(tmp_path) as env:
        add_to_agent(key, "correct horse", env, tmp_path)
        monkeypatch.setenv("SSH_AUTH_SOCK", env["SSH_AUTH_SOCK"])
        blob = agent_protocol.public_key_blob(pub)
        assert blob is not None
        signature = agent_protocol.sign(blob, MESSAGE, env)
        assert signature is not None and sshsig.is_valid(signature, MESSAGE)
        by_ssh_keygen = SshKeygenSigner(pub).sign(MESSAGE)
        assert (signature.public_key, signature.namespace, signature.hash_algorithm) == (
            by_ssh_keygen.public_key, by_ssh_keygen.namespace, by_ssh_keygen.hash_algorithm)
        assert sshsig.key_type(signature.signature) == sshsig.key_type(by_ssh_keygen.signature)  # rsa-sha2-512
        if key_type == "ed25519":  # deterministic: the very same bytes
            assert signature == by_ssh_keygen
        allowed = tmp_path / "allowed_signers"
        allowed.write_text(f"{PRINCIPAL} {public_line(key)}\n")
        assert openssh_accepts(allowed, PRINCIPAL, sshsig.armor(signature), MESSAGE, 1767225600)
        # Through the signer, with no ssh-keygen to fall back on: the agent alone signed it.
        monkeypatch.setenv("PATH", str(tmp_path / "empty"))
        assert sshsig.is_valid(signing.signer_for(pub).sign(MESSAGE), MESSAGE)


@needs_openssh
def test_without_the_key_in_the_agent_ssh_keygen_signs_and_says_what_is_wrong(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_key(tmp_path / "id")
    lone = tmp_path / "elsewhere" / "id.pub"
    lone.parent.mkdir()
    lone.write_text(key.with_name("id.pub").read_text())
    with agent(tmp_path) as env:  # running, but holding no key
        monkeypatch.setenv("SSH_AUTH_SOCK", env["SSH_AUTH_SOCK"])
        blob = agent_protocol.public_key_blob(lone)
        assert blob is not None and agent_protocol.sign(blob, MESSAGE, env) is None
        with pytest.raises(SigningKeyError, match=r"^ssh-keygen -Y sign -f "):
            signing.signer_for(lone).sign(MESSAGE)


def test_no_agent_or_a_damaged_pub_file_is_no_agent_signature(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pub"
    damaged.write_text("ssh-ed25519 !!!not-base64\n")
    assert agent_protocol.public_key_blob(damaged) is None
    assert agent_protocol.public_key_blob(tmp_path / "missing.pub") is None
    ed25519_blob = b"\x00\x00\x00\x0bssh-ed25519" + b"\x00\x00\x00\x20" + bytes(32)
    assert agent_protocol.sign(ed25519_blob, MESSAGE, {}) is None  # no SSH_AUTH_SOCK
    assert agent_protocol.sign(ed25519_blob, MESSAGE, {"SSH_AUTH_SOCK": str(tmp_path / "no-agent")}) is None


def test_an_agent_answering_with_another_signature_type_is_not_believed(tmp_path: Path) -> None:
    import socket
    import threading

    from provenance.attestation import wire

    rsa_key = wire.string(b"ssh-rsa") + wire.string(b"\x01\x00\x01") + wire.string(b"\x00" + b"\xab" * 256)
    path = tmp_path / "agent.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(2)

    def answer(algorithm: bytes) -> None:  # an agent that ignores the rsa-sha2-512 flag, or honours it
        connection, _ = listener.accept()
        with connection:
            length = int.from_bytes(connection.recv(4), "big")
            while length > 0:
                length -= len(connection.recv(length))
            signature = wire.string(algorithm) + wire.string(b"s" * 256)
            connection.sendall(wire.string(bytes([agent_protocol.SIGN_RESPONSE]) + wire.string(signature)))

    try:
        for algorithm, believed in ((b"ssh-rsa", False), (b"rsa-sha2-512", True)):
            thread = threading.Thread(target=answer, args=(algorithm,))
            thread.start()
            signature = agent_protocol.sign(rsa_key, MESSAGE, {"SSH_AUTH_SOCK": str(path)})
            thread.join(timeout=10)
            assert (signature is not None) == believed, algorithm
    finally:
        listener.close()
