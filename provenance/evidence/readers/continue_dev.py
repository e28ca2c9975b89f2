"""Continue sessions: ``sessions/<sessionId>.json`` under ``$CONTINUE_GLOBAL_DIR``, else
``~/.continue`` (the IDE extensions and the ``cn`` CLI share it; ``sessions.json`` is only an index).

Format from continuedev/continue (core/tools/builtIn.ts @c0b26d33, core/tools/definitions/
createNewFile.ts, singleFindAndReplace.ts @0ce60b1b, multiEdit.ts) and the sample
../shared/research/samples/git-ai/continue-cli-session-simple.json: one JSON object {sessionId,
title, workspaceDirectory (a path or a ``file://`` URI), history[]}; each history item holds a
``message`` {role, content, toolCalls[{id, function{name, arguments (a JSON string)}}]} and
``toolCallStates[{toolCallId, status, parsedArgs}]``. The tools that write are
``create_new_file`` (``filepath``, ``contents``), ``edit_existing_file`` (``filepath``,
``changes``), ``single_find_and_replace`` (``filepath``, ``new_string``), ``multi_edit``
(``filepath``, ``edits[].new_string``), each also with a ``builtin_`` prefix in older versions,
and the CLI's ``Write`` (``file_path``, ``content``), ``Edit`` and ``MultiEdit``. A session
records neither model nor time: its records get the file's modification time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import text, whole_json
from provenance.evidence.lines import text_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_FAILED = frozenset({"errored", "canceled", "cancelled"})
_ROLES = frozenset({"user", "assistant", "system", "tool", "thinking"})
_WRITTEN_KEYS = ("contents", "content", "changes", "new_string")


def _locations(platform: Platform) -> list[str]:
    base = platform.env("CONTINUE_GLOBAL_DIR") or platform.join_home(".continue")
    return [os.path.join(base, "sessions")]


def as_path(value: str | None) -> str | None:
    """A ``file://`` URI as a path (``file:///c%3A/x`` as ``c:/x``); anything else unchanged."""
    if not value or not value.startswith("file://"):
        return value
    from urllib.parse import unquote, urlparse  # only here: ~5 ms to import, on every commit's scan

    path = unquote(urlparse(value).path)
    return path[1:] if len(path) > 2 and path[0] == "/" and path[2] == ":" else path


def _written(name: str, args: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The file a writing tool call names and the texts it wrote."""
    bare = name.removeprefix("builtin_")
    if bare not in ("create_new_file", "edit_existing_file", "single_find_and_replace", "multi_edit",
                    "Write", "Edit", "MultiEdit"):
        return None, []
    file_path = as_path(text(args.get("filepath")) or text(args.get("file_path")))
    texts = [args[key] for key in _WRITTEN_KEYS if isinstance(args.get(key), str)]
    edits = args.get("edits")
    texts += [e["new_string"] for e in edits or [] if isinstance(e, dict) and isinstance(e.get("new_string"), str)]
    return file_path, texts


def _arguments(call: dict[str, Any], state: dict[str, Any] | None) -> dict[str, Any]:
    if state is not None and isinstance(state.get("parsedArgs"), dict):
        parsed_already: dict[str, Any] = state["parsedArgs"]
        return parsed_already
    function = call.get("function")
    raw = function.get("arguments") if isinstance(function, dict) else None
    try:
        parsed = json.loads(raw) if isinstance(raw, str) else None
    except json.JSONDecodeError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _edits(item: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    message = item.get("message")
    calls = message.get("toolCalls") if isinstance(message, dict) else None
    states = {s.get("toolCallId"): s for s in item.get("toolCallStates") or [] if isinstance(s, dict)}
    for call in calls if isinstance(calls, list) else []:
        if not isinstance(call, dict) or not isinstance(call.get("function"), dict):
            continue
        state = states.get(call.get("id"))
        if state is not None and state.get("status") in _FAILED:
            continue
        file_path, texts = _written(str(call["function"].get("name")), _arguments(call, state))
        hashes = frozenset().union(*(text_line_hashes(chunk) for chunk in texts))
        if file_path and hashes:
            yield file_path, hashes


def _session(data: bytes, log: FileLog) -> dict[str, Any] | None:
    session = whole_json(data, log)
    if session is None:
        return None
    if not isinstance(session, dict) or not isinstance(session.get("history"), list):
        log.skip(0, "no history list (an unknown session format)")
        return None
    return session


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    session = _session(data, log)
    if session is None:
        return
    hints = SessionHints(cwd=as_path(text(session.get("workspaceDirectory"))))
    for index, item in enumerate(session["history"], start=1):
        message = item.get("message") if isinstance(item, dict) else None
        role = message.get("role") if isinstance(message, dict) else None
        if not isinstance(item, dict) or role not in _ROLES:
            log.skip(0, f"history item {index}: unknown message role {role!r}")
            continue
        log.records_read += 1
        for file_path, hashes in _edits(item):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=text(session.get("sessionId")), model=None, time=None,
                hints=hints, source_file=path, source_line=index, file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


SOURCE = Source(
    id="continue", tool="Continue", agent="Continue", level="edit",
    basis="continuedev/continue core/tools/builtIn.ts @c0b26d33, tools/definitions/*.ts; research sample session",
    best_effort=False, environment=("CONTINUE_GLOBAL_DIR",), locations=_locations,
    file_names=("*-*-*-*-*.json",), read=read,
)  # fmt: skip
