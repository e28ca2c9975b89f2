"""Signing a statement: through ``ssh-keygen -Y sign`` as git signs SSH commits, in-process as a fallback.

``signer_for(path)`` picks the way for the key at ``path``. A key ``git provenance keygen`` made
(or ``ssh-keygen -t ed25519 -N ''``) is checked by a standard-library reader, then signed by
ssh-keygen: starting it costs the commit-msg hook ~7 ms, importing cryptography ~28
(BENCHMARKS.md); where ssh-keygen is missing or refuses (OpenSSH before 8.1, a key file others
can read) the key signs in-process with cryptography, as it does where cryptography is imported
already (the commit-msg standby). A key ssh-agent holds (name its ``.pub`` file) signs through the
agent's protocol (``agent``), ssh-keygen as the fallback. Any other key -- passphrase-protected, a
security key's file -- signs through ssh-keygen only.
This module runs in the commit-msg hook, so it imports neither pathlib nor cryptography's
serialization modules (paths are ``str`` or ``os.PathLike``).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NamedTuple

from provenance.attestation import openssh_key, sshsig
from provenance.attestation.errors import MalformedError, SigningKeyError
from provenance.gitio import runner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KeyPath = str | os.PathLike[str]
_ED25519_MODULE = "cryptography.hazmat.primitives.asymmetric.ed25519"


def _read_ed25519(path: KeyPath) -> openssh_key.Ed25519Secret | None:
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
    return secret


def load_ed25519(path: KeyPath) -> Ed25519PrivateKey | None:
    """The unencrypted ed25519 key at ``path`` in memory (None for any other key), its seed checked
    against the public key stored with it."""
    secret = _read_ed25519(path)
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


class KeyFileSigner(NamedTuple):
    """Signs with an unencrypted ed25519 key file through ssh-keygen, else in-process. ssh-keygen
    does not check that the seed gives the stored public key (a damaged file then makes signatures
    verify rejects); the in-process way does, and so ``git provenance attest`` (``many``)."""

    key_path: KeyPath

    def sign(self, message: bytes) -> sshsig.SshSignature:
        if _ED25519_MODULE not in sys.modules:  # imported already (the commit-msg standby): in-process is free
            try:
                return SshKeygenSigner(self.key_path).sign(message)
            except SigningKeyError:
                pass  # not installed, too old, or refusing the file's permissions: sign in-process
        key = load_ed25519(self.key_path)
        if key is None:  # the file changed since signer_for read it
            raise SigningKeyError(f"{os.fspath(self.key_path)} is no longer an unencrypted ed25519 key")
        return InProcessSigner(key).sign(message)


class AgentSigner(NamedTuple):
    """Signs with the key ssh-agent holds for a ``.pub`` file: through the agent's protocol
    (``agent``), else through ssh-keygen, which then says what is wrong."""

    pub_path: KeyPath

    def sign(self, message: bytes) -> sshsig.SshSignature:
        from provenance.attestation import agent

        public_key = agent.public_key_blob(self.pub_path)
        signature = agent.sign(public_key, message, os.environ) if public_key is not None else None
        return signature if signature is not None else SshKeygenSigner(self.pub_path).sign(message)


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


# The ways of signing (a Protocol would cost the hook a millisecond to create).
Signer = InProcessSigner | KeyFileSigner | AgentSigner | SshKeygenSigner


def signer_for(path: KeyPath, many: bool = False) -> Signer:
    """The way to sign with the key at ``path``: when it is an unencrypted ed25519 key, ssh-keygen
    with an in-process fallback, or in-process only for ``many`` signatures (one import, then
    ~0.1 ms each); a ``.pub`` path goes to ssh-agent; otherwise ssh-keygen."""
    if not os.fspath(path).endswith(".pub"):
        if many:
            key = load_ed25519(path)
            if key is not None:
                return InProcessSigner(key)
        elif _read_ed25519(path) is not None:
            return KeyFileSigner(path)
    if not os.path.exists(path):
        raise SigningKeyError(f"the signing key {os.fspath(path)} does not exist; run `git provenance keygen` "
                              "or name another key")
    return AgentSigner(path) if os.fspath(path).endswith(".pub") else SshKeygenSigner(path)
