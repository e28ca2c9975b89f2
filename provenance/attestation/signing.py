"""Signing a statement: in-process with an unencrypted ed25519 key, otherwise through ``ssh-keygen -Y sign``.

``signer_for(path)`` picks the fastest way for the key at ``path``: a key ``git provenance keygen``
made (or ``ssh-keygen -t ed25519 -N ''``) is read by a standard-library reader and signs in
about 0.1 ms; any other key -- passphrase-protected, held by ssh-agent (name its ``.pub`` file),
a security key -- signs as git signs SSH commits: ``ssh-keygen -Y sign -n git-provenance -f KEY``.
This module runs in the commit-msg hook, so it imports neither pathlib nor cryptography's
serialization modules (paths are ``str`` or ``os.PathLike``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, NamedTuple

from provenance.attestation import openssh_key, sshsig
from provenance.attestation.errors import MalformedError, SigningKeyError
from provenance.gitio import runner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KeyPath = str | os.PathLike[str]


def load_ed25519(path: KeyPath) -> Ed25519PrivateKey | None:
    """The unencrypted ed25519 key in OpenSSH format at ``path``, or None if it is any other key
    (passphrase-protected, another type, a public key) that only ssh-keygen can sign with."""
    try:
        with open(path, "rb") as handle:
            secret = openssh_key.read_ed25519(handle.read())
    except OSError as exc:
        raise SigningKeyError(f"cannot read the signing key {os.fspath(path)}: {exc.strerror}") from None
    except MalformedError as exc:
        remedy = "make a new key with `git provenance keygen --force`"
        raise SigningKeyError(f"{os.fspath(path)}: {exc}; {remedy}") from None
    if secret is None:
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(secret.seed)
    if key.public_key().public_bytes_raw() != secret.public:
        raise SigningKeyError(f"{os.fspath(path)}: the private key does not match the public key stored with it")
    return key


class InProcessSigner(NamedTuple):
    """Signs with an ed25519 key held in memory."""

    key: Ed25519PrivateKey

    def sign(self, message: bytes) -> sshsig.SshSignature:
        return sshsig.sign_ed25519(self.key, message)


class SshKeygenSigner(NamedTuple):
    """Signs through ``ssh-keygen -Y sign``: a private key file (it may ask for the passphrase on
    the terminal), or a ``.pub`` file whose private key ssh-agent holds (SSH_AUTH_SOCK)."""

    key_path: KeyPath

    def sign(self, message: bytes) -> sshsig.SshSignature:
        argv = ["ssh-keygen", "-q", "-Y", "sign", "-n", sshsig.NAMESPACE, "-f", os.fspath(self.key_path)]
        try:
            result = runner.run_program(argv, stdin=message)
        except OSError as exc:
            raise SigningKeyError(f"cannot run ssh-keygen to sign with {os.fspath(self.key_path)} ({exc.strerror}); "
                                  "install OpenSSH (openssh-client)") from None
        if result.returncode != 0:
            reason = runner.first_line(result.stderr) or f"exit status {result.returncode}"
            raise SigningKeyError(f"ssh-keygen -Y sign -f {os.fspath(self.key_path)}: {reason}")
        try:
            return sshsig.parse(result.stdout)
        except MalformedError as exc:
            problem = f"ssh-keygen -Y sign -f {os.fspath(self.key_path)} printed no usable signature"
            raise SigningKeyError(f"{problem}: {exc}") from None


# Either way of signing (a Protocol would cost the hook a millisecond to create).
Signer = InProcessSigner | SshKeygenSigner


def signer_for(path: KeyPath) -> Signer:
    """The fastest way to sign with the key at ``path``: in-process when it is an unencrypted
    ed25519 key, otherwise through ssh-keygen (a ``.pub`` path always goes to ssh-agent)."""
    if not os.fspath(path).endswith(".pub"):
        key = load_ed25519(path)
        if key is not None:
            return InProcessSigner(key)
    if not os.path.exists(path):
        raise SigningKeyError(f"the signing key {os.fspath(path)} does not exist; run `git provenance keygen` "
                              "or name another key")
    return SshKeygenSigner(path)
