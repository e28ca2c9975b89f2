"""Amp (Sourcegraph) threads: ``$XDG_DATA_HOME/amp/threads/T-<uuid>.json`` (default
``~/.local/share/amp/threads`` on Linux and macOS, ``%LOCALAPPDATA%\\amp\\threads`` on Windows).

Best effort: Amp's CLI is not open source (sourcegraph/amp-cli holds only its packaging), so the
shape is learnt from the observed sample ../shared/research/samples/git-ai/amp-threads_T-….json
and the notes (field-survey.md §2.1, after git-ai's streams/agents/amp.rs, which names the
folders). A thread is one JSON document the CLI rewrites whole: ``{v, id, created (ms),
messages[], env.initial.trees[{uri, repository{url, sha}}]}``; ``v`` counts the thread's
revisions and is not checked. Messages have a ``role`` (``user``, ``assistant``; another role is
skipped and counted) and ``content`` items (``text``, ``thinking``, ``tool_use``,
``tool_result``, …). An assistant message carries ``usage{model, timestamp (ISO, UTC)}``; its
``tool_use`` items ``edit_file`` (input ``path``, ``new_str``) and ``create_file`` (``path``,
``content``) give the lines written, and a patch text in any input (``*** Begin Patch``) is read
too. A tool whose ``tool_result.run.status`` is other than "done" (an error, a rejection) wrote
nothing. Paths are absolute. The work tree's ``uri``, remote ``url`` and ``sha`` tie the thread
to the repository even after a move.

Third-party readers note that current Amp versions keep threads on Amp's server and stop writing
this folder; the reader reads what is there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.apply_patch import patch_additions
from provenance.evidence.file_uris import path_from_file_uri
from provenance.evidence.jsonl import text, whole_json
from provenance.evidence.lines import text_line_hashes, written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch, parse_iso_time
from provenance.evidence.sources import Platform, Source

_KNOWN_ROLES = frozenset({"user", "assistant"})
_WRITTEN_KEY = {"edit_file": "new_str", "create_file": "content"}


def _locations(platform: Platform) -> list[str]:
    if platform.system == "windows":
        return [os.path.join(platform.local_app_data(), "amp", "threads")]
    return [os.path.join(platform.xdg_data_home(), "amp", "threads")]


def _items(message: dict[str, Any]) -> list[dict[str, Any]]:
    content = message.get("content")
    return [item for item in content if isinstance(item, dict)] if isinstance(content, list) else []


def _table(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _hints(thread: dict[str, Any]) -> SessionHints:
    trees = _table(_table(thread.get("env")).get("initial")).get("trees")
    trees = [tree for tree in trees if isinstance(tree, dict)] if isinstance(trees, list) else []
    folders = [path_from_file_uri(uri) for tree in trees if (uri := text(tree.get("uri")))]
    repositories = [_table(tree.get("repository")) for tree in trees]
    return SessionHints(
        cwd=folders[0] if folders else None,
        repository_urls=tuple(url for repository in repositories if (url := text(repository.get("url")))),
        commit_ids=tuple(sha for repository in repositories if (sha := text(repository.get("sha")))),
    )


def _failed_tools(messages: list[dict[str, Any]]) -> set[str]:
    """Ids of the tool uses whose result says they did not run to the end."""
    failed = set()
    for message in messages:
        for item in _items(message):
            status = _table(item.get("run")).get("status")
            if item.get("type") == "tool_result" and status is not None and status != "done":
                failed.add(str(item.get("toolUseID")))
    return failed


def _written(item: dict[str, Any]) -> Iterator[tuple[str, frozenset[str]]]:
    tool_input = _table(item.get("input"))
    path = text(tool_input.get("path"))
    written = tool_input.get(_WRITTEN_KEY.get(str(item.get("name")), ""))
    if path and isinstance(written, str):
        yield path_from_file_uri(path), text_line_hashes(written)
        return
    for value in tool_input.values():
        if isinstance(value, str) and "*** Begin Patch" in value:
            for patch_path, added in patch_additions(value):
                yield patch_path, written_line_hashes(added)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    thread = whole_json(data, log)
    messages = thread.get("messages") if isinstance(thread, dict) else None
    if not isinstance(thread, dict) or not isinstance(messages, list):
        if thread is not None:
            log.skip(0, "no messages list (an unknown thread format)")
        return
    messages = [message if isinstance(message, dict) else {} for message in messages]
    hints, failed = _hints(thread), _failed_tools(messages)
    session, created = text(thread.get("id")), from_epoch(thread.get("created"))
    for index, message in enumerate(messages):
        role = message.get("role")
        if role not in _KNOWN_ROLES:
            log.skip(0, f"message {index}: unknown role {role!r}")
            continue
        log.records_read += 1
        usage = _table(message.get("usage"))
        time = parse_iso_time(usage.get("timestamp")) or from_epoch(_table(message.get("meta")).get("sentAt"))
        for item in _items(message):
            if item.get("type") != "tool_use" or str(item.get("id")) in failed:
                continue
            for file_path, hashes in _written(item):
                yield EvidenceRecord(
                    source=SOURCE.id, level="edit", session_id=session, model=text(usage.get("model")),
                    time=time or created, hints=hints, source_file=path, source_line=index, file_path=file_path,
                    line_hashes=hashes,
                )  # fmt: skip


SOURCE = Source(
    id="amp", tool="Amp", agent="Amp", level="edit",
    basis="observed records (research sample amp-threads_T-….json; field-survey.md §2.1)",
    best_effort=True, environment=("XDG_DATA_HOME", "LOCALAPPDATA"), locations=_locations,
    file_names=("T-*.json",), read=read,
)  # fmt: skip
