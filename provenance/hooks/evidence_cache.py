"""The evidence prepare-commit-msg read, handed to commit-msg of the same commit.

A commit through the editor runs both hooks, and both hold the staged changes against the same
records: reading them twice would double the evidence's share of every such commit. So
prepare-commit-msg leaves what it found in the git dir (``PROVENANCE_EVIDENCE``, versioned JSON:
tools, sessions, models, files, line numbers and hashes, never code), and commit-msg takes it —
once: it removes the file whatever it finds — when nothing it depends on has changed since: the
index git commits from (its file and bytes), HEAD, whether the commit amends, the user's evidence
settings file, the repository's evidence mode, and no more than ``MAX_AGE_SECONDS`` have passed
(records a tool writes while the editor is open are then read again). Anything else, a missing,
damaged or older file included, and commit-msg reads the records itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from provenance.core.digests import new_sha256
from provenance.evidence.matching import AddedLine, EvidenceReport, Target, ToolEvidence
from provenance.evidence.outcome import EvidenceRun
from provenance.evidence.records import Skip
from provenance.gitio.repository import commit_ids
from provenance.gitio.worktrees import RepositoryIdentity
from provenance.policy.evidence import EvidenceCheck

CACHE_FILE = "PROVENANCE_EVIDENCE"
VERSION = 1
MAX_AGE_SECONDS = 600


def state_key(git_dir: str, amend: bool, mode: str, activity: bool) -> str | None:
    """What the evidence of the commit being made depends on, hashed; None when git named no
    index file for it (then nothing is handed over)."""
    index_file = os.environ.get("GIT_INDEX_FILE") or os.path.join(git_dir, "index")
    from provenance.evidence.settings import settings_path

    settings = settings_path(os.environ, os.path.expanduser("~"))
    digest = new_sha256(f"{VERSION}|{os.path.abspath(index_file)}|{amend}|{mode}|{activity}|".encode())
    try:
        with open(index_file, "rb") as handle:
            digest.update(handle.read())
    except OSError:
        return None
    with contextlib.suppress(OSError):
        status = os.stat(settings)
        digest.update(f"|{settings}|{status.st_size}|{status.st_mtime_ns}".encode())
    head = commit_ids("HEAD")
    digest.update(f"|{head[0] if head else '-'}".encode())
    key: str = digest.hexdigest()
    return key


def _time(value: datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def _datetime(value: float | None) -> datetime | None:
    return datetime.fromtimestamp(value, tz=timezone.utc) if value is not None else None


def _tool_json(evidence: ToolEvidence, index: dict[AddedLine, int]) -> dict[str, Any]:
    return {"source": evidence.source_id, "link": evidence.link, "tool": evidence.tool, "agent": evidence.agent,
            "models": sorted(evidence.models), "sessions": sorted(evidence.sessions),
            "first": _time(evidence.first), "last": _time(evidence.last), "files": sorted(evidence.files),
            "records": sorted(evidence.records), "matched": sorted(index[line] for line in evidence.matched)}


def _tool(data: dict[str, Any], lines: tuple[AddedLine, ...]) -> ToolEvidence:
    evidence = ToolEvidence(data["source"], data["link"], data["tool"], data["agent"])
    evidence.models, evidence.sessions, evidence.files = set(data["models"]), set(data["sessions"]), set(data["files"])
    evidence.first, evidence.last = _datetime(data["first"]), _datetime(data["last"])
    evidence.records = {(path, line) for path, line in data["records"]}
    evidence.matched = {lines[number] for number in data["matched"]}
    return evidence


def _document(key: str, check: EvidenceCheck) -> dict[str, Any] | None:
    run = check.run
    if run is None:
        return None  # nothing was read: commit-msg says why itself
    report = run.report
    lines = report.target.lines
    index = {line: number for number, line in enumerate(lines)}
    return {
        "version": VERSION, "key": key, "written": time.time(), "required": check.required,
        "target": {"description": report.target.description, "top": report.target.identity.top,
                   "start": _time(report.target.start), "end": _time(report.target.end),
                   "lines": [list(line) for line in lines]},
        "min_lines": report.min_lines,
        "matches": [_tool_json(e, index) for e in report.matches],
        "touches": [_tool_json(e, index) for e in report.touches],
        "activity": [_tool_json(e, index) for e in report.activity],
        "skipped": [list(skip) for skip in run.skipped],
    }  # fmt: skip


def save(git_dir: str | None, key: str | None, check: EvidenceCheck) -> None:
    """Leave ``check`` for commit-msg; failing to is only a lost shortcut."""
    document = _document(key, check) if git_dir and key else None
    if document is None or git_dir is None:
        return
    with contextlib.suppress(OSError), open(os.path.join(git_dir, CACHE_FILE), "w", encoding="utf-8") as handle:
        json.dump(document, handle)


def _check(document: dict[str, Any]) -> EvidenceCheck:
    target_data = document["target"]
    lines = tuple(AddedLine(path, line, hashed, weak) for path, line, hashed, weak in target_data["lines"])
    start, end = _datetime(target_data["start"]), _datetime(target_data["end"])
    if start is None or end is None:
        raise ValueError("a window without times")
    top = target_data["top"]
    target = Target(target_data["description"], RepositoryIdentity((top,), repository=top), lines, start, end)
    report = EvidenceReport(target, document["min_lines"], *(
        [_tool(item, lines) for item in document[kind]] for kind in ("matches", "touches", "activity")))
    skipped = tuple(Skip(path, line, reason) for path, line, reason in document["skipped"])
    return EvidenceCheck(EvidenceRun(report, skipped), None, document["required"])


def take(git_dir: str | None, key: Callable[[], str | None]) -> EvidenceCheck | None:
    """What prepare-commit-msg left for this very commit, or None; the file is removed either way.
    ``key`` gives the commit's ``state_key``, asked for only when something was left (with ``-m``
    nothing is: prepare-commit-msg does not read evidence, and the key's git call is saved)."""
    if git_dir is None:
        return None
    path = os.path.join(git_dir, CACHE_FILE)
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.remove(path)
    try:
        fresh = time.time() - float(document["written"]) <= MAX_AGE_SECONDS
        if document["version"] != VERSION or not fresh:
            return None
        current = key()
        if current is None or document["key"] != current:
            return None
        return _check(document)
    except (KeyError, TypeError, ValueError, IndexError):
        return None  # damaged: read the records again
