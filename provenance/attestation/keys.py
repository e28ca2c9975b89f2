"""Making a signing key: ``keygen`` and where it goes by default (signing with it: ``signing``).

``git provenance keygen`` writes an unencrypted ed25519 key in OpenSSH's private key format
(``-----BEGIN OPENSSH PRIVATE KEY-----``, what ``ssh-keygen -t ed25519 -N ''`` writes), mode 0600,
with the public key beside it in ``PATH.pub``; by default at
``$XDG_CONFIG_HOME/git-provenance/signing_key`` (``~/.config/git-provenance/signing_key``). Such a
key loads in well under a millisecond, so a hook signs in-process.

Any other key -- passphrase-protected, held by ssh-agent, a security key -- signs through
ssh-keygen, as git signs SSH commits (``signing``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from provenance.attestation import sshsig
from provenance.attestation.errors import SigningKeyError

KEY_FILE_NAME = "signing_key"


def default_key_path() -> Path:
    """``$XDG_CONFIG_HOME/git-provenance/signing_key``, with ``~/.config`` when the variable is unset."""
    config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(config_home) / "git-provenance" / KEY_FILE_NAME


@dataclass(frozen=True, slots=True)
class GeneratedKey:
    private_path: Path
    public_path: Path
    key_type: str
    public_base64: str

    @property
    def public_line(self) -> str:
        """The ``.pub`` file's line: ``ssh-ed25519 AAAA...``."""
        return f"{self.key_type} {self.public_base64}"

    def allowed_signers_line(self, principal: str) -> str:
        """The trust-file line that lets ``principal`` sign attestations with this key."""
        return f'{principal} namespaces="{sshsig.NAMESPACE}" {self.public_line}'


def keygen(path: Path, comment: str = "", force: bool = False) -> GeneratedKey:
    """A new unencrypted ed25519 key at ``path`` (mode 0600) and ``path.pub`` beside it.

    An existing key is kept unless ``force``; the folder is created (mode 0700) if missing.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    public_path = path.with_name(path.name + ".pub")
    if not force:
        for existing in (path, public_path):
            if existing.exists():
                raise SigningKeyError(f"{existing} already exists; keep it, or pass --force to replace it "
                                      "(signatures made with the old key then verify only while it stays trusted)")
    key = Ed25519PrivateKey.generate()
    private_text = key.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption())
    key_type, public_base64 = key.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode().split()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_private(path, private_text)
        public_path.write_text(" ".join(filter(None, (key_type, public_base64, comment))) + "\n", encoding="utf-8")
    except OSError as exc:
        raise SigningKeyError(f"cannot write the key to {exc.filename or path}: {exc.strerror}") from None
    return GeneratedKey(path, public_path, key_type, public_base64)


def _write_private(path: Path, data: bytes) -> None:
    # Written to a new file created 0600 and renamed over the old one: the key is never readable
    # by others, not even for a moment, and a failure leaves any old key whole.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o600)  # whatever the umask did
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
