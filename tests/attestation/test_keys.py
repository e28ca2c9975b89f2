"""Keys: keygen's file (mode, OpenSSH's format, no overwrite); signing in-process, by ssh-keygen, by ssh-agent."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from provenance.attestation import keys, sshsig
from provenance.attestation.errors import SigningKeyError
from provenance.attestation.keys import InProcessSigner, SshKeygenSigner
from tests.attestation.openssh import (
    add_to_agent,
    agent,
    make_key,
    needs_openssh,
    openssh_accepts,
    public_line,
    ssh_keygen,
)

MESSAGE = b"statement bytes"
PRINCIPAL = "ada@example.com"


def test_keygen_writes_a_private_key_only_its_owner_reads(tmp_path: Path) -> None:
    made = keys.keygen(tmp_path / "new" / "signing_key", comment=PRINCIPAL)
    assert stat.S_IMODE(made.private_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.private_path.parent.stat().st_mode) == 0o700
    assert made.private_path.read_text().startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    assert made.public_path.read_text() == f"{made.public_line} {PRINCIPAL}\n"
    assert made.public_line.startswith("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5")
    assert made.allowed_signers_line(PRINCIPAL) == f'{PRINCIPAL} namespaces="git-provenance" {made.public_line}'
    # Nothing else is left behind (the private key is written to a temporary file first).
    assert sorted(p.name for p in made.private_path.parent.iterdir()) == ["signing_key", "signing_key.pub"]


def test_keygen_refuses_to_overwrite_a_key_unless_forced(tmp_path: Path) -> None:
    first = keys.keygen(tmp_path / "signing_key")
    before = first.private_path.read_bytes()
    with pytest.raises(SigningKeyError, match="signing_key already exists; keep it, or pass --force"):
        keys.keygen(tmp_path / "signing_key")
    assert first.private_path.read_bytes() == before
    first.private_path.unlink()  # a lone .pub is protected too: it may be in someone's trust file
    with pytest.raises(SigningKeyError, match=r"signing_key\.pub already exists"):
        keys.keygen(tmp_path / "signing_key")
    second = keys.keygen(tmp_path / "signing_key", force=True)
    assert second.public_line != first.public_line
    assert stat.S_IMODE(second.private_path.stat().st_mode) == 0o600


def test_keygen_into_a_folder_it_cannot_write_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(SigningKeyError, match="cannot write the key to"):
        keys.keygen(tmp_path / "file" / "signing_key")


def test_the_default_path_is_under_the_xdg_config_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert keys.default_key_path() == tmp_path / "xdg" / "git-provenance" / "signing_key"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert keys.default_key_path() == tmp_path / "home" / ".config" / "git-provenance" / "signing_key"


@needs_openssh
def test_openssh_reads_the_key_keygen_writes_and_accepts_its_signatures(tmp_path: Path) -> None:
    made = keys.keygen(tmp_path / "signing_key")
    derived = ssh_keygen("-y", "-f", str(made.private_path))
    assert derived.returncode == 0 and derived.stdout.decode().split()[:2] == made.public_line.split()
    signer = keys.signer_for(made.private_path)
    assert isinstance(signer, InProcessSigner)
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(made.allowed_signers_line(PRINCIPAL) + "\n")
    assert openssh_accepts(allowed, PRINCIPAL, sshsig.armor(signer.sign(MESSAGE)), MESSAGE, 1767225600)


@needs_openssh
@pytest.mark.parametrize("key_type", ["ed25519", "rsa"])
def test_a_key_made_by_ssh_keygen_signs_and_the_signature_verifies(tmp_path: Path, key_type: str) -> None:
    key = make_key(tmp_path / "id", key_type)
    signer = keys.signer_for(key)
    # ed25519 without a passphrase loads in-process; other types go through ssh-keygen.
    assert isinstance(signer, InProcessSigner if key_type == "ed25519" else SshKeygenSigner)
    signature = signer.sign(MESSAGE)
    assert sshsig.is_valid(signature, MESSAGE) and signature.namespace == "git-provenance"
    assert sshsig.key_type(signature.public_key) == public_line(key).split()[0]
    assert SshKeygenSigner(key).sign(MESSAGE).public_key == signature.public_key


@needs_openssh
def test_a_passphrase_protected_key_signs_through_ssh_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_key(tmp_path / "id_ed25519", passphrase="correct horse")
    assert keys.load_ed25519(key) is None  # it needs its passphrase: never loaded in-process
    with agent(tmp_path) as env:
        add_to_agent(key, "correct horse", env, tmp_path)
        monkeypatch.setenv("SSH_AUTH_SOCK", env["SSH_AUTH_SOCK"])
        for path in (key.with_name("id_ed25519.pub"), key):  # the .pub alone, or the encrypted key
            signer = keys.signer_for(path)
            assert isinstance(signer, SshKeygenSigner)
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
        keys.signer_for(lone).sign(MESSAGE)
    assert str(caught.value).startswith("ssh-keygen -Y sign -f ") and "\n" not in str(caught.value)


def test_a_missing_key_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(SigningKeyError, match="cannot read the signing key"):
        keys.signer_for(tmp_path / "nothing")
    with pytest.raises(SigningKeyError, match="does not exist; run `git provenance keygen`"):
        keys.signer_for(tmp_path / "nothing.pub")


def test_without_ssh_keygen_the_error_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "key.pub").write_text("ssh-ed25519 AAAA\n")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(SigningKeyError, match=r"cannot run ssh-keygen .*install OpenSSH \(openssh-client\)"):
        keys.signer_for(tmp_path / "key.pub").sign(MESSAGE)
