"""The files and added lines of an ``apply_patch`` text (Codex CLI; Copilot writes the same).

Grammar from openai/codex codex-rs/apply-patch/src/parser.rs (commit 0e0fb63d, the Lark grammar
in its module docstring): ``*** Begin Patch``, then hunks ``*** Add File: PATH`` (``+`` lines),
``*** Delete File: PATH``, ``*** Update File: PATH`` with an optional ``*** Move to: PATH`` and
chunks of ``@@``, `` ``/``-``/``+`` lines and ``*** End of File``, then ``*** End Patch``. Like
Codex's lenient mode, markers may carry surrounding whitespace, and a patch may sit inside a
heredoc (``apply_patch <<'EOF' … EOF``) or another command line: the text from the begin marker on
is read, and a patch without its end marker still yields its complete hunks.
"""

from __future__ import annotations

_BEGIN = "*** Begin Patch"
_END = "*** End Patch"
_ADD = "*** Add File: "
_UPDATE = "*** Update File: "
_DELETE = "*** Delete File: "
_MOVE = "*** Move to: "


def patch_additions(command_text: str) -> list[tuple[str, list[str]]]:
    """(path, added lines) per file the patch in ``command_text`` adds to; [] without a patch.
    A moved file is reported under its new path."""
    start = command_text.find(_BEGIN)
    if start < 0:
        return []
    files: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for raw in command_text[start:].replace("\r\n", "\n").split("\n")[1:]:
        marker = raw.strip()
        if marker == _END:
            break
        if marker.startswith((_ADD, _UPDATE)):
            path = marker.split(": ", 1)[1].strip()
            current = []
            files.append((path, current))
        elif marker.startswith(_MOVE) and files:
            files[-1] = (marker[len(_MOVE):].strip(), files[-1][1])
        elif marker.startswith(_DELETE):
            current = None
        elif current is not None and raw.startswith("+"):
            current.append(raw[1:])
    return [(path, added) for path, added in files if added]
