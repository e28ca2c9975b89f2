"""Goose sessions: the SQLite store ``sessions/sessions.db`` in Goose's data folder
(``$XDG_DATA_HOME/goose``, default ``~/.local/share/goose``; macOS ``~/Library/Application
Support/Block/goose``; Windows ``%APPDATA%\\Block\\goose\\data``; ``$GOOSE_PATH_ROOT/data`` when
set), and the ``sessions/*.jsonl`` files of versions before the store.

Format from block/goose crates/goose/src/session/session_manager.rs (commit dbec1655, schema
version 9): tables ``sessions`` (id, working_dir, model_config_json {model_name}, …) and
``messages`` (id, session_id, role, content_json, created_timestamp in seconds since the epoch).
``content_json`` is a list of MessageContent; a ``toolRequest`` item holds ``toolCall.value``
{name, arguments}. The developer extension's ``text_editor`` writes with ``command`` ``write``
(``path``, ``file_text``), ``str_replace`` (``new_str``) or ``insert`` (``new_str``); other
tools that pass a ``path`` and ``file_text``/``new_str``/``content`` are read alike. A legacy
``.jsonl`` file (session/legacy.rs) starts with the session's metadata {working_dir, …} and
holds one message {role, created, content[]} a line. The store is opened read-only and never
waited on; a locked or unknown store is skipped and counted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import json_lines, text
from provenance.evidence.lines import text_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, Source
from provenance.evidence.sqlite_store import query_store

_QUERY = ("SELECT messages.id, messages.session_id, messages.created_timestamp, messages.content_json, "
          "sessions.working_dir, sessions.model_config_json FROM messages "
          "LEFT JOIN sessions ON sessions.id = messages.session_id "
          "WHERE messages.content_json LIKE '%toolRequest%' ORDER BY messages.id")
_WRITTEN_KEYS = ("file_text", "new_str", "content")
_MAX_LEGACY_FILE = 256 * 1024 * 1024


def _locations(platform: Platform) -> list[str]:
    root = platform.env("GOOSE_PATH_ROOT")
    if root:
        return [os.path.join(root, "data", "sessions")]
    if platform.system == "windows":
        appdata = platform.env("APPDATA") or platform.join_home("AppData", "Roaming")
        return [os.path.join(appdata, "Block", "goose", "data", "sessions")]
    if platform.system == "darwin":
        return [platform.join_home("Library", "Application Support", "Block", "goose", "sessions")]
    return [os.path.join(platform.xdg_data_home(), "goose", "sessions")]


def _json(raw: object) -> Any:
    try:
        return json.loads(raw) if isinstance(raw, (str, bytes)) else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _writes(content: object) -> Iterator[tuple[str, frozenset[str]]]:
    """(file path, hashes of the lines written) of each writing tool request of a message."""
    for item in content if isinstance(content, list) else []:
        call = item.get("toolCall") if isinstance(item, dict) and item.get("type") == "toolRequest" else None
        value = call.get("value") if isinstance(call, dict) else None
        arguments = value.get("arguments") if isinstance(value, dict) else None
        if not isinstance(arguments, dict) or arguments.get("command") in ("view", "undo_edit"):
            continue
        file_path = text(arguments.get("path"))
        written = next((arguments[key] for key in _WRITTEN_KEYS if text(arguments.get(key))), None)
        if file_path and written:
            yield file_path, text_line_hashes(written)


def _model(config_json: object) -> str | None:
    config = _json(config_json)
    return text(config.get("model_name")) if isinstance(config, dict) else None


def _read_store(path: str, log: FileLog) -> Iterator[EvidenceRecord]:
    rows = query_store(path, log, lambda connection: connection.execute(_QUERY).fetchall())
    if rows is None:
        return
    for rowid, session_id, created, content_json, working_dir, model_config in rows:
        content = _json(content_json)
        if not isinstance(content, list):
            log.skip(rowid, "message: content_json is not a JSON list")
            continue
        log.records_read += 1
        for file_path, hashes in _writes(content):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=text(session_id), model=_model(model_config),
                time=from_epoch(created), hints=SessionHints(cwd=text(working_dir)), source_file=path,
                source_line=rowid, file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


def _read_legacy(path: str, log: FileLog) -> Iterator[EvidenceRecord]:
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_LEGACY_FILE)
    except OSError as exc:
        log.skip(0, f"cannot read: {exc.strerror or type(exc).__name__}")
        return
    hints = SessionHints()
    session = os.path.splitext(os.path.basename(path))[0]
    for number, line in json_lines(data, log):
        if "working_dir" in line and "role" not in line:
            hints = SessionHints(cwd=text(line.get("working_dir")))
            log.records_read += 1
            continue
        if line.get("role") not in ("user", "assistant"):
            log.skip(number, f"unknown record (role {line.get('role')!r})")
            continue
        log.records_read += 1
        for file_path, hashes in _writes(line.get("content")):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=session, model=None, time=from_epoch(line.get("created")),
                hints=hints, source_file=path, source_line=number, file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    if path.endswith(".jsonl"):
        yield from _read_legacy(path, log)
    else:
        yield from _read_store(path, log)


SOURCE = Source(
    id="goose", tool="Goose", agent="Goose", level="edit",
    basis="block/goose crates/goose/src/session/session_manager.rs @dbec1655 (schema 9); session/legacy.rs",
    best_effort=False, environment=("GOOSE_PATH_ROOT", "XDG_DATA_HOME", "APPDATA"), locations=_locations,
    file_names=("sessions.db", "*.jsonl"), read=read, opens_itself=True,
)  # fmt: skip
