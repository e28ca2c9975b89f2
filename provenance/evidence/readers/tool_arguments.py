"""What an agent's tool call wrote, read from its arguments alone: shared by the readers of tools
whose edit tools take a path and the new text under one of a few names (GitHub Copilot in VS Code
and its CLI, Cursor's agent), so a renamed or new edit tool with the usual argument names is still
read. Not a source itself (no ``SOURCE``).

Argument names, as the tools declare them: Copilot Chat (microsoft/vscode-copilot-chat
src/extension/tools/node/*Tool.tsx @31acd00a) ``create_file`` {filePath, content},
``replace_string_in_file`` {filePath, oldString, newString}, ``multi_replace_string_in_file``
{replacements[{filePath, oldString, newString}]}, ``insert_edit_into_file`` {filePath, code},
``edit_notebook_file`` {filePath, newCode (text or lines)}, ``apply_patch`` {input: the patch};
Copilot CLI ``create`` {path, file_text}, ``edit`` {path, old_str, new_str} (observed); Cursor
``Write`` {path, contents}, ``StrReplace`` {path | file_path, old_string, new_string},
``ApplyPatch`` (the patch, or {patch}) (observed). A read or search tool names a path but no new
text, so it yields nothing. Cursor on Windows writes ``/c:/Users/…``; the slash is dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from provenance.evidence.apply_patch import patch_additions
from provenance.evidence.lines import text_line_hashes, written_line_hashes

_PATH_KEYS = ("filePath", "file_path", "path", "target_file", "notebook_path")
_TEXT_KEYS = ("content", "contents", "file_text", "newString", "new_string", "new_str", "code", "newCode",
              "code_edit", "new_source")
_LIST_KEYS = ("replacements", "edits")
_SLASHED_DRIVE = re.compile(r"^/[A-Za-z]:[/\\]")
_MAX_DEPTH = 4  # nested edit lists are one level deep; more is not an edit


def parse_arguments(raw: object) -> object:
    """Arguments as given: a JSON text (Copilot stores them so) is decoded, anything else kept."""
    if isinstance(raw, str) and raw[:1] in ("{", "["):
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return raw
    return raw


def recorded_path(path: str) -> str:
    return path[1:] if _SLASHED_DRIVE.match(path) else path


def _new_text(arguments: dict[str, Any]) -> list[str]:
    texts: list[str] = []
    for key in _TEXT_KEYS:
        value = arguments.get(key)
        if isinstance(value, str) and value:
            texts.append(value)
        elif isinstance(value, list):
            texts.append("\n".join(item for item in value if isinstance(item, str)))
    return texts


def _patches(value: object) -> Iterator[tuple[str, frozenset[str]]]:
    if isinstance(value, str):
        for path, added in patch_additions(value):
            yield recorded_path(path), written_line_hashes(added)
    elif isinstance(value, dict):
        for item in value.values():
            if isinstance(item, str):
                yield from _patches(item)


def _written(arguments: object, inherited: str | None, depth: int) -> Iterator[tuple[str, frozenset[str]]]:
    if depth > _MAX_DEPTH:
        return
    if not isinstance(arguments, dict):
        yield from _patches(arguments)
        return
    path = next((value for key in _PATH_KEYS if isinstance(value := arguments.get(key), str) and value), inherited)
    texts = _new_text(arguments)
    if path and texts:
        yield recorded_path(path), frozenset().union(*(text_line_hashes(text) for text in texts))
    for key in _LIST_KEYS:
        items = arguments.get(key)
        for item in items if isinstance(items, list) else []:
            yield from _written(item, path, depth + 1)
    yield from _patches(arguments)


def written_files(arguments: object) -> list[tuple[str, frozenset[str]]]:
    """(path as recorded, hashes of the non-trivial lines written) per file a tool call wrote."""
    return [(path, hashes) for path, hashes in _written(parse_arguments(arguments), None, 0) if hashes]
