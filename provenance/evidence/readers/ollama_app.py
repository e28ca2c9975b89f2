"""The Ollama desktop app's chat database (activity only: which model answered, and when; no
file is ever linked to it). ``readers/ollama.py`` reads the server log; this is the app's store.

Where (ollama/ollama app/store/store.go @076a02d4, ``defaultDBPath``): macOS
``~/Library/Application Support/Ollama/db.sqlite``, Windows ``%LOCALAPPDATA%\\Ollama\\db.sqlite``,
elsewhere ``~/.ollama/db.sqlite`` (the app is built for macOS and Windows only; the Linux path is
the store's fallback). Ollama names no variable that moves it.

Format (app/store/database.go @00f0fe01, schema version 18; notes: field-survey.md §2.2): table
``messages`` (id, chat_id, role, content, thinking, model_name, created_at, updated_at, …). Only
``id``, ``chat_id``, ``role``, ``model_name`` and ``created_at`` are read — never the content.
Each ``assistant`` message is one activity record (session: the chat id); ``user``, ``system``
and ``tool`` messages are counted and pass; another role is skipped and counted. ``created_at``
is Go's ``time.Now()`` as the SQLite driver writes it (``2026-11-30 12:00:05.123456789+01:00``,
the zone included), or SQLite's ``CURRENT_TIMESTAMP`` (UTC without a zone); a time without a zone
is taken as UTC. A newer schema with more columns is read the same way. The database is opened
read-only and never waited on: a locked or damaged store is skipped and counted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import text
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch, parse_iso_time
from provenance.evidence.sources import Platform, Source
from provenance.evidence.sqlite_store import query_store

_QUERY = "SELECT id, chat_id, role, model_name, created_at FROM messages ORDER BY id"
_ANSWERS = "assistant"
_OTHER_ROLES = frozenset({"user", "system", "tool"})


def _locations(platform: Platform) -> list[str]:
    if platform.system == "windows":
        return [f"{platform.local_app_data()}\\Ollama\\db.sqlite"]
    if platform.system == "darwin":
        return [platform.join_home("Library", "Application Support", "Ollama", "db.sqlite")]
    return [platform.join_home(".ollama", "db.sqlite")]


def _query(connection: sqlite3.Connection) -> list[tuple[Any, ...]]:
    # A name stored with bytes that are not UTF-8 must not hide the whole store.
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    rows: list[tuple[Any, ...]] = connection.execute(_QUERY).fetchall()
    return rows


def _rows(path: str, log: FileLog) -> list[tuple[Any, ...]]:
    return query_store(path, log, _query, "an unknown schema, damaged, or locked") or []


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    for rowid, chat_id, role, model, created in _rows(path, log):
        if role not in _OTHER_ROLES and role != _ANSWERS:
            log.skip(rowid, f"unknown message role {role!r}")
            continue
        log.records_read += 1
        if role != _ANSWERS:
            continue
        time = parse_iso_time(created) or from_epoch(created)
        if time is None:
            log.skip(rowid, "a time that cannot be read")
            continue
        yield EvidenceRecord(source=SOURCE.id, level="activity", session_id=text(chat_id), model=text(model),
                             time=time, hints=SessionHints(), source_file=path, source_line=rowid)


SOURCE = Source(
    id="ollama-app", tool="Ollama app", agent="Ollama", level="activity",
    basis="ollama/ollama app/store/store.go @076a02d4, database.go @00f0fe01 (schema 18)",
    best_effort=False, environment=("LOCALAPPDATA",), locations=_locations, file_names=("db.sqlite",),
    read=read, opens_itself=True,
)  # fmt: skip
