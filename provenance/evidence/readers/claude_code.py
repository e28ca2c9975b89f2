"""Claude Code session transcripts: ``projects/<cwd with / as ->/<sessionId>.jsonl`` under
``$CLAUDE_CONFIG_DIR``, else ``~/.claude`` (and ``~/.config/claude``, which some versions use).

Format (best effort: Claude Code's source is not published; learnt from observed records in
../shared/research/record-formats.md, field-survey.md §2.1 and the sample
samples/git-ai/claude-code-with-plan.jsonl, version 2.0.69): one JSON object a line with ``type``,
``sessionId``, ``cwd``, ``timestamp`` (ISO, UTC) and ``version``. An ``assistant`` record's
``message.model`` names the model and its ``message.content`` holds ``tool_use`` items; the edit
tools are ``Write`` (input ``file_path``, ``content``), ``Edit`` (``file_path``, ``new_string``),
``MultiEdit`` (``file_path``, ``edits[].new_string``) and ``NotebookEdit`` (``notebook_path``,
``new_source``). A ``user`` record may carry ``toolUseResult.structuredPatch[].lines`` (``+`` for
added lines) for an edit whose assistant record is missing. Other known types carry no edits.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import known_json_lines, text
from provenance.evidence.lines import text_line_hashes, written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, parse_iso_time
from provenance.evidence.sources import Platform, Source, stateless

_KNOWN_TYPES = frozenset({"user", "assistant", "summary", "system", "progress", "file-history-snapshot",
                          "queue-operation", "attachment", "result"})


def _locations(platform: Platform) -> list[str]:
    configured = platform.env("CLAUDE_CONFIG_DIR")
    if configured:
        return [os.path.join(folder, "projects") for folder in configured.split(os.pathsep) if folder]
    return [platform.join_home(".claude", "projects"), os.path.join(platform.xdg_config_home(), "claude", "projects")]


def _tool_use_text(name: str, tool_input: dict[str, Any]) -> list[str]:
    """The text an edit tool wrote."""
    if name == "Write":
        return [tool_input["content"]] if isinstance(tool_input.get("content"), str) else []
    if name == "Edit":
        return [tool_input["new_string"]] if isinstance(tool_input.get("new_string"), str) else []
    if name == "MultiEdit":
        edits = tool_input.get("edits")
        return [e["new_string"] for e in edits or [] if isinstance(e, dict) and isinstance(e.get("new_string"), str)]
    if name == "NotebookEdit":
        return [tool_input["new_source"]] if isinstance(tool_input.get("new_source"), str) else []
    return []


def _edits(record: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    """(file path, hashes of the lines written) of each edit a record holds."""
    message = record.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    for item in content if isinstance(content, list) else []:
        if not isinstance(item, dict) or item.get("type") != "tool_use" or not isinstance(item.get("input"), dict):
            continue
        tool_input = item["input"]
        path = text(tool_input.get("file_path")) or text(tool_input.get("notebook_path"))
        written = _tool_use_text(str(item.get("name")), tool_input)
        if path and written:
            yield path, frozenset().union(*(text_line_hashes(chunk) for chunk in written))
    result = record.get("toolUseResult")
    if isinstance(result, dict) and text(result.get("filePath")) and isinstance(result.get("structuredPatch"), list):
        added = [line[1:] for hunk in result["structuredPatch"] if isinstance(hunk, dict)
                 for line in hunk.get("lines") or [] if isinstance(line, str) and line.startswith("+")]
        if added:
            yield result["filePath"], written_line_hashes(added)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    for number, _kind, record in known_json_lines(data, log, "type", _KNOWN_TYPES, "record type"):
        message = record.get("message")
        model = text(message.get("model")) if isinstance(message, dict) else None
        hints = SessionHints(cwd=text(record.get("cwd")))
        for file_path, hashes in _edits(record):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=text(record.get("sessionId")),
                model=model if model != "<synthetic>" else None, time=parse_iso_time(record.get("timestamp")),
                hints=hints, source_file=path, source_line=number, file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


SOURCE = Source(
    id="claude-code", tool="Claude Code", agent="Claude", level="edit",
    basis="observed records (../shared/research/record-formats.md; sample of version 2.0.69)",
    best_effort=True, environment=("CLAUDE_CONFIG_DIR",), locations=_locations,
    file_names=("*.jsonl",), read=read, resume=stateless(read),
)  # fmt: skip
