"""Qwen Code session records: ``projects/<sanitised cwd>/chats/<sessionId>.jsonl`` under
``$QWEN_RUNTIME_DIR``, else ``~/.qwen`` (Qwen Code is a Gemini CLI fork, but its records differ).

Format from QwenLM/qwen-code packages/core/src/services/chatRecordingService.ts (commit 1ef51670):
one ChatRecord a line {uuid, parentUuid, sessionId, timestamp (ISO, UTC), type, cwd, version,
gitBranch, message, model}; ``type`` is ``user``, ``assistant``, ``tool_result`` or (later
versions) ``system``. An ``assistant`` record's ``message`` is a Gemini API Content {role,
parts[]} whose ``functionCall`` parts {name, args} are the tool calls; the tools that write
(packages/core/src/tools/tool-names.ts @00ac46fe) are ``write_file`` (args ``file_path``,
``content``) and ``edit`` (``file_path``, ``new_string``; called ``replace`` in early versions).
Locations from packages/core/src/config/storage.ts (``QWEN_RUNTIME_DIR`` moves the records).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import known_json_lines, text
from provenance.evidence.lines import text_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, parse_iso_time
from provenance.evidence.sources import Platform, Source, stateless

_KNOWN_TYPES = frozenset({"user", "assistant", "tool_result", "system"})
_EDIT_ARGUMENT = {"write_file": "content", "edit": "new_string", "replace": "new_string"}


def _locations(platform: Platform) -> list[str]:
    base = platform.env("QWEN_RUNTIME_DIR") or platform.join_home(".qwen")
    return [os.path.join(base, "projects")]


def _calls(record: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    """(file path, hashes of the lines written) of each writing function call of a record."""
    message = record.get("message")
    parts = message.get("parts") if isinstance(message, dict) else None
    for part in parts if isinstance(parts, list) else []:
        call = part.get("functionCall") if isinstance(part, dict) else None
        if not isinstance(call, dict) or not isinstance(call.get("args"), dict):
            continue
        argument = _EDIT_ARGUMENT.get(str(call.get("name")))
        written = text(call["args"].get(argument)) if argument else None
        file_path = text(call["args"].get("file_path"))
        if written and file_path:
            yield file_path, text_line_hashes(written)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    for number, kind, record in known_json_lines(data, log, "type", _KNOWN_TYPES, "record type"):
        if kind != "assistant":
            continue
        hints = SessionHints(cwd=text(record.get("cwd")))
        for file_path, hashes in _calls(record):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=text(record.get("sessionId")),
                model=text(record.get("model")), time=parse_iso_time(record.get("timestamp")), hints=hints,
                source_file=path, source_line=number, file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


SOURCE = Source(
    id="qwen-code", tool="Qwen Code", agent="Qwen Code", level="edit",
    basis="QwenLM/qwen-code packages/core/src/services/chatRecordingService.ts @1ef51670; tools/tool-names.ts",
    best_effort=False, environment=("QWEN_RUNTIME_DIR",), locations=_locations,
    file_names=("*.jsonl",), read=read, resume=stateless(read),
)  # fmt: skip
