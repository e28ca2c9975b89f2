"""GitHub Copilot Chat in VS Code: chat sessions and agent transcripts under the editor's user data
(``~/.config/Code/User`` on Linux, ``~/Library/Application Support/Code/User`` on macOS,
``%APPDATA%\\Code\\User`` on Windows; also Code - Insiders and VSCodium):

- ``workspaceStorage/<hash>/chatSessions/<sessionId>.json`` or ``.jsonl`` (and
  ``globalStorage/emptyWindowChatSessions/`` for a window with no folder). Written by VS Code
  (microsoft/vscode src/vs/workbench/contrib/chat/common/model/chatSessionStore.ts and
  objectMutationLog.ts @047238f9): the ``.json`` is the whole session {version, sessionId,
  requests[]}; the ``.jsonl`` is a mutation log whose first entry is {kind 0, v: the session},
  followed by {kind 1, k: path, v} (set), {kind 2, k: path, v: items, i?} (push, cutting the array
  at ``i`` first) and {kind 3, k: path} (delete). A request has ``modelId`` ("copilot/gpt-4o"),
  ``timestamp`` (ms since the epoch, UTC), ``result.metadata.toolCallRounds[].toolCalls[]``
  {name, arguments: JSON text, id} and ``response[]`` parts, of which a ``textEditGroup``
  {uri, edits[[{text, range}]]} is text the editor inserted. The tool call rounds are Copilot
  Chat's result metadata (microsoft/vscode-copilot-chat src/extension/prompt/common/
  conversation.ts @31acd00a); the whole shape was checked against the sample
  ../shared/research/samples/git-ai/copilot_session_multiline.jsonl (version 3, Copilot Chat
  0.37.1), the edit group against no sample (best effort). The tools' argument names are in
  ``tool_arguments``.
- ``workspaceStorage/<hash>/GitHub.copilot-chat/transcripts/<sessionId>.jsonl``: Copilot Chat's
  agent event stream (``copilot_events``), which names no model.

The workspace folder comes from ``workspace.json`` ({"folder": "file:///…"}) beside the
session's folder. Only files named like a session id (a UUID) are looked at. A record is a tool
call or an edit group of a request; its line is the log entry that last changed the request (for a
whole ``.json``, the request's position). Unknown entry kinds are skipped and counted; a newer
``version`` is read as long as requests keep their shape.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import json_lines, text, whole_json
from provenance.evidence.lines import text_line_hashes
from provenance.evidence.readers.copilot_events import read_events
from provenance.evidence.readers.tool_arguments import recorded_path, written_files
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, Source

EDITORS = ("Code", "Code - Insiders", "VSCodium")
_CHAT_FOLDERS = frozenset({"chatSessions", "emptyWindowChatSessions"})
_MAX_WORKSPACE_FILE = 64 * 1024
_KeyPath = list[Any]


def user_folders(platform: Platform) -> list[str]:
    """Each VS Code flavour's ``User`` folder, per system."""
    return [os.path.join(platform.app_config_home(), editor, "User") for editor in EDITORS]


def _locations(platform: Platform) -> list[str]:
    folders = user_folders(platform)
    return [os.path.join(user, "workspaceStorage") for user in folders] + [
        os.path.join(user, "globalStorage", "emptyWindowChatSessions") for user in folders]


def _workspace_folder(path: str) -> str | None:
    """The folder ``workspace.json`` beside the session's folder names, if it is a local one."""
    folder = os.path.dirname(path)
    for _ in range(3):
        folder = os.path.dirname(folder)
        try:
            with open(os.path.join(folder, "workspace.json"), "rb") as handle:
                document = json.loads(handle.read(_MAX_WORKSPACE_FILE))
        except (OSError, ValueError):
            continue
        uri = document.get("folder") if isinstance(document, dict) else None
        from urllib.parse import unquote, urlparse  # ~2.5 ms, only when a session names its folder by URI

        parsed = urlparse(uri) if isinstance(uri, str) else None
        return recorded_path(unquote(parsed.path)) if parsed and parsed.scheme == "file" else None
    return None


def _walk(state: Any, path: _KeyPath) -> Any:
    for key in path:
        if isinstance(state, dict) and isinstance(key, str):
            state = state.get(key)
        elif isinstance(state, list) and isinstance(key, int) and 0 <= key < len(state):
            state = state[key]
        else:
            return None
    return state


def _set(state: Any, path: _KeyPath, value: Any, delete: bool = False) -> bool:
    parent, last = _walk(state, path[:-1]), path[-1] if path else None
    if isinstance(parent, dict) and isinstance(last, str):
        if delete:
            parent.pop(last, None)
        else:
            parent[last] = value
        return True
    if isinstance(parent, list) and isinstance(last, int) and 0 <= last <= len(parent):
        parent[last:last + 1] = [] if delete else [value]
        return True
    return False


