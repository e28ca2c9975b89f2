"""Windsurf (Codeium) Cascade transcripts: ``~/.windsurf/transcripts/<trajectory_id>.jsonl``
(``%USERPROFILE%\\.windsurf\\transcripts`` on Windows; Windsurf names no variable that moves them).

Best effort: Windsurf is closed source and documents only its hooks (docs.windsurf.com/windsurf/
cascade/hooks: ``post_cascade_response_with_transcript`` hands a hook the transcript's path). The
shape is learnt from the observed sample ../shared/research/samples/git-ai/windsurf-session-simple.jsonl
and the notes (field-survey.md §2.1, after git-ai's presets/windsurf.rs, which names the default
path): one JSON object a line, ``{"type": T, "status": "done"|"error", T: {...}}`` with the
types ``user_input``, ``planner_response``, ``view_file``, ``code_action``, ``run_command``,
``list_directory``, ``find``, ``grep_search`` and ``list_resources``; any other type is skipped
and counted, so a new Windsurf step shows up in ``evidence sources``. Only ``code_action`` edits:
``{path: file URI, original_content, new_content, acknowledgement_type}``, where both contents
are the whole file — the lines written are the lines of ``new_content`` not in
``original_content``. An action that failed (``status`` "error") or was rejected is not read.

What is *not* evidenced, and so not read: the transcript carries no time, no model and no
session folder. The session is the file name (the trajectory id); the time is the file's
modification time (the scan puts it in); the model is unknown (only the hook input names it).
Cascade's own store (``~/.codeium/windsurf/cascade/``) is not a documented or observed readable
format and is not read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.file_uris import path_from_file_uri
from provenance.evidence.jsonl import known_json_lines, text
from provenance.evidence.lines import normalise, split_lines, written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_KNOWN_TYPES = frozenset({"user_input", "planner_response", "view_file", "code_action", "run_command",
                          "list_directory", "find", "grep_search", "list_resources"})
_REJECTED = "REJECT"  # in acknowledgement_type, e.g. ACKNOWLEDGEMENT_TYPE_REJECT


def _locations(platform: Platform) -> list[str]:
    return [platform.join_home(".windsurf", "transcripts")]


def _new_lines(original: str, new: str) -> list[str]:
    """The lines of ``new`` that ``original`` did not have (compared normalised)."""
    before = {normalise(line) for line in split_lines(original)}
    return [line for line in split_lines(new) if normalise(line) not in before]


def _edit(record: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """(file path, hashes of the lines written) of an applied ``code_action``, else None."""
    action = record.get("code_action")
    if record.get("status") == "error" or not isinstance(action, dict):
        return None
    if _REJECTED in str(action.get("acknowledgement_type") or ""):
        return None
    uri, new = text(action.get("path")), action.get("new_content")
    if uri is None or not isinstance(new, str):
        return None
    original = action.get("original_content")
    added = _new_lines(original if isinstance(original, str) else "", new)
    return path_from_file_uri(uri), written_line_hashes(added)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    trajectory = os.path.splitext(os.path.basename(path))[0] or None
    for number, kind, record in known_json_lines(data, log, "type", _KNOWN_TYPES, "record type"):
        edit = _edit(record) if kind == "code_action" else None
        if edit is None or not edit[1]:
            continue
        yield EvidenceRecord(
            source=SOURCE.id, level="edit", session_id=trajectory, model=None, time=None, hints=SessionHints(),
            source_file=path, source_line=number, file_path=edit[0], line_hashes=edit[1],
        )  # fmt: skip


SOURCE = Source(
    id="windsurf", tool="Windsurf", agent="Windsurf", level="edit",
    basis="observed records (research sample windsurf-session-simple.jsonl; field-survey.md §2.1)",
    best_effort=True, environment=(), locations=_locations, file_names=("*.jsonl",), read=read,
)  # fmt: skip
