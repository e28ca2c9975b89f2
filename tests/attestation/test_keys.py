"""keygen: the key file's mode and format (OpenSSH reads it), the default place, no overwriting."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from provenance.attestation import keys, signing, sshsig
from provenance.attestation.errors import SigningKeyError
from provenance.attestation.signing import InProcessSigner, KeyFileSigner
from tests.attestation.openssh import (
    needs_openssh,
    openssh_accepts,
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
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(made.allowed_signers_line(PRINCIPAL) + "\n")
    for many in (False, True):  # through ssh-keygen (the hook's way), and in-process
        signer = signing.signer_for(made.private_path, many=many)
        assert isinstance(signer, InProcessSigner if many else KeyFileSigner)
        assert openssh_accepts(allowed, PRINCIPAL, sshsig.armor(signer.sign(MESSAGE)), MESSAGE, 1767225600)
