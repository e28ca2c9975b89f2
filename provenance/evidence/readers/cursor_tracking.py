"""Cursor's AI code tracking database: ``$CURSOR_CONFIG_DIR`` (default ``~/.cursor``, on every
system) ``ai-tracking/ai-code-tracking.db``.

Best effort: Cursor is closed source. Learnt from observed schemas (record-formats.md and
third-party readers): ``ai_code_hashes`` (hash, source "tab"|"composer"|…, fileExtension,
fileName, requestId, conversationId, timestamp, createdAt, model) holds one row per line Cursor
wrote, keyed by a hash whose function is not known, so lines cannot be compared: a row says only
which file an AI request wrote to, with which model and when. Rows of one request and file become
one file-level record (no line hashes: matching reports the tool as having *touched* a staged
file, never as having written its lines), spanning the rows' first to last time (ms since the
epoch, UTC; ``createdAt``, else ``timestamp``). Rows whose source is "human" are left out. A
``fileName`` that is not an absolute path ties the record to no repository. The other tables
(``scored_commits``, ``tracked_file_content``, ``conversation_summaries``) are not read: file
contents and summaries are the user's code and prompts. The database is opened read-only and never
waited on: a locked or damaged one, or one without the columns above, is skipped and counted.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import text
from provenance.evidence.readers.tool_arguments import recorded_path
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, Source
from provenance.evidence.sqlite_store import query_store

_TIME_COLUMNS = ("createdAt", "timestamp")
_GROUPED = ("SELECT MIN(rowid), conversationId, requestId, fileName, model, MIN({time}), MAX({time}) "
            "FROM ai_code_hashes WHERE COALESCE(source, '') != 'human' AND fileName IS NOT NULL "
            "GROUP BY conversationId, requestId, fileName, model ORDER BY MIN(rowid)")
_NEEDED = frozenset({"fileName", "conversationId", "requestId", "model"})


def _locations(platform: Platform) -> list[str]:
    home = platform.env("CURSOR_CONFIG_DIR") or platform.join_home(".cursor")
    return [os.path.join(home, "ai-tracking")]


def _query(connection: sqlite3.Connection, log: FileLog) -> list[Any] | None:
    columns = {row[1] for row in connection.execute("PRAGMA table_info(ai_code_hashes)")}
    missing = sorted(_NEEDED - columns)
    times = [column for column in _TIME_COLUMNS if column in columns]
    if missing or not times:
        log.skip(0, f"no ai_code_hashes table with {', '.join(missing or ['a time column'])}: an unknown schema")
        return None
    time = f"COALESCE({', '.join(times)})"
    return connection.execute(_GROUPED.format(time=time)).fetchall()


def _rows(path: str, log: FileLog) -> list[Any] | None:
    return query_store(path, log, lambda connection: _query(connection, log), "damaged, or locked")


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    for rowid, conversation, request, file_name, model, first, last in _rows(path, log) or []:
        log.records_read += 1
        if not text(file_name):
            log.skip(rowid, "no file name")
            continue
        yield EvidenceRecord(
            source=SOURCE.id, level="edit", session_id=text(conversation) or text(request), model=text(model),
            time=from_epoch(first), until=from_epoch(last), hints=SessionHints(), source_file=path,
            source_line=rowid, file_path=recorded_path(file_name),
        )  # fmt: skip


SOURCE = Source(
    id="cursor-tracking", tool="Cursor", agent="Cursor", level="edit",
    basis="observed schema of ai-code-tracking.db (record-formats.md; third-party readers); file level only",
    best_effort=True, environment=("CURSOR_CONFIG_DIR",), locations=_locations,
    file_names=("ai-code-tracking.db",), read=read, opens_itself=True,
)  # fmt: skip
