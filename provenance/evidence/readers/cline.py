"""Cline task histories: ``<VS Code user data>/User/globalStorage/saoudrizwan.claude-dev/tasks/
<taskId>/ui_messages.json`` (also under Code - Insiders, VSCodium and Cursor). Roo Code, a Cline
fork, keeps the same files under ``rooveterinaryinc.roo-cline`` (``readers/roo_code``).

Format from cline/cline apps/vscode/src/shared/ExtensionMessage.ts (commit 21cb8d25): the file is
one JSON array of ClineMessage {ts (ms since the epoch), type "ask"|"say", ask, say, text,
modelInfo{modelId, providerId, mode}}. A message with ``ask`` or ``say`` "tool" carries in
``text`` a JSON ClineSayTool {tool, path, content, diff}; the tools that write are
``newFileCreated`` (write_to_file: ``content`` is the file), ``editedExistingFile``
(replace_in_file: SEARCH/REPLACE blocks; apply_patch: the patch; see
apps/vscode/src/sdk/message-translator.ts) and Roo Code's ``appliedDiff`` (apply_diff: SEARCH/
REPLACE blocks). ``path`` is shown relative to the task's folder, which
``<globalStorage>/state/taskHistory.json`` (HistoryItem {id, cwdOnTaskInitialization, modelId},
shared/HistoryItem.ts) names (Roo Code: the task's own ``history_item.json``, {workspace});
failing that, the ``Current Working/Workspace Directory (…)`` heading of the environment details
in the task's api_conversation_history.json (best effort: only that path is read from it).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from typing import Any

from provenance.evidence.apply_patch import patch_additions
from provenance.evidence.jsonl import text, whole_json
from provenance.evidence.lines import split_lines, text_line_hashes, written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, from_epoch
from provenance.evidence.sources import Platform, ReadFile, Source

_WRITING_TOOLS = frozenset({"newFileCreated", "editedExistingFile", "appliedDiff", "insertContent", "searchAndReplace"})
_CWD_HEADING = re.compile(rb'# Current (?:Working|Workspace) Directory \(([^)"]+)\)')
_MAX_SIDE_FILE = 64 * 1024 * 1024
_EDITORS = ("Code", "Code - Insiders", "VSCodium", "Cursor")


def global_storage_folders(platform: Platform, extension_id: str) -> list[str]:
    """The extension's globalStorage folder in each VS Code flavour's user data, per system."""
    base = platform.app_config_home()
    return [os.path.join(base, editor, "User", "globalStorage", extension_id, "tasks") for editor in _EDITORS]


def _read_side_file(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_SIDE_FILE + 1)
    except OSError:
        return None
    return data if len(data) <= _MAX_SIDE_FILE else None


# What _task_folder_cwd reads besides the task's ui_messages.json, from the task's folder.
_SIDE_FILES = ("history_item.json", os.path.join(os.pardir, os.pardir, "state", "taskHistory.json"),
               "api_conversation_history.json")


def _task_folder_cwd(task_folder: str) -> str | None:
    """The task's folder as taskHistory.json or the task's conversation names it."""
    own = _read_side_file(os.path.join(task_folder, "history_item.json"))  # Roo Code keeps one per task
    try:
        item = json.loads(own.decode("utf-8")) if own else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        item = None
    if isinstance(item, dict) and (text(item.get("workspace")) or text(item.get("cwdOnTaskInitialization"))):
        return str(text(item.get("workspace")) or item["cwdOnTaskInitialization"])
    task_id = os.path.basename(task_folder)
    history = _read_side_file(os.path.join(os.path.dirname(os.path.dirname(task_folder)), "state", "taskHistory.json"))
    try:
        items = json.loads(history.decode("utf-8")) if history else []
    except (UnicodeDecodeError, json.JSONDecodeError):
        items = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("id") == task_id and text(item.get("cwdOnTaskInitialization")):
            return str(item["cwdOnTaskInitialization"])
    conversation = _read_side_file(os.path.join(task_folder, "api_conversation_history.json")) or b""
    found = _CWD_HEADING.search(conversation)
    if found is None:
        return None
    escaped = found.group(1).decode("utf-8", "replace")  # as written inside a JSON string
    try:
        return str(json.loads(f'"{escaped}"')).strip() or None
    except json.JSONDecodeError:
        return escaped.strip() or None


def _search_replace_additions(diff: str) -> list[str]:
    """The REPLACE sides of SEARCH/REPLACE blocks (Cline's ``------- SEARCH``/``+++++++ REPLACE``
    and the older ``<<<<<<< SEARCH``/``>>>>>>> REPLACE``)."""
    added: list[str] = []
    replacing = False
    for line in split_lines(diff):
        marker = line.strip()
        if marker == "=======":
            replacing = True
        elif marker.endswith(("REPLACE", "SEARCH")) and marker.startswith(("+++++++", ">>>>>>>", "-------", "<<<<<<<")):
            replacing = False
        elif replacing:
            added.append(line)
    return added


def written_hashes(tool: dict[str, Any]) -> frozenset[str]:
    """Hashes of the lines a ClineSayTool wrote: a new file's content, the REPLACE sides of
    SEARCH/REPLACE blocks, a patch's or a unified diff's added lines."""
    body = text(tool.get("content")) if tool.get("tool") == "newFileCreated" else None
    body = body or text(tool.get("diff")) or text(tool.get("content")) or ""
    if "=======" in body and ("SEARCH" in body and "REPLACE" in body):
        return written_line_hashes(_search_replace_additions(body))
    patch = patch_additions(body)
    if patch:
        return frozenset().union(*(written_line_hashes(added) for _, added in patch))
    if body.startswith(("--- ", "@@", "diff ", "Index: ")) or "\n@@ " in body:
        return written_line_hashes(line[1:] for line in split_lines(body)
                                   if line.startswith("+") and not line.startswith("+++"))
    return text_line_hashes(body) if tool.get("tool") == "newFileCreated" else frozenset()


def _tool_of(message: dict[str, Any]) -> dict[str, Any] | None:
    if "tool" not in (message.get("ask"), message.get("say")) or not isinstance(message.get("text"), str):
        return None
    try:
        tool = json.loads(message["text"])
    except json.JSONDecodeError:
        return None
    return tool if isinstance(tool, dict) and tool.get("tool") in _WRITING_TOOLS else None


def _model_of(message: dict[str, Any]) -> str | None:
    info = message.get("modelInfo")
    return text(info.get("modelId")) if isinstance(info, dict) else None


def reader(source_id: str) -> ReadFile:
    """The ui_messages.json reader for Cline or a fork that keeps Cline's files (``source_id``)."""

    def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
        messages = whole_json(data, log)
        if messages is None:
            return
        if not isinstance(messages, list):
            log.skip(0, "not a list of messages (an unknown task format)")
            return
        task_folder = os.path.dirname(path)
        hints = SessionHints(cwd=_task_folder_cwd(task_folder))
        yield from _records(source_id, path, messages, hints, log)

    return read


