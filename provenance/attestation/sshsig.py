"""OpenSSH's SSHSIG signature format (openssh-portable PROTOCOL.sshsig), as ``ssh-keygen -Y`` writes it.

A signature blob is ``"SSHSIG" uint32(1) string(publickey) string(namespace) string(reserved)
string(hash_algorithm) string(signature)``; what the key signs is ``"SSHSIG" string(namespace)
string("") string(hash_algorithm) string(H(message))`` (the reserved field is always signed
empty, as OpenSSH does). Two text forms: armored (``-----BEGIN SSH SIGNATURE-----``, base64 wrapped
at 70 columns, what ssh-keygen prints) and compact (the same base64 on one line, for a trailer).

Signing in-process is for ed25519 keys (``git provenance keygen`` makes them); verification
in-process covers ssh-ed25519, ecdsa-sha2-nistp256/384/521, RSA (rsa-sha2-256/512, never SHA-1)
and FIDO security keys (sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@openssh.com: OpenSSH's
PROTOCOL.u2f; like ``ssh-keygen -Y verify`` it does not require the user-presence flag). Other
key types (certificates, webauthn signatures) are refused with ``UnsupportedKeyError``.
``cryptography`` is imported only inside the functions that sign or verify; ed25519 signatures
are checked by ``ed25519`` (libsodium where it is installed).
"""

from __future__ import annotations

import binascii
import functools
from typing import TYPE_CHECKING, Final, NamedTuple

from provenance.attestation import ed25519, wire
from provenance.attestation.errors import MalformedError, UnsupportedKeyError
from provenance.core import digests

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

NAMESPACE: Final = "git-provenance"
MAGIC: Final = b"SSHSIG"
VERSION: Final = 1
HASH_ALGORITHMS: Final = {"sha512": digests.sha512, "sha256": digests.sha256}
DEFAULT_HASH: Final = "sha512"
BEGIN: Final = "-----BEGIN SSH SIGNATURE-----"
END: Final = "-----END SSH SIGNATURE-----"
_ARMOR_COLUMNS: Final = 70  # sshbuf_dtob64(..., wrap=1) in OpenSSH
ED25519: Final = "ssh-ed25519"
_ECDSA_HASHES: Final = {"ecdsa-sha2-nistp256": "sha256", "ecdsa-sha2-nistp384": "sha384",
                        "ecdsa-sha2-nistp521": "sha512"}
_RSA_HASHES: Final = {"rsa-sha2-512": "sha512", "rsa-sha2-256": "sha256"}
SK_ED25519: Final = "sk-ssh-ed25519@openssh.com"
SK_ECDSA: Final = "sk-ecdsa-sha2-nistp256@openssh.com"
_ED25519_NAME: Final = wire.string(ED25519.encode("ascii"))  # how an ed25519 key in wire encoding starts
VERIFIABLE_KEY_TYPES: Final = (ED25519, *_ECDSA_HASHES, "ssh-rsa", SK_ED25519, SK_ECDSA)


class SshSignature(NamedTuple):
    public_key: bytes  # the signer's public key in SSH wire encoding
    namespace: str
    hash_algorithm: str
    signature: bytes  # string(algorithm) string(raw signature), as SSH encodes signatures
    reserved: bytes = b""

    @property
    def key_type(self) -> str:
        return key_type(self.public_key)


def key_type(public_key: bytes) -> str:
    """The type name (``ssh-ed25519``...) at the start of a public key in SSH wire encoding."""
    return wire.Reader(public_key, "public key").text()


def signed_data(message: bytes, namespace: str, hash_algorithm: str) -> bytes:
    """The bytes the key signs for ``message`` (PROTOCOL.sshsig section 3)."""
    if hash_algorithm not in HASH_ALGORITHMS:
        raise MalformedError(f"signature: hash algorithm {hash_algorithm!r} is not sha256 or sha512")
    return _signed_data_head(namespace, hash_algorithm) + wire.string(HASH_ALGORITHMS[hash_algorithm](message))


@functools.lru_cache(maxsize=16)
def _signed_data_head(namespace: str, hash_algorithm: str) -> bytes:
    """What precedes the digest: the same for every signature of a namespace (verify checks thousands)."""
    return (MAGIC + wire.string(namespace.encode("utf-8")) + wire.string(b"")
            + wire.string(hash_algorithm.encode("ascii")))


def encode(signature: SshSignature) -> bytes:
    return (MAGIC + VERSION.to_bytes(4, "big") + wire.string(signature.public_key)
            + wire.string(signature.namespace.encode("utf-8")) + wire.string(signature.reserved)
            + wire.string(signature.hash_algorithm.encode("ascii")) + wire.string(signature.signature))


