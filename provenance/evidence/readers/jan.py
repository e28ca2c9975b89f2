"""Jan's chat threads (time and model only: a chat app's answers name no file written).

Where: the Jan data folder's ``threads/<threadId>/messages.jsonl`` beside its ``thread.json`` —
``~/.config/Jan/data`` on Linux, ``~/Library/Application Support/Jan/data`` on macOS,
``%APPDATA%\\Jan\\data`` on Windows, and ``~/jan`` in versions before 0.6 (these folders from
Jan's documentation; a moved data folder can be added to the source's ``paths``).

Format from janhq/jan src-tauri/src/core/threads/models.rs (commit d2533ac1) and constants.rs:
``thread.json`` is a Thread {id, title, assistants[{model{id, name}}], created, updated}; each line
of ``messages.jsonl`` a ThreadMessage {id, thread_id, role, content[], status, created_at,
completed_at}. An ``assistant`` message is activity at ``created_at`` with the thread's model;
nothing of the content is read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from provenance.evidence.jsonl import known_json_lines, text
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, Source

_ROLES = frozenset({"user", "assistant", "system", "tool"})
_MAX_THREAD_FILE = 4 * 1024 * 1024


def _locations(platform: Platform) -> list[str]:
    return [os.path.join(platform.app_config_home(), "Jan", "data", "threads"), platform.join_home("jan", "threads")]


def _thread_model(messages_path: str) -> str | None:
    """The model of the thread's first assistant, from the ``thread.json`` beside the messages."""
    try:
        with open(os.path.join(os.path.dirname(messages_path), "thread.json"), "rb") as handle:
            thread = json.loads(handle.read(_MAX_THREAD_FILE).decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    assistants = thread.get("assistants") if isinstance(thread, dict) else None
    first = assistants[0] if isinstance(assistants, list) and assistants else None
    model = first.get("model") if isinstance(first, dict) else None
    return text(model.get("id")) if isinstance(model, dict) else None


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    model = _thread_model(path)
    for number, role, message in known_json_lines(data, log, "role", _ROLES, "message role"):
        if role != "assistant":
            continue
        yield EvidenceRecord(
            source=SOURCE.id, level="activity", session_id=text(message.get("thread_id")), model=model,
            time=from_epoch(message.get("created_at")), hints=SessionHints(), source_file=path, source_line=number,
        )  # fmt: skip


SOURCE = Source(
    id="jan", tool="Jan", agent="Jan", level="activity",
    basis="janhq/jan src-tauri/src/core/threads/models.rs @d2533ac1; data folders from Jan's documentation",
    best_effort=False, environment=("APPDATA", "XDG_CONFIG_HOME"), locations=_locations,
    file_names=("messages.jsonl",), read=read, side_files=("thread.json",),
)  # fmt: skip
