"""GitHub Copilot Chat's local OpenTelemetry store: ``<VS Code user data>/User/globalStorage/
github.copilot-chat/agent-traces.db`` (the folders of ``copilot_vscode``; written when the setting
``github.copilot.chat.otel.dbSpanExporter.enabled`` is on).

Format from microsoft/vscode-copilot-chat src/platform/otel/node/sqlite/otelSqliteStore.ts (commit
31acd00a, schema version 1): ``spans`` (span_id, trace_id, name, start_time_ms, end_time_ms,
status_code, operation_name, conversation_id, request_model, response_model, tool_name,
tool_call_id, chat_session_id, …) with ``span_attributes`` (span_id, key, value) holding every
attribute (src/platform/otel/common/genAiAttributes.ts). A tool call is an ``execute_tool`` span
whose ``gen_ai.tool.call.arguments`` attribute is the call's JSON arguments (for ``apply_patch``
the whole ``*** Begin Patch`` text; see the sample copilot-otel-apply_patch-span.txt); a span with
status 2 (OTel's ERROR) wrote nothing. The model is that of the trace's ``chat`` spans (else the
session's). Newer versions add ``copilot_chat.repo.remote_url`` and ``copilot_chat.repo.
head_commit_hash`` attributes (field-survey.md, git-ai's reader; best effort): they become the
session's hints, so a moved or re-cloned repository still matches. Times are ms since the epoch
(UTC). The store is opened read-only and never waited on: a locked or damaged database, or one of
an unknown schema, is skipped and counted.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from typing import Any

from provenance.evidence.jsonl import text
from provenance.evidence.readers.copilot_vscode import user_folders
from provenance.evidence.readers.tool_arguments import parse_arguments, written_files
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, Source
from provenance.evidence.sqlite_store import query_store

_SESSION = "COALESCE(NULLIF(s.chat_session_id, ''), s.conversation_id)"
_TOOL_CALLS = (f"SELECT s.rowid, s.trace_id, {_SESSION}, s.start_time_ms, a.value FROM spans s "
               "JOIN span_attributes a ON a.span_id = s.span_id AND a.key = 'gen_ai.tool.call.arguments' "
               "WHERE s.operation_name = 'execute_tool' AND s.status_code != 2 ORDER BY s.rowid")
_MODELS = (f"SELECT s.trace_id, {_SESSION}, COALESCE(s.response_model, s.request_model) FROM spans s "
           "WHERE COALESCE(s.response_model, s.request_model) IS NOT NULL ORDER BY s.start_time_ms")
_REPOSITORY = (f"SELECT s.trace_id, {_SESSION}, a.key, a.value FROM span_attributes a "
               "JOIN spans s ON s.span_id = a.span_id WHERE a.key IN "
               "('copilot_chat.repo.remote_url', 'copilot_chat.repo.head_commit_hash')")


def _locations(platform: Platform) -> list[str]:
    return [os.path.join(user, "globalStorage", "github.copilot-chat") for user in user_folders(platform)]


class _Context:
    """Models and repository attributes by trace and by session."""

    def __init__(self, models: list[Any], repository: list[Any]) -> None:
        self.models: dict[object, str] = {}
        for trace, session, model in models:
            if isinstance(model, str) and model:
                self.models[("trace", trace)] = model
                self.models[("session", session)] = model
        self.urls: dict[object, set[str]] = {}
        self.commits: dict[object, set[str]] = {}
        for trace, session, key, value in repository:
            if isinstance(value, str) and value:
                found = self.urls if key.endswith("remote_url") else self.commits
                found.setdefault(("trace", trace), set()).add(value)
                found.setdefault(("session", session), set()).add(value)

    def model(self, trace: object, session: object) -> str | None:
        return self.models.get(("trace", trace)) or self.models.get(("session", session))

    def hints(self, trace: object, session: object) -> SessionHints:
        keys = (("trace", trace), ("session", session))
        urls = sorted(set().union(*(self.urls.get(key, set()) for key in keys)))
        commits = sorted(set().union(*(self.commits.get(key, set()) for key in keys)))
        return SessionHints(repository_urls=tuple(urls), commit_ids=tuple(commits))


def _select(connection: sqlite3.Connection) -> tuple[list[Any], list[Any], list[Any]]:
    calls = connection.execute(_TOOL_CALLS).fetchall()
    models = connection.execute(_MODELS).fetchall()
    try:
        repository = connection.execute(_REPOSITORY).fetchall()
    except sqlite3.Error:
        repository = []  # an older store without the repository attributes
    return calls, models, repository


def _query(path: str, log: FileLog) -> tuple[list[Any], list[Any], list[Any]] | None:
    return query_store(path, log, _select)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    rows = _query(path, log)
    if rows is None:
        return
    calls, models, repository = rows
    context = _Context(models, repository)
    for rowid, trace, session, started, arguments in calls:
        parsed = parse_arguments(arguments)
        if isinstance(parsed, str) and parsed.startswith("{"):
            log.skip(rowid, "tool arguments are not JSON (cut off?)")
            continue
        log.records_read += 1
        for file_path, hashes in written_files(parsed):
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=text(session), model=context.model(trace, session),
                time=from_epoch(started), hints=context.hints(trace, session), source_file=path,
                source_line=rowid, file_path=file_path, line_hashes=hashes,
            )  # fmt: skip


SOURCE = Source(
    id="copilot-otel", tool="GitHub Copilot (VS Code)", agent="Copilot", level="edit",
    basis="microsoft/vscode-copilot-chat src/platform/otel/node/sqlite/otelSqliteStore.ts @31acd00a "
          "(schema 1); repository attributes observed",
    best_effort=False, environment=(), locations=_locations,
    file_names=("agent-traces.db",), read=read, opens_itself=True,
)  # fmt: skip
