"""SSH wire encoding (RFC 4251 section 5): uint32, string and mpint, read strictly and written."""

from __future__ import annotations

import struct

from provenance.attestation.errors import MalformedError


def string(data: bytes) -> bytes:
    """``data`` as an SSH string: its length as a big-endian uint32, then the bytes."""
    return struct.pack(">I", len(data)) + data


class Reader:
    """Reads SSH wire fields from ``data`` in order; any shortfall is a ``MalformedError`` naming ``what``."""

    def __init__(self, data: bytes, what: str) -> None:
        self._data = data
        self._offset = 0
        self._what = what

    def take(self, count: int) -> bytes:
        if count > len(self._data) - self._offset:
            raise MalformedError(f"{self._what}: truncated")
        chunk = self._data[self._offset:self._offset + count]
        self._offset += count
        return chunk

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self) -> str:
        try:
            return self.string().decode("ascii")
        except UnicodeDecodeError:
            raise MalformedError(f"{self._what}: a name is not ASCII") from None

    def mpint(self) -> int:
        """A non-negative mpint (RSA exponents and moduli, ECDSA r and s)."""
        raw = self.string()
        if raw[:1] and raw[0] & 0x80:
            raise MalformedError(f"{self._what}: negative integer")
        return int.from_bytes(raw, "big")

    def rest(self) -> bytes:
        return self.take(len(self._data) - self._offset)

    def end(self) -> None:
        if self._offset != len(self._data):
            raise MalformedError(f"{self._what}: trailing data")
