"""Reading an unencrypted ed25519 key from OpenSSH's private key file (openssh-portable PROTOCOL.key).

The hook signs with such a key on every commit, and cryptography's own OpenSSH reader would add
its serialization modules (about 10 ms of imports, measured: BENCHMARKS.md) to every commit; this
standard-library reader takes only the 32-byte seed out. Anything else -- a passphrase, another key
type, several keys -- is left to ssh-keygen (``None``).

    -----BEGIN OPENSSH PRIVATE KEY-----  base64 of:
    "openssh-key-v1\\0" string(cipher) string(kdf) string(kdf options) uint32(number of keys)
    string(public key) string(private section: uint32 check, uint32 check, string(type),
    string(public 32), string(seed 32 || public 32), string(comment), padding 1 2 3 ...)
"""

from __future__ import annotations

import binascii
import re
from typing import NamedTuple

from provenance.attestation import wire
from provenance.attestation.errors import MalformedError

BEGIN = b"-----BEGIN OPENSSH PRIVATE KEY-----"
END = b"-----END OPENSSH PRIVATE KEY-----"
_MAGIC = b"openssh-key-v1\0"
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*={0,2}")


class Ed25519Secret(NamedTuple):
    seed: bytes  # 32 bytes: the private key as cryptography's from_private_bytes takes it
    public: bytes  # 32 bytes


def read_ed25519(data: bytes) -> Ed25519Secret | None:
    """The key in an OpenSSH private key file if it is one unencrypted ed25519 key, else None.

    A file that claims to be such a key but is damaged raises ``MalformedError``.
    """
    text = data.strip()
    if not (text.startswith(BEGIN) and text.endswith(END)):
        return None
    body = b"".join(text[len(BEGIN):-len(END)].split())
    try:  # binascii, not base64 (which the hook does not load otherwise); strict as b64decode(validate=True)
        if not _BASE64.fullmatch(body):
            raise ValueError
        blob = binascii.a2b_base64(body)
    except (binascii.Error, ValueError):
        raise MalformedError("private key: the base64 text is damaged") from None
    if not blob.startswith(_MAGIC):
        return None
    reader = wire.Reader(blob[len(_MAGIC):], "private key")
    cipher, kdf, _options, count = reader.text(), reader.text(), reader.string(), reader.uint32()
    if cipher != "none" or kdf != "none" or count != 1:
        return None  # passphrase-protected, or several keys: ssh-keygen's job
    public_blob, private_section = reader.string(), reader.string()
    reader.end()
    if wire.Reader(public_blob, "private key").text() != "ssh-ed25519":
        return None
    return _private_section(private_section, public_blob)


def _private_section(section: bytes, public_blob: bytes) -> Ed25519Secret:
    reader = wire.Reader(section, "private key")
    check, check_again = reader.uint32(), reader.uint32()
    key_type, public, secret, _comment = reader.text(), reader.string(), reader.string(), reader.string()
    padding = reader.rest()
    if check != check_again or key_type != "ssh-ed25519" or len(public) != 32 or len(secret) != 64:
        raise MalformedError("private key: the ed25519 key section is damaged")
    if secret[32:] != public or public_blob != wire.string(b"ssh-ed25519") + wire.string(public):
        raise MalformedError("private key: the public and private halves do not belong together")
    if padding != bytes(range(1, len(padding) + 1)):
        raise MalformedError("private key: bad padding")
    return Ed25519Secret(secret[:32], public)
