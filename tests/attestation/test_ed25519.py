"""ed25519 checked by libsodium (PyNaCl) or OpenSSL (cryptography): the two agree on what verify meets --
valid signatures, any damage, wrong lengths, a non-canonical S -- and where they do not (a small-order
key) each one's answer is written down here."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from provenance.attestation import ed25519, sshsig
from tests.attestation.openssh import make_key, needs_openssh, sign

Check = Callable[[bytes, bytes, bytes], bool]
DATA = b"SSHSIG\x00\x00\x00\x0egit-provenance and the rest of the signed data"
# The order of the group ed25519 signs in (RFC 8032's L): a valid S is below it.
GROUP_ORDER = 2**252 + 27742317777372353535851937790883648493
# The neutral element's encoding (y = 1): a public key of order 1, the smallest of the small-order points.
IDENTITY = (1).to_bytes(32, "little")


def _libsodium() -> Check:
    check = ed25519._libsodium()
    assert check is not None, "PyNaCl is a dependency of the package; install it"
    return check


IMPLEMENTATIONS: dict[str, Callable[[], Check]] = {"libsodium": _libsodium, "openssl": lambda: ed25519._openssl}


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def check(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Check:
    """One implementation, which ``ed25519.is_valid`` also uses for the test."""
    chosen = IMPLEMENTATIONS[request.param]()
    monkeypatch.setattr(ed25519, "_check", chosen)
    return chosen


def _signed(data: bytes = DATA) -> tuple[bytes, bytes]:
    """(public key, signature of ``data``) by a fixed key, made by cryptography (OpenSSL)."""
    private = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    return private.public_key().public_bytes_raw(), private.sign(data)


def _flipped(value: bytes, bit: int) -> bytes:
    changed = bytearray(value)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


def test_a_valid_signature_is_accepted(check: Check) -> None:
    public_key, signature = _signed()
    assert check(public_key, signature, DATA) is True
    assert ed25519.is_valid(public_key, signature, DATA) is True
    assert ed25519.is_valid(*_signed(b""), b"") is True  # the empty message too


def test_any_bit_flipped_in_the_signature_the_data_or_the_key_is_refused(check: Check) -> None:
    public_key, signature = _signed()
    assert not any(ed25519.is_valid(public_key, _flipped(signature, bit), DATA) for bit in range(512))
    assert not any(ed25519.is_valid(public_key, signature, _flipped(DATA, bit)) for bit in range(len(DATA) * 8))
    # Some flipped keys are not points of the curve at all: refused the same way, no exception.
    assert not any(ed25519.is_valid(_flipped(public_key, bit), signature, DATA) for bit in range(256))
    assert not ed25519.is_valid(public_key, signature, DATA + b"\x00")


@pytest.mark.parametrize(("key_change", "signature_change"), [
    (lambda key: key[:-1], lambda signature: signature),
    (lambda key: key + b"\x00", lambda signature: signature),
    (lambda key: key, lambda signature: signature[:-1]),
    (lambda key: key, lambda signature: signature + b"\x00"),
    (lambda key: b"", lambda signature: b""),
])  # fmt: skip
def test_a_key_or_signature_of_the_wrong_length_is_refused_without_an_exception(
        check: Check, key_change: Callable[[bytes], bytes], signature_change: Callable[[bytes], bytes]) -> None:
    public_key, signature = _signed()
    assert ed25519.is_valid(key_change(public_key), signature_change(signature), DATA) is False


def test_the_length_check_comes_before_either_library_sees_the_bytes() -> None:
    # Why is_valid checks lengths itself: PyNaCl's binding reads a key's first 32 bytes whatever its length
    # (one byte too many still verifies), and cryptography raises ValueError for a key of another length.
    public_key, signature = _signed()
    assert _libsodium()(public_key + b"\x00", signature, DATA) is True
    with pytest.raises(ValueError, match="32 bytes"):
        ed25519._openssl(public_key + b"\x00", signature, DATA)


@pytest.mark.parametrize("added", [1, 2, 7])
def test_an_s_at_or_above_the_group_order_is_refused(check: Check, added: int) -> None:
    public_key, signature = _signed()
    s = int.from_bytes(signature[32:], "little")
    # S + k*L satisfies the verification equation exactly as S does: only the canonical-S check refuses it.
    malleated = signature[:32] + (s + added * GROUP_ORDER).to_bytes(32, "little")
    assert ed25519.is_valid(public_key, malleated, DATA) is False
    assert ed25519.is_valid(public_key, signature[:32] + GROUP_ORDER.to_bytes(32, "little"), DATA) is False


@pytest.mark.parametrize("data", [DATA, b"", b"any message at all"])
def test_a_small_order_key_is_refused_by_libsodium_and_accepted_by_openssl(data: bytes) -> None:
    # With the identity as the public key, R = identity and S = 0 satisfy [S]B = R + [h]A for every message:
    # a "signature" anyone can make. libsodium refuses small-order keys (and R); OpenSSL's check, like
    # OpenSSH's own ed25519 code (ssh-keygen -Y verify 9.2 accepts this signature too), does not. No key that
    # ssh-keygen or git provenance keygen makes is one of these, so it matters only for a trust file that
    # names such a key -- where the libsodium path is the stricter one, as the module says.
    forged = IDENTITY + bytes(32)
    assert _libsodium()(IDENTITY, forged, data) is False
    assert ed25519._openssl(IDENTITY, forged, data) is True


def test_is_valid_checks_with_libsodium_when_pynacl_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ed25519, "_check", None)
    assert ed25519.is_valid(*_signed(), DATA)
    chosen = ed25519._check
    assert chosen is not None and chosen is not ed25519._openssl
    assert chosen(IDENTITY, IDENTITY + bytes(32), DATA) is False  # libsodium's answer, not OpenSSL's


def test_is_valid_checks_with_openssl_when_pynacl_cannot_be_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ed25519, "_check", None)
    monkeypatch.setitem(sys.modules, "nacl.bindings", None)  # what a platform without PyNaCl's wheel sees
    assert ed25519._libsodium() is None
    public_key, signature = _signed()
    assert ed25519.is_valid(public_key, signature, DATA) and not ed25519.is_valid(public_key, signature, DATA + b"!")
    assert ed25519._check is ed25519._openssl


@needs_openssh
def test_an_ssh_keygen_signature_verifies_through_libsodium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    libsodium = _libsodium()

    def recording(public_key: bytes, signature: bytes, data: bytes) -> bool:
        calls.append(libsodium(public_key, signature, data))
        return calls[-1]

    monkeypatch.setattr(ed25519, "_check", recording)
    key = make_key(tmp_path / "id_ed25519")
    message = b'{"statement":"signed by ssh-keygen -Y sign","version":1}'
    signature = sshsig.parse(sign(key, message))
    assert signature.key_type == "ssh-ed25519"
    assert sshsig.is_valid(signature, message) is True
    assert sshsig.is_valid(signature, message + b" ") is False
    assert calls == [True, False]  # both answers were libsodium's
    monkeypatch.setattr(ed25519, "_check", ed25519._openssl)  # and OpenSSL says the same
    assert (sshsig.is_valid(signature, message), sshsig.is_valid(signature, message + b" ")) == (True, False)
