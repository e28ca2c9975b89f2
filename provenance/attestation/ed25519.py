"""One ed25519 signature checked: libsodium (PyNaCl) where it is installed, else OpenSSL (cryptography).

verify checks one signature per attested commit, so this is its inner loop. libsodium checks an
ed25519 signature in about half the time OpenSSL's does on the same machine (55 against 107 µs,
BENCHMARKS.md "verify with attestations required"). Both refuse an ``S`` that is not below the
group order; libsodium also refuses small-order and non-canonical public keys, which no key that
``ssh-keygen`` or ``git provenance keygen`` makes is. Stricter, never laxer: what it accepts,
OpenSSH accepts too.

Each library is imported on first use, not with this module: the hook imports the attestation
modules to sign, and never checks a signature.
"""

from __future__ import annotations

from collections.abc import Callable

PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64

Check = Callable[[bytes, bytes, bytes], bool]
_check: Check | None = None


def is_valid(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` (64 bytes) is the ed25519 signature of ``data`` by ``public_key`` (32 bytes)."""
    if len(public_key) != PUBLIC_KEY_SIZE or len(signature) != SIGNATURE_SIZE:
        return False
    global _check  # the library is chosen once, on first use
    if _check is None:
        _check = _libsodium() or _openssl
    return _check(public_key, signature, data)


def _libsodium() -> Check | None:
    try:
        from nacl.bindings import crypto_sign_open
        from nacl.exceptions import BadSignatureError
    except ImportError:  # PyNaCl is a dependency, but a platform without its wheel still verifies
        return None

    def check(public_key: bytes, signature: bytes, data: bytes) -> bool:
        try:
            crypto_sign_open(signature + data, public_key)
        except BadSignatureError:
            return False
        return True

    return check


def _openssl(public_key: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except InvalidSignature:
        return False
    return True
