"""Cursor agent transcripts: ``$CURSOR_CONFIG_DIR`` (default ``~/.cursor``, on every system)
``projects/<workspace slug>/agent-transcripts/<conversationId>.jsonl``; every ``*.jsonl`` under
``projects`` is read, as Cursor has moved them between versions.

Best effort: Cursor is closed source. Learnt from the sample
../shared/research/samples/git-ai/cursor-session-simple.jsonl, field-survey.md §2.1 and the hook
inputs git-ai parses (src/commands/checkpoint_agent/presets/cursor.rs, whose transcript reader
takes ``CURSOR_CONFIG_DIR``): one JSON object a line, {role "user"|"assistant", message{content[]}};
an assistant's content holds ``tool_use`` items {name, input}. The tools that write are ``Write``
{path, contents}, ``StrReplace`` {path | file_path, old_string, new_string}, ``ApplyPatch`` (the
patch) and ``EditNotebook`` (read through ``tool_arguments``, which also drops the slash of
Cursor's Windows paths ``/c:/…``). The transcript names no model and no time: the session is the
file's name, the model is None unless a record carries one, and the time is the file's
modification time (UTC). Paths are absolute, which ties a session to its repository. A record of
an unknown role is skipped and counted; a newer ``version`` field is read as long as records keep
their shape.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import known_json_lines, text
from provenance.evidence.readers.tool_arguments import written_files
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_ROLES = frozenset({"user", "assistant", "system", "tool"})


def _locations(platform: Platform) -> list[str]:
    home = platform.env("CURSOR_CONFIG_DIR") or platform.join_home(".cursor")
    return [os.path.join(home, "projects")]


def _tool_uses(record: dict[str, Any]) -> Iterator[object]:
    message = record.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    for item in content if isinstance(content, list) else []:
        if isinstance(item, dict) and item.get("type") == "tool_use":
            yield item.get("input")


def _model(record: dict[str, Any]) -> str | None:
    message = record.get("message")
    return text(record.get("model")) or (text(message.get("model")) if isinstance(message, dict) else None)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    session = os.path.splitext(os.path.basename(path))[0]
    for number, _role, record in known_json_lines(data, log, "role", _ROLES, "record role"):
        for arguments in _tool_uses(record):
            for file_path, hashes in written_files(arguments):
                yield EvidenceRecord(
                    source=SOURCE.id, level="edit", session_id=session, model=_model(record), time=None,
                    hints=SessionHints(), source_file=path, source_line=number, file_path=file_path,
                    line_hashes=hashes,
                )  # fmt: skip


SOURCE = Source(
    id="cursor", tool="Cursor", agent="Cursor", level="edit",
    basis="observed records (../shared/research/samples/git-ai/cursor-session-simple.jsonl; git-ai's Cursor preset)",
    best_effort=True, environment=("CURSOR_CONFIG_DIR",), locations=_locations,
    file_names=("*.jsonl",), read=read,
)  # fmt: skip
