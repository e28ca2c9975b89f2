"""OpenCode's SQLite store: ``$XDG_DATA_HOME/opencode/opencode.db`` (default
``~/.local/share/opencode``; other release channels write ``opencode-<channel>.db``).

Format from anomalyco/opencode (formerly sst/opencode): the tables ``message`` (id, session_id,
time_created, time_updated, data JSON with role, modelID, providerID, path{cwd, root}) and
``part`` (id, message_id, session_id, time_created, time_updated, data JSON), as in the sample
../shared/research/samples/git-ai/opencode-sqlite_schema.sql and packages/opencode/src/storage/db.ts;
a tool call is a part of ``type`` "tool" with ``tool`` and ``state{status, input, time{start}}``.
The edit tools (packages/opencode/src/tool/edit.ts @00937b92: ``filePath``, ``newString``;
write: ``filePath``, ``content``; apply_patch: the patch text) give the lines written. The store is
opened read-only and never waited on: a locked database is skipped and counted. Times are
milliseconds since the epoch (UTC).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.apply_patch import patch_additions
from provenance.evidence.jsonl import text
from provenance.evidence.lines import text_line_hashes, written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, Source
from provenance.evidence.sqlite_store import query_store

_QUERY = ("SELECT part.rowid, part.session_id, part.time_created, part.data, message.data FROM part "
          "LEFT JOIN message ON message.id = part.message_id WHERE part.data LIKE '%\"tool\"%' ORDER BY part.rowid")
_FAILED = frozenset({"error", "pending"})


def _locations(platform: Platform) -> list[str]:
    return [os.path.join(platform.xdg_data_home(), "opencode")]


def _written(tool_input: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    path = text(tool_input.get("filePath"))
    for key in ("newString", "content"):
        written = text(tool_input.get(key))
        if path and written:
            yield path, text_line_hashes(written)
            return
    for value in tool_input.values():
        if isinstance(value, str):
            for patch_path, added in patch_additions(value):
                yield patch_path, written_line_hashes(added)


def _json_object(raw: object) -> dict[str, Any] | None:
    try:
        value = json.loads(raw) if isinstance(raw, (str, bytes)) else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _table(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _records(path: str, row: tuple[Any, ...], log: FileLog) -> Iterator[EvidenceRecord]:
    rowid, session_id, created, part_raw, message_raw = row
    part = _json_object(part_raw)
    if part is None:
        log.skip(rowid, "part: not a JSON object")
        return
    log.records_read += 1
    state = part.get("state")
    if part.get("type") != "tool" or not isinstance(state, dict) or state.get("status") in _FAILED:
        return
    tool_input = state.get("input")
    message = _json_object(message_raw) or {}
    where = _table(message.get("path"))
    timing = _table(state.get("time"))
    for file_path, hashes in _written(tool_input if isinstance(tool_input, dict) else {}):
        yield EvidenceRecord(
            source=SOURCE.id, level="edit", session_id=text(session_id), model=text(message.get("modelID")),
            time=from_epoch(timing.get("start")) or from_epoch(created),
            hints=SessionHints(cwd=text(where.get("cwd")) or text(where.get("root"))), source_file=path,
            source_line=rowid, file_path=file_path, line_hashes=hashes,
        )  # fmt: skip


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    rows = query_store(path, log, lambda connection: connection.execute(_QUERY).fetchall())
    for row in rows or ():
        yield from _records(path, row, log)


SOURCE = Source(
    id="opencode", tool="OpenCode", agent="OpenCode", level="edit",
    basis="anomalyco/opencode packages/opencode/src/tool/edit.ts @00937b92; storage/db.ts; research sample schema",
    best_effort=False, environment=("XDG_DATA_HOME",), locations=_locations,
    file_names=("opencode.db", "opencode-*.db"), read=read, opens_itself=True,
)  # fmt: skip
