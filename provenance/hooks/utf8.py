"""What git does to a message that is not valid UTF-8 when it commits it.

With i18n.commitEncoding unset or UTF-8, git takes every byte that does not start a valid UTF-8
sequence for a Latin-1 character and re-encodes it as UTF-8, warning "commit message did not
conform to UTF-8" (commit.c, verify_utf8). Under another i18n.commitEncoding it stores the bytes
unchanged. Its idea of valid is stricter than Python's decoder: noncharacters (U+FDD0..U+FDEF,
U+xxFFFE, U+xxFFFF) count as invalid too, so the check is ported here byte for byte.
"""

from __future__ import annotations

_MAX_CODEPOINT = (0x7F, 0x7FF, 0xFFFF, 0x10FFFF)


def is_utf8_encoding(name: str) -> bool:
    """git's is_encoding_utf8: no setting, or a name that says UTF-8."""
    return not name or name.lower() in ("utf-8", "utf8")


def _valid_codepoint(codepoint: int, length: int) -> bool:
    if not _MAX_CODEPOINT[length - 1] < codepoint <= _MAX_CODEPOINT[length]:
        return False  # overlong, or beyond U+10FFFF
    if codepoint & 0x1FF800 == 0xD800:
        return False  # a surrogate
    return codepoint & 0xFFFE != 0xFFFE and not 0xFDD0 <= codepoint <= 0xFDEF  # a noncharacter


def _sequence_length(data: bytes, start: int) -> int:
    """The length of the valid UTF-8 sequence at ``start``, or 0 if the byte there starts none."""
    lead = data[start]
    if lead < 0x80:
        return 1
    following = 0
    while lead & 0x40 and following < 4:
        lead = (lead << 1) & 0xFF
        following += 1
    if not 1 <= following <= 3 or start + following >= len(data):
        return 0
    codepoint = (lead & 0x7F) >> following
    for byte in data[start + 1:start + 1 + following]:
        if byte & 0xC0 != 0x80:
            return 0
        codepoint = (codepoint << 6) | (byte & 0x3F)
    return following + 1 if _valid_codepoint(codepoint, following) else 0


def as_git_commits_it(data: bytes) -> bytes:
    """``data`` with each byte git finds invalid re-encoded from Latin-1, as git commits it."""
    out = bytearray()
    index = 0
    while index < len(data):
        length = _sequence_length(data, index)
        if length:
            out += data[index:index + length]
            index += length
        else:
            out += chr(data[index]).encode("utf-8")  # a Latin-1 byte, as git re-encodes it
            index += 1
    return bytes(out)
