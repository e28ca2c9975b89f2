"""The GitHub Copilot agent event stream, one JSON event a line: VS Code's Copilot Chat writes it
as a session transcript and the Copilot CLI as ``events.jsonl``. Shared by ``copilot_vscode`` and
``copilot_cli``; not a source itself (no ``SOURCE``).

Format from microsoft/vscode-copilot-chat src/platform/chat/common/sessionTranscriptService.ts
(commit 31acd00a): every event is {type, data, id, timestamp (ISO, UTC), parentId}; ``type`` is
``session.start`` (data {sessionId, version, producer, copilotVersion, startTime, context{cwd}}),
``user.message``, ``assistant.turn_start``/``turn_end``, ``assistant.message`` (data.toolRequests
[{toolCallId, name, arguments: JSON text}]), ``tool.execution_start`` (data {toolCallId, toolName,
arguments}) and ``tool.execution_complete`` (data {toolCallId, success}). The CLI writes the same
events plus more of the same families (observed, best effort: session.start's
data.context{cwd, gitRoot, branch, headCommit, baseCommit, repository "owner/name",
repositoryHost}, ``session.model_change`` {newModel}, and a result{result_type} on completion).

An edit is a tool call's arguments (``tool_arguments``), taken from its execution start, or from
the assistant's request when no start was written; a call whose completion says it failed or was
refused wrote nothing and is dropped. An event of an unknown family is skipped and counted; a
newer ``version`` is read as long as the events keep their shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import json_lines, text
from provenance.evidence.readers.tool_arguments import written_files
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, parse_iso_time

_FAMILIES = frozenset({"session", "user", "assistant", "tool", "subagent", "hook", "skill", "system", "abort",
                       "pending_messages", "permission"})
_FAILED_RESULTS = frozenset({"failure", "rejected", "denied", "error", "cancelled"})


class _Call:
    def __init__(self, line: int, timestamp: object, arguments: object, model: str | None) -> None:
        self.line, self.timestamp, self.arguments, self.model = line, timestamp, arguments, model
        self.started = False
        self.failed = False


class _Stream:
    """What the events said so far: the session, its model, and each tool call by id."""

    def __init__(self, session_id: str | None, cwd: str | None) -> None:
        self.session_id = session_id
        self.cwd = cwd
        self.model: str | None = None
        self.urls: tuple[str, ...] = ()
        self.commits: tuple[str, ...] = ()
        self.calls: dict[str, _Call] = {}

    def start(self, data: dict[str, Any]) -> None:
        self.session_id = text(data.get("sessionId")) or self.session_id
        self.model = text(data.get("selectedModel")) or text(data.get("model")) or self.model
        context = data.get("context")
        if not isinstance(context, dict):
            return
        self.cwd = text(context.get("cwd")) or text(context.get("gitRoot")) or self.cwd
        repository, host = text(context.get("repository")), text(context.get("repositoryHost"))
        if repository:
            self.urls = (f"https://{host or 'github.com'}/{repository}",)
        self.commits = tuple(c for c in (text(context.get("headCommit")), text(context.get("baseCommit"))) if c)

    def request(self, number: int, event: dict[str, Any], data: dict[str, Any]) -> None:
        for request in data.get("toolRequests") or []:
            if isinstance(request, dict) and text(request.get("toolCallId")):
                self.calls.setdefault(request["toolCallId"], _Call(number, event.get("timestamp"),
                                                                   request.get("arguments"), self.model))

    def execution_start(self, number: int, event: dict[str, Any], data: dict[str, Any]) -> None:
        call_id = text(data.get("toolCallId")) or f"line-{number}"
        call = self.calls.get(call_id)
        if call is None or not call.started:
            started = _Call(number, event.get("timestamp"), data.get("arguments"), self.model)
            started.started = True
            self.calls[call_id] = started

    def execution_complete(self, data: dict[str, Any]) -> None:
        call = self.calls.get(str(data.get("toolCallId")))
        result = data.get("result")
        outcome = result.get("result_type") if isinstance(result, dict) else None
        if call is not None and (data.get("success") is False or outcome in _FAILED_RESULTS):
            call.failed = True

    def learn(self, number: int, event: dict[str, Any]) -> None:
        kind, data = event.get("type"), event.get("data")
        data = data if isinstance(data, dict) else {}
        if kind in ("session.start", "session.resume"):
            self.start(data)
        elif kind == "session.model_change":
            self.model = text(data.get("newModel")) or self.model
        elif kind == "assistant.message":
            self.request(number, event, data)
        elif kind == "tool.execution_start":
            self.execution_start(number, event, data)
        elif kind == "tool.execution_complete":
            self.execution_complete(data)

    def hints(self) -> SessionHints:
        return SessionHints(cwd=self.cwd, repository_urls=self.urls, commit_ids=self.commits)


def read_events(source_id: str, path: str, data: bytes, log: FileLog, session_id: str | None,
                cwd: str | None) -> Iterator[EvidenceRecord]:
    """The edits of one event stream; ``session_id`` and ``cwd`` stand in where the events say none."""
    stream = _Stream(session_id, cwd)
    for number, event in json_lines(data, log):
        kind = event.get("type")
        if not isinstance(kind, str) or kind.split(".", 1)[0] not in _FAMILIES:
            log.skip(number, f"unknown event type {kind!r}")
            continue
        log.records_read += 1
        stream.learn(number, event)
    hints = stream.hints()
    for call in stream.calls.values():
        if call.failed:
            continue
        for file_path, hashes in written_files(call.arguments):
            yield EvidenceRecord(
                source=source_id, level="edit", session_id=stream.session_id, model=call.model,
                time=parse_iso_time(call.timestamp), hints=hints, source_file=path, source_line=call.line,
                file_path=file_path, line_hashes=hashes,
            )  # fmt: skip
