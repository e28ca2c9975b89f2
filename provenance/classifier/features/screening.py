"""Decide whether an input is source code a person wrote by hand, before spending time on it.

Binary files, non-UTF-8 text, minified or generated one-liners and huge files say nothing about the
style of their author, or cost too much to parse; they are skipped with a reason instead of scored.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_INPUT_BYTES = 2_000_000
# Lines this long only occur in minified/generated code or embedded data, not in hand-written code.
MINIFIED_LINE_LENGTH = 1_000
MINIFIED_MEAN_LINE_LENGTH = 300
MIN_CODE_LINES = 3
_BINARY_SNIFF_BYTES = 8_000


@dataclass(frozen=True)
class Skip:
    """Why an input was not scored: a short machine-readable `reason` and a human `detail`."""

    reason: str
    detail: str


def decode_source(data: bytes) -> str | Skip:
    """Return the text of `data`, or the reason it cannot be treated as source code."""
    if len(data) > MAX_INPUT_BYTES:
        return Skip("huge", f"larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    if b"\0" in data[:_BINARY_SNIFF_BYTES]:
        return Skip("binary", "binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Skip("non-utf8", "not valid UTF-8 text")


def screen_text(text: str) -> Skip | None:
    """Return why already-decoded `text` should not be scored, or None when it should."""
    lines = text.splitlines()
    if len(text) > MAX_INPUT_BYTES:
        return Skip("huge", f"larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    if "\0" in text:
        return Skip("binary", "binary content")
    # filter/map keep the per-line loops in C.
    code_lengths = list(map(len, filter(str.strip, lines)))
    if not code_lengths:
        return Skip("empty", "no code")
    longest = max(code_lengths)
    mean_length = sum(code_lengths) / len(code_lengths)
    if longest >= MINIFIED_LINE_LENGTH or mean_length >= MINIFIED_MEAN_LINE_LENGTH:
        return Skip("minified", f"looks minified or generated (a line of {longest} characters)")
    if len(code_lengths) < MIN_CODE_LINES:
        return Skip("too-short", f"fewer than {MIN_CODE_LINES} lines of code, too little to judge")
    return None
