"""Signing keys: make one (``keygen``), and sign with a key in-process or through ``ssh-keygen -Y sign``.

``git provenance keygen`` writes an unencrypted ed25519 key in OpenSSH's private key format
(``-----BEGIN OPENSSH PRIVATE KEY-----``, what ``ssh-keygen -t ed25519 -N ''`` writes), mode 0600,
with the public key beside it in ``PATH.pub``; by default at
``$XDG_CONFIG_HOME/git-provenance/signing_key`` (``~/.config/git-provenance/signing_key``). Such a
key loads in well under a millisecond, so a hook signs in-process.

Any other key -- passphrase-protected, held by ssh-agent (name its ``.pub`` file), a security key
-- signs as git signs SSH commits: ``ssh-keygen -Y sign -n git-provenance -f KEY``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from provenance.attestation import openssh_key, sshsig
from provenance.attestation.errors import MalformedError, SigningKeyError
from provenance.gitio import runner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

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


def load_ed25519(path: Path) -> Ed25519PrivateKey | None:
    """The unencrypted ed25519 key in OpenSSH format at ``path``, or None if it is any other key
    (passphrase-protected, another type, a public key) that only ssh-keygen can sign with."""
    try:
        secret = openssh_key.read_ed25519(path.read_bytes())
    except OSError as exc:
        raise SigningKeyError(f"cannot read the signing key {path}: {exc.strerror}") from None
    except MalformedError as exc:
        raise SigningKeyError(f"{path}: {exc}; make a new key with `git provenance keygen --force`") from None
    if secret is None:
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(secret.seed)
    if key.public_key().public_bytes_raw() != secret.public:
        raise SigningKeyError(f"{path}: the private key does not match the public key stored with it")
    return key


class Signer(Protocol):
    def sign(self, message: bytes) -> sshsig.SshSignature: ...


@dataclass(frozen=True)
class InProcessSigner:
    """Signs with an ed25519 key held in memory."""

    key: Ed25519PrivateKey

    def sign(self, message: bytes) -> sshsig.SshSignature:
        return sshsig.sign_ed25519(self.key, message)


@dataclass(frozen=True)
class SshKeygenSigner:
    """Signs through ``ssh-keygen -Y sign``: a private key file (it may ask for the passphrase on
    the terminal), or a ``.pub`` file whose private key ssh-agent holds (SSH_AUTH_SOCK)."""

    key_path: Path

    def sign(self, message: bytes) -> sshsig.SshSignature:
        argv = ["ssh-keygen", "-q", "-Y", "sign", "-n", sshsig.NAMESPACE, "-f", str(self.key_path)]
        try:
            result = runner.run_program(argv, stdin=message)
        except OSError as exc:
            raise SigningKeyError(f"cannot run ssh-keygen to sign with {self.key_path} ({exc.strerror}); "
                                  "install OpenSSH (openssh-client)") from None
        if result.returncode != 0:
            reason = runner.first_line(result.stderr) or f"exit status {result.returncode}"
            raise SigningKeyError(f"ssh-keygen -Y sign -f {self.key_path}: {reason}")
        try:
            return sshsig.parse(result.stdout)
        except MalformedError as exc:
            problem = f"ssh-keygen -Y sign -f {self.key_path} printed no usable signature"
            raise SigningKeyError(f"{problem}: {exc}") from None


def signer_for(path: Path) -> Signer:
    """The fastest way to sign with the key at ``path``: in-process when it is an unencrypted
    ed25519 key, otherwise through ssh-keygen (a ``.pub`` path always goes to ssh-agent)."""
    if path.suffix != ".pub":
        key = load_ed25519(path)
        if key is not None:
            return InProcessSigner(key)
    if not path.exists():
        raise SigningKeyError(f"the signing key {path} does not exist; run `git provenance keygen` or name another key")
    return SshKeygenSigner(path)