def _records(source_id: str, path: str, messages: list[Any], hints: SessionHints,
             log: FileLog) -> Iterator[EvidenceRecord]:
    model: str | None = None
    session = os.path.basename(os.path.dirname(path))
    for index, message in enumerate(messages, start=1):
        if not isinstance(message, dict) or message.get("type") not in ("ask", "say"):
            kind = message.get("type") if isinstance(message, dict) else type(message).__name__
            log.skip(0, f"message {index}: unknown message type {kind!r}")
            continue
        log.records_read += 1
        model = _model_of(message) or model
        tool = _tool_of(message)
        file_path = text(tool.get("path")) if tool else None
        hashes = written_hashes(tool) if tool else frozenset()
        if tool is None or message.get("partial") is True or not file_path or not hashes:
            continue
        yield EvidenceRecord(
            source=source_id, level="edit", session_id=session, model=model, time=from_epoch(message.get("ts")),
            hints=hints, source_file=path, source_line=index, file_path=file_path, line_hashes=hashes,
        )  # fmt: skip


def _locations(platform: Platform) -> list[str]:
    return global_storage_folders(platform, "saoudrizwan.claude-dev")


def make_source(source_id: str, tool: str, locations: Callable[[Platform], list[str]], basis: str) -> Source:
    return Source(
        id=source_id, tool=tool, agent=tool, level="edit", basis=basis, best_effort=False,
        environment=("APPDATA", "XDG_CONFIG_HOME"), locations=locations, file_names=("ui_messages.json",),
        read=reader(source_id), side_files=_SIDE_FILES,
    )  # fmt: skip


SOURCE = make_source("cline", "Cline", _locations,
                     "cline/cline apps/vscode/src/shared/ExtensionMessage.ts @21cb8d25; sdk/message-translator.ts")
