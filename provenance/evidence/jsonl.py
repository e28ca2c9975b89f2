"""Reading JSON Lines written by a tool that may still be writing: every line is one record,
a line that is not JSON is skipped with its reason, and an unterminated last line is reported as
truncated (the tool was writing it), not as malformed."""

from __future__ import annotations

import json
from collections.abc import Container, Iterator
from typing import Any

from provenance.evidence.records import FileLog


def json_lines(data: bytes, log: FileLog) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each line of ``data`` that holds a JSON object."""
    lines = data.split(b"\n")
    last = len(lines)
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            log.skip(number, f"not UTF-8 (byte {exc.start})")
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            reason = "truncated last line (the tool may still be writing)" if number == last else "not JSON"
            log.skip(number, reason)
            continue
        if not isinstance(value, dict):
            log.skip(number, f"a JSON {type(value).__name__}, not an object")
            continue
        yield number, value


def known_json_lines(data: bytes, log: FileLog, field: str, known: Container[Any],
                     what: str) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    """(line number, the object's ``field``, object) of each JSON line whose ``field`` is one of
    ``known``; any other is skipped as an unknown ``what`` ("record type"), and each known one is
    counted as read."""
    for number, record in json_lines(data, log):
        kind = record.get(field)
        if kind not in known:
            log.skip(number, f"unknown {what} {kind!r}")
            continue
        log.records_read += 1
        yield number, kind, record


def whole_json(data: bytes, log: FileLog) -> Any | None:
    """The JSON document a tool rewrites whole (a task, a session); None, with the reason, when it
    is not JSON (cut off: the tool may still be writing). One bad byte must not hide a whole
    document, so bytes that are not UTF-8 are replaced (only lines holding them will not match)."""
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        log.skip(0, f"not UTF-8 (byte {exc.start}); read with the bad bytes replaced")
        decoded = data.decode("utf-8", "replace")
    try:
        return json.loads(decoded)
    except json.JSONDecodeError:
        log.skip(0, "not JSON (truncated: the tool may still be writing)")
        return None


def text(value: object) -> str | None:
    """A non-empty string field, or None."""
    return value if isinstance(value, str) and value else None