def decode(blob: bytes) -> SshSignature:
    """The signature in a binary SSHSIG blob; ``MalformedError`` unless it is exactly one, version 1."""
    if blob[:len(MAGIC)] != MAGIC:
        raise MalformedError("signature: not an SSH signature (no SSHSIG preamble)")
    reader = wire.Reader(blob[len(MAGIC):], "signature")
    version = reader.uint32()
    if version != VERSION:
        raise MalformedError(f"signature: SSHSIG version {version} is not supported (only {VERSION})")
    public_key = reader.string()
    try:
        namespace = reader.string().decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedError("signature: the namespace is not UTF-8") from None
    reserved = reader.string()
    hash_algorithm = reader.text()
    raw_signature = reader.string()
    reader.end()
    if hash_algorithm not in HASH_ALGORITHMS:
        raise MalformedError(f"signature: hash algorithm {hash_algorithm!r} is not sha256 or sha512")
    key_type(public_key)  # a public key blob must at least name its type
    return SshSignature(public_key, namespace, hash_algorithm, raw_signature, reserved)


def armor(signature: SshSignature) -> str:
    """The armored text ssh-keygen writes (ending with a newline)."""
    body = compact(signature)
    lines = [body[start:start + _ARMOR_COLUMNS] for start in range(0, len(body), _ARMOR_COLUMNS)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def compact(signature: SshSignature) -> str:
    """The blob's base64 on one line, without the armor: the same signature, 60 characters shorter."""
    return binascii.b2a_base64(encode(signature), newline=False).decode("ascii")


def parse(text: str | bytes) -> SshSignature:
    """A signature in either text form (armored, or compact); ``MalformedError`` for anything else."""
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError:
            raise MalformedError("signature: not ASCII text") from None
    stripped = text.strip()
    if stripped.startswith(BEGIN):
        if not stripped.endswith(END):
            raise MalformedError("signature: the armor has no '-----END SSH SIGNATURE-----' line")
        stripped = stripped[len(BEGIN):-len(END)]
    elif "-----" in stripped:
        raise MalformedError("signature: the armor has no '-----BEGIN SSH SIGNATURE-----' line")
    body = "".join(stripped.split())
    import base64  # here: the hook writes signatures, it never reads one back

    try:
        blob = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedError("signature: the base64 text is damaged") from None
    return decode(blob)


def ed25519_public_key(raw: bytes) -> bytes:
    """The SSH wire encoding of a 32-byte ed25519 public key."""
    return wire.string(ED25519.encode("ascii")) + wire.string(raw)


def sign_ed25519(private_key: Ed25519PrivateKey, message: bytes, namespace: str = NAMESPACE) -> SshSignature:
    """``message`` signed in-process, byte for byte what ``ssh-keygen -Y sign`` makes with the same key."""
    raw_public = private_key.public_key().public_bytes_raw()
    raw_signature = private_key.sign(signed_data(message, namespace, DEFAULT_HASH))
    return SshSignature(ed25519_public_key(raw_public), namespace, DEFAULT_HASH,
                        wire.string(ED25519.encode("ascii")) + wire.string(raw_signature))


def is_valid(signature: SshSignature, message: bytes) -> bool:
    """Whether ``signature`` is its key's signature of ``message`` in its own namespace.

    Only the cryptography: the namespace and the key's trust are the caller's questions. A key
    type this cannot verify raises ``UnsupportedKeyError``; damaged key or signature encodings
    raise ``MalformedError``.
    """
    from cryptography.exceptions import InvalidSignature

    data = signed_data(message, signature.namespace, signature.hash_algorithm)
    kind = ED25519 if signature.public_key.startswith(_ED25519_NAME) else signature.key_type
    try:
        if kind == ED25519:
            _verify_ed25519(signature, data)
        elif kind in _ECDSA_HASHES:
            _verify_ecdsa(signature, data)
        elif kind == "ssh-rsa":
            _verify_rsa(signature, data)
        elif kind in (SK_ED25519, SK_ECDSA):
            _verify_security_key(signature, data)
        else:
            raise UnsupportedKeyError(f"signature: key type {kind} cannot be verified here "
                                      f"(supported: {', '.join(VERIFIABLE_KEY_TYPES)})")
    except InvalidSignature:
        return False
    return True


def _signature_parts(signature: SshSignature) -> tuple[str, bytes]:
    reader = wire.Reader(signature.signature, "signature value")
    algorithm, raw = reader.text(), reader.string()
    reader.end()
    return algorithm, raw


# The usual ed25519 key and signature in SSH wire encoding: string(type name), then the raw bytes'
# length and the bytes. verify checks one per commit, so these are sliced rather than read field by field.
_ED25519_KEY_HEAD: Final = _ED25519_NAME + ed25519.PUBLIC_KEY_SIZE.to_bytes(4, "big")
_ED25519_SIGNATURE_HEAD: Final = _ED25519_NAME + ed25519.SIGNATURE_SIZE.to_bytes(4, "big")


def _verify_ed25519(signature: SshSignature, data: bytes) -> None:
    from cryptography.exceptions import InvalidSignature

    public_key, value = signature.public_key, signature.signature
    if (len(public_key) == len(_ED25519_KEY_HEAD) + ed25519.PUBLIC_KEY_SIZE and public_key.startswith(_ED25519_KEY_HEAD)
            and len(value) == len(_ED25519_SIGNATURE_HEAD) + ed25519.SIGNATURE_SIZE
            and value.startswith(_ED25519_SIGNATURE_HEAD)):
        raw_public, algorithm, raw = public_key[len(_ED25519_KEY_HEAD):], ED25519, value[len(_ED25519_SIGNATURE_HEAD):]
    else:
        key = wire.Reader(public_key, "public key")
        key.text()
        raw_public = key.string()
        key.end()
        algorithm, raw = _signature_parts(signature)
    if algorithm != ED25519 or not ed25519.is_valid(raw_public, raw, data):
        raise InvalidSignature


def _verify_ecdsa(signature: SshSignature, data: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    curves = {"nistp256": ec.SECP256R1(), "nistp384": ec.SECP384R1(), "nistp521": ec.SECP521R1()}
    key = wire.Reader(signature.public_key, "public key")
    kind, curve, point = key.text(), key.text(), key.string()
    key.end()
    if kind != f"ecdsa-sha2-{curve}" or curve not in curves:
        raise MalformedError(f"signature: ECDSA key of type {kind} names curve {curve!r}")
    algorithm, raw = _signature_parts(signature)
    if algorithm != kind:
        raise InvalidSignature
    numbers = wire.Reader(raw, "ECDSA signature")
    r, s = numbers.mpint(), numbers.mpint()
    numbers.end()
    try:
        public = ec.EllipticCurvePublicKey.from_encoded_point(curves[curve], point)
    except ValueError:
        raise MalformedError("signature: the ECDSA public key is not a point on its curve") from None
    digest = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[_ECDSA_HASHES[kind]]
    public.verify(encode_dss_signature(r, s), data, ec.ECDSA(digest))


def security_key_signed_data(data: bytes, application: bytes, flags: int, counter: int) -> bytes:
    """What a FIDO security key signs for ``data`` (PROTOCOL.u2f): SHA-256 of the key's application,
    the flags byte and the counter the key reported, SHA-256 of the data."""
    return digests.sha256(application) + bytes([flags]) + counter.to_bytes(4, "big") + digests.sha256(data)


def _verify_security_key(signature: SshSignature, data: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    key = wire.Reader(signature.public_key, "public key")
    kind = key.text()
    if kind == SK_ECDSA and key.text() != "nistp256":
        raise MalformedError(f"signature: {SK_ECDSA} key names another curve")
    point, application = key.string(), key.string()
    key.end()
    parts = wire.Reader(signature.signature, "signature value")
    algorithm = parts.text()
    if algorithm.startswith("webauthn-"):
        raise UnsupportedKeyError(f"signature: {algorithm} signatures (made through a browser) cannot be verified here")
    raw = parts.string()
    flags, counter = parts.take(1)[0], parts.uint32()
    parts.end()
    if algorithm != kind:
        raise InvalidSignature
    signed = security_key_signed_data(data, application, flags, counter)
    if kind == SK_ED25519:
        if not ed25519.is_valid(point, raw, signed):
            raise InvalidSignature
        return
    numbers = wire.Reader(raw, "ECDSA signature")
    r, s = numbers.mpint(), numbers.mpint()
    numbers.end()
    try:
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        raise MalformedError("signature: the ECDSA public key is not a point on its curve") from None
    public.verify(encode_dss_signature(r, s), signed, ec.ECDSA(hashes.SHA256()))


def _verify_rsa(signature: SshSignature, data: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = wire.Reader(signature.public_key, "public key")
    key.text()
    exponent, modulus = key.mpint(), key.mpint()
    key.end()
    algorithm, raw = _signature_parts(signature)
    size = (modulus.bit_length() + 7) // 8
    if algorithm not in _RSA_HASHES or len(raw) > size:  # PROTOCOL.sshsig: never SHA-1 "ssh-rsa"
        raise InvalidSignature
    try:
        public = rsa.RSAPublicNumbers(exponent, modulus).public_key()
    except ValueError:
        raise MalformedError("signature: the RSA public key is invalid") from None
    digest = hashes.SHA512() if _RSA_HASHES[algorithm] == "sha512" else hashes.SHA256()
    # OpenSSH accepts a signature shorter than the modulus (leading zero bytes dropped).
    public.verify(raw.rjust(size, b"\0"), data, padding.PKCS1v15(), digest)
