"""Gemini CLI chat recordings: ``~/.gemini/tmp/<project>/chats/session-<time>-<id>.jsonl`` (older
versions: ``.json``), where ``~`` is ``$GEMINI_CLI_HOME`` when set.

Format from google-gemini/gemini-cli packages/core/src/services/chatRecordingTypes.ts (commit
04741d1d): the first line is metadata {sessionId, projectHash, startTime, lastUpdated, kind,
directories}; each further line is a message {id, timestamp, type, content, …}, of type
``gemini`` with ``model`` and ``toolCalls[{id, name, args, status, timestamp}]``; ``{"$set": …}``
and ``{"$rewindTo": …}`` lines update the metadata or rewind. A ``.json`` file is one
ConversationRecord with ``messages``. The edit tools (packages/core/src/tools/tool-names.ts) are
``replace`` (args ``file_path``, ``new_string``) and ``write_file`` (``file_path``, ``content``).
``projectHash`` is the sha256 hex of the project root (utils/paths.ts); the project folder may
instead be a slug whose ``.project_root`` file names the root (config/projectRegistry.ts).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import json_lines, text
from provenance.evidence.lines import text_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, parse_iso_time
from provenance.evidence.sources import Platform, Source

_EDIT_ARGUMENT = {"replace": "new_string", "write_file": "content"}
_FAILED = frozenset({"error", "cancelled"})
_MESSAGE_TYPES = frozenset({"user", "gemini", "info", "error", "warning"})


def _locations(platform: Platform) -> list[str]:
    home = platform.env("GEMINI_CLI_HOME") or platform.home
    return [os.path.join(home, ".gemini", "tmp")]


def _project_root(path: str) -> str | None:
    """The root a slug folder's ``.project_root`` names (two levels above ``chats/<file>``)."""
    marker = os.path.join(os.path.dirname(os.path.dirname(path)), ".project_root")
    try:
        with open(marker, encoding="utf-8") as handle:
            return handle.read(4096).strip() or None
    except (OSError, UnicodeDecodeError):
        return None


class _Session:
    def __init__(self, path: str) -> None:
        self.path = path
        self.id: str | None = None
        self.hashes: tuple[str, ...] = ()
        self.root = _project_root(path)

    def learn(self, metadata: dict[str, Any]) -> None:
        self.id = text(metadata.get("sessionId")) or self.id
        project_hash = text(metadata.get("projectHash"))
        if project_hash:
            self.hashes = (project_hash,)

    def records(self, number: int, message: dict[str, Any]) -> Iterator[EvidenceRecord]:
        calls = message.get("toolCalls")
        for call in calls if isinstance(calls, list) else []:
            if not isinstance(call, dict) or call.get("status") in _FAILED or not isinstance(call.get("args"), dict):
                continue
            argument = _EDIT_ARGUMENT.get(str(call.get("name")))
            written = text(call["args"].get(argument)) if argument else None
            file_path = text(call["args"].get("file_path"))
            if written and file_path:
                yield EvidenceRecord(
                    source=SOURCE.id, level="edit", session_id=self.id, model=text(message.get("model")),
                    time=parse_iso_time(call.get("timestamp") or message.get("timestamp")),
                    hints=SessionHints(cwd=self.root, project_hashes=self.hashes), source_file=self.path,
                    source_line=number, file_path=file_path, line_hashes=text_line_hashes(written),
                )  # fmt: skip


def _read_lines(session: _Session, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    for number, line in json_lines(data, log):
        if "$set" in line or "$rewindTo" in line:
            if isinstance(line.get("$set"), dict):
                session.learn(line["$set"])
            log.records_read += 1
        elif "sessionId" in line and "projectHash" in line:
            session.learn(line)
            log.records_read += 1
        elif line.get("type") in _MESSAGE_TYPES:
            log.records_read += 1
            yield from session.records(number, line)
        else:
            log.skip(number, f"unknown record type {line.get('type')!r}")


def resume(path: str, data: bytes, log: FileLog, state: dict[str, Any]) -> Iterator[EvidenceRecord]:
    """The records of ``.jsonl`` lines appended after those that left ``state`` (updated in place)."""
    session = _Session(path)
    session.id = text(state.get("id"))
    session.hashes = tuple(value for value in state.get("hashes") or () if isinstance(value, str))
    yield from _read_lines(session, data, log)
    state.update(id=session.id, hashes=list(session.hashes))


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    session = _Session(path)
    if path.endswith(".json"):
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            log.skip(0, f"not a JSON conversation ({type(exc).__name__})")
            return
        messages = document.get("messages") if isinstance(document, dict) else None
        if not isinstance(messages, list):
            log.skip(0, "no messages list (an unknown conversation format)")
            return
        session.learn(document)
        for message in messages:
            if isinstance(message, dict):
                log.records_read += 1
                yield from session.records(0, message)
        return
    yield from _read_lines(session, data, log)


SOURCE = Source(
    id="gemini-cli", tool="Gemini CLI", agent="Gemini", level="edit",
    basis="google-gemini/gemini-cli packages/core/src/services/chatRecordingTypes.ts @04741d1d; "
          "packages/core/src/tools/tool-names.ts",
    best_effort=False, environment=("GEMINI_CLI_HOME",), locations=_locations,
    file_names=("session-*.jsonl", "session-*.json"), read=read, resume=resume, resume_names=("*.jsonl",),
    side_files=(os.path.join(os.pardir, ".project_root"),),
)  # fmt: skip