def _push(state: Any, path: _KeyPath, values: Any, cut: Any) -> bool:
    target = _walk(state, path)
    if not isinstance(target, list) or not isinstance(values if values is not None else [], list):
        return False
    if isinstance(cut, int):
        del target[cut:]
    target.extend(values or [])
    return True


class _Replay:
    """The session a mutation log describes, and which entry last changed each request."""

    def __init__(self) -> None:
        self.state: Any = None
        self.request_lines: dict[int, int] = {}

    def _requests(self) -> list[Any]:
        requests = self.state.get("requests") if isinstance(self.state, dict) else None
        return requests if isinstance(requests, list) else []

    def apply(self, number: int, entry: dict[str, Any]) -> str | None:
        """Why the entry could not be applied, or None."""
        kind, path = entry.get("kind"), entry.get("k")
        if kind == 0:
            self.state = entry.get("v")
            self.request_lines = dict.fromkeys(range(len(self._requests())), number)
            return None
        if kind not in (1, 2, 3):
            return f"unknown entry kind {kind!r}"
        if self.state is None or not isinstance(path, list):
            return "no session state before this entry" if self.state is None else "no path"
        before = len(self._requests())
        applied = _push(self.state, path, entry.get("v"), entry.get("i")) if kind == 2 else \
            _set(self.state, path, entry.get("v"), delete=kind == 3)
        if not applied:
            return "its path is not in the session"
        if path[:1] == ["requests"]:
            changed = [path[1]] if len(path) > 1 and isinstance(path[1], int) else range(before, len(self._requests()))
            self.request_lines.update(dict.fromkeys(changed, number))
        return None


def _model(request: dict[str, Any]) -> str | None:
    model = text(request.get("modelId"))
    return model.removeprefix("copilot/") if model else None


def _request_edits(request: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    result = request.get("result")
    metadata = result.get("metadata") if isinstance(result, dict) else None
    rounds = metadata.get("toolCallRounds") if isinstance(metadata, dict) else None
    for round_ in rounds if isinstance(rounds, list) else []:
        calls = round_.get("toolCalls") if isinstance(round_, dict) else None
        for call in calls if isinstance(calls, list) else []:
            if isinstance(call, dict):
                yield from written_files(call.get("arguments"))
    for part in request.get("response") or []:
        if isinstance(part, dict) and part.get("kind") == "textEditGroup" and isinstance(part.get("uri"), dict):
            uri = part["uri"]
            target = text(uri.get("fsPath")) or text(uri.get("path"))
            inserted = [str(edit["text"]) for group in part.get("edits") or [] if isinstance(group, list)
                        for edit in group if isinstance(edit, dict) and isinstance(edit.get("text"), str)]
            hashes = text_line_hashes("\n".join(inserted)) if inserted else frozenset()
            if target and hashes:
                yield recorded_path(target), hashes


def _session_records(path: str, state: Any, lines: dict[int, int], log: FileLog) -> Iterator[EvidenceRecord]:
    if not isinstance(state, dict) or not isinstance(state.get("requests"), list):
        log.skip(0, "not a chat session (no requests)")
        return
    session_id = text(state.get("sessionId")) or os.path.splitext(os.path.basename(path))[0]
    hints = SessionHints(cwd=_workspace_folder(path))
    for index, request in enumerate(state["requests"]):
        if not isinstance(request, dict):
            continue
        for file_path, hashes in _request_edits(request):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=session_id, model=_model(request),
                time=from_epoch(request.get("timestamp")), hints=hints, source_file=path,
                source_line=lines.get(index, index + 1), file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


def _read_chat_session(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    if path.endswith(".json"):
        state = whole_json(data, log)
        if state is not None:
            log.records_read += 1
            yield from _session_records(path, state, {}, log)
        return
    replay = _Replay()
    for number, entry in json_lines(data, log):
        problem = replay.apply(number, entry)
        if problem:
            log.skip(number, problem)
        else:
            log.records_read += 1
    if replay.state is not None:
        yield from _session_records(path, replay.state, replay.request_lines, log)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    folder = os.path.basename(os.path.dirname(path))
    if folder in _CHAT_FOLDERS:
        yield from _read_chat_session(path, data, log)
    elif folder == "transcripts" and path.endswith(".jsonl"):
        session = os.path.splitext(os.path.basename(path))[0]
        yield from read_events(SOURCE.id, path, data, log, session_id=session, cwd=_workspace_folder(path))


SOURCE = Source(
    id="copilot-vscode", tool="GitHub Copilot (VS Code)", agent="Copilot", level="edit",
    basis="microsoft/vscode chat/common/model/objectMutationLog.ts @047238f9; microsoft/vscode-copilot-chat "
          "sessionTranscriptService.ts, tools/node/*Tool.tsx @31acd00a; research sample (Copilot Chat 0.37.1)",
    best_effort=False, environment=(), locations=_locations,
    file_names=("*-*-*-*-*.json", "*-*-*-*-*.jsonl"), read=read,
)  # fmt: skip
