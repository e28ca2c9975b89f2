"""Canonical JSON, written without the ``json`` module: RFC 8785 (JCS) for the subset statements use.

Objects with sorted keys, no whitespace, strings as UTF-8 with only ``"``, ``\\`` and control
characters escaped (``\\b \\f \\n \\r \\t``, others ``\\u00xx``), integers from 0 to 2**53-1,
``null``, ``true``, ``false`` -- byte for byte what ``json.dumps(sort_keys=True, separators=(",",
":"), ensure_ascii=False)`` writes for these values (tested). The commit-msg hook signs with it,
and the hook does not import ``json`` (BENCHMARKS.md, the hook budget).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

_ESCAPES: Final = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TO_ESCAPE = re.compile(r'["\\\x00-\x1f]')
MAX_INTEGER: Final = 2**53 - 1  # the largest integer every JSON reader holds exactly (RFC 7493)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def string(text: str) -> str:
    """A JSON string, escaped canonically."""
    return '"' + _TO_ESCAPE.sub(_escape, text) + '"'


def write(value: object) -> str:
    """The canonical text of ``value``; ``TypeError`` for anything outside the subset."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is int:  # the range (0..MAX_INTEGER) is the caller's check, naming the field
        return str(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(write(item) for item in value) + "]"
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            raise TypeError("object keys must be strings")
        return "{" + ",".join(f"{string(key)}:{write(value[key])}" for key in sorted(value)) + "}"
    raise TypeError(f"{type(value).__name__} is not in canonical JSON's subset")


def dumps(value: object) -> bytes:
    """``write`` as UTF-8 bytes; ``TypeError``/``ValueError`` (a lone surrogate) for what cannot be written."""
    try:
        return write(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"not encodable as UTF-8: {exc.reason}") from None
