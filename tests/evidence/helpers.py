"""Shared helpers of the evidence tests: fixture paths, reading a fixture with a reader, and
writing records of a tool into a temporary home folder."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from provenance.evidence.lines import line_hash, normalise
from provenance.evidence.records import EvidenceRecord, FileLog
from provenance.evidence.sources import Source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read_fixture(source: Source, path: Path) -> tuple[list[EvidenceRecord], FileLog]:
    log = FileLog(str(path))
    records = list(source.read(str(path), path.read_bytes(), log))
    return records, log


def hashes_of(*lines: str) -> set[str]:
    return {line_hash(normalise(line)) for line in lines}


def by_file(records: list[EvidenceRecord]) -> dict[str, set[str]]:
    files: dict[str, set[str]] = {}
    for record in records:
        assert record.file_path is not None
        files.setdefault(record.file_path, set()).update(record.line_hashes)
    return files


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


def claude_session(home: Path, cwd: Path, session: str, timestamp: str, file_path: Path, content: str) -> Path:
    """A Claude Code transcript in ``home`` whose Write put ``content`` in ``file_path``."""
    slug = str(cwd).replace("/", "-")
    record = {"type": "assistant", "sessionId": session, "cwd": str(cwd), "timestamp": timestamp,
              "version": "2.0.69", "message": {"model": "claude-sonnet-4-5-20250929", "content": [
                  {"type": "tool_use", "id": "toolu_x", "name": "Write",
                   "input": {"file_path": str(file_path), "content": content}}]}}
    return write_jsonl(home / ".claude" / "projects" / slug / f"{session}.jsonl",
                       [{"type": "summary", "summary": "s", "leafUuid": "x"}, record])


def codex_session(home: Path, cwd: Path, session: str, timestamp: str, patch: str,
                  repository_url: str | None = None) -> Path:
    meta: dict[str, Any] = {"id": session, "timestamp": timestamp, "cwd": str(cwd), "originator": "codex_cli_rs",
                            "cli_version": "0.58.0", "source": "cli"}
    if repository_url:
        meta["git"] = {"repository_url": repository_url, "branch": "main"}
    records = [
        {"timestamp": timestamp, "type": "session_meta", "payload": meta},
        {"timestamp": timestamp, "type": "turn_context", "payload": {"cwd": str(cwd), "model": "gpt-5-codex"}},
        {"timestamp": timestamp, "type": "response_item",
         "payload": {"type": "custom_tool_call", "name": "apply_patch", "call_id": "c1", "input": patch}},
    ]
    year, month, day = timestamp[:10].split("-")
    folder = home / ".codex" / "sessions" / year / month / day
    return write_jsonl(folder / f"rollout-{timestamp[:10]}-{session}.jsonl", records)


@contextmanager
def write_locked(database: Path) -> Iterator[Path]:
    """``database`` while another process holds its write lock (a tool in the middle of writing:
    with a rollback journal, readers are shut out)."""
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield database
    finally:
        holder.execute("ROLLBACK")
        holder.close()
