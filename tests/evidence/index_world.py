"""A temporary home folder of record files that tests change the way tools do (append, append
half a line, rewrite, shorten, delete, touch), and a comparison of the indexed scan with the
plain one on it."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from provenance.evidence.index_store import ENV_INDEX
from provenance.evidence.scan import EvidenceQuery, ScanResult, scan
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform

REPO = "/w/repo"
BASE_TIME = time.time() - 100_000  # every file time is set, in the past: far from "just written"


def _iso(second: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.123Z", time.gmtime(BASE_TIME + second))


def claude_line(n: int) -> str:
    record: dict[str, Any] = {"type": "assistant", "sessionId": f"s{n % 3}", "cwd": REPO, "version": "2.0.69",
                              "message": {"model": "claude-sonnet-4-5", "content": [
                                  {"type": "tool_use", "name": "Write", "input": {
                                      "file_path": f"{REPO}/f{n % 4}.py", "content": f"value_{n} = compute({n})\n"}}]}}
    if n % 5:  # some records carry no time: the file's modification time stands in
        record["timestamp"] = _iso(n)
    return json.dumps(record) + "\n"


def codex_line(n: int) -> str:
    if n % 7 == 0:
        payload: dict[str, Any] = {"id": f"codex-{n}", "cwd": REPO, "git": {"repository_url": "git@h:o/r.git"}}
        return json.dumps({"timestamp": _iso(n), "type": "session_meta", "payload": payload}) + "\n"
    if n % 7 == 1:
        return json.dumps({"timestamp": _iso(n), "type": "turn_context",
                           "payload": {"cwd": REPO, "model": f"gpt-5-{n}"}}) + "\n"
    patch = f"*** Begin Patch\n*** Add File: g{n % 3}.py\n+item_{n} = build({n})\n*** End Patch\n"
    return json.dumps({"timestamp": _iso(n), "type": "response_item",
                       "payload": {"type": "custom_tool_call", "name": "apply_patch", "input": patch}}) + "\n"


def gemini_line(n: int) -> str:
    if n % 6 == 0:
        return json.dumps({"sessionId": f"gem-{n}", "projectHash": f"{n:064x}", "startTime": _iso(n)}) + "\n"
    call = {"id": f"c{n}", "name": "write_file", "status": "success", "timestamp": _iso(n),
            "args": {"file_path": f"{REPO}/h{n % 2}.py", "content": f"result_{n} = fetch({n})\n"}}
    return json.dumps({"id": f"m{n}", "type": "gemini", "timestamp": _iso(n), "model": "gemini-2.5-pro",
                       "toolCalls": [call]}) + "\n"


def ollama_line(n: int) -> str:
    if n % 4 == 0:
        return (f'time={_iso(n)} level=INFO source=server.go:391 msg="starting llama server" '
                f'cmd="/usr/bin/ollama runner --model /m/models/blobs/sha256-{n:064x} --port 1"\n')
    local = time.strftime("%Y/%m/%d - %H:%M:%S", time.localtime(BASE_TIME + n))
    return f'[GIN] {local} | 200 |  1.2s |  127.0.0.1 | POST     "/api/chat"\n'


LINES = {"claude": claude_line, "codex": codex_line, "gemini": gemini_line, "ollama": ollama_line}
FILES = {
    "claude": ".claude/projects/-w-repo/one.jsonl",
    "claude2": ".claude/projects/-w-repo/two.jsonl",
    "codex": ".codex/sessions/2026/12/01/rollout-2026-12-01-x.jsonl",
    "gemini": ".gemini/tmp/abc/chats/session-1-x.jsonl",
    "gemini-json": ".gemini/tmp/abc/chats/session-2-y.json",
    "ollama": ".ollama/logs/server.log",
}


def _kind(name: str) -> str:
    return "claude" if name.startswith("claude") else name.split("-")[0]


class World:
    """Record files under ``home`` and the times they were last changed (each change a new time)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.step = 0
        self.counter = 0

    def path(self, name: str) -> Path:
        return self.home / FILES[name]

    def lines(self, name: str, count: int) -> str:
        made = []
        for _ in range(count):
            self.counter += 1
            made.append(LINES[_kind(name)](self.counter))
        return "".join(made)

    def _settle(self, path: Path) -> None:
        self.step += 1
        if path.exists():
            when = BASE_TIME + 1000 + self.step
            os.utime(path, (when, when))

    def _write(self, name: str, content: bytes, append: bool) -> None:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        if name == "gemini-json":  # rewritten whole by its tool
            messages = [json.loads(line) for line in self.lines("gemini", 3).splitlines() if '"type"' in line]
            content = json.dumps({"sessionId": "g", "projectHash": "0" * 64, "messages": messages}).encode()
            append = False
        with path.open("ab" if append else "wb") as handle:
            handle.write(content)
        self._settle(path)

    def apply(self, operation: str, name: str, amount: int) -> None:
        path = self.path(name)
        if operation == "append":
            self._write(name, self.lines(name, amount).encode(), append=True)
        elif operation == "fragment":  # a line the tool is still writing
            self._write(name, self.lines(name, 1).encode()[: 5 + amount], append=True)
        elif operation == "rewrite":
            self._write(name, self.lines(name, amount).encode(), append=False)
        elif operation == "bad-bytes":
            self._write(name, b"\xff\xfe not a record\n", append=True)
        elif operation == "shorten" and path.exists():
            with path.open("r+b") as handle:
                handle.truncate(path.stat().st_size * amount // 10)
            self._settle(path)
        elif operation == "delete" and path.exists():
            path.unlink()
        elif operation == "touch" and path.exists():
            self._settle(path)


def platform(home: Path, index: Path | None) -> Platform:
    environ = {ENV_INDEX: str(index) if index else "off"}
    return Platform("linux", str(home), environ, (REPO,))


def both(home: Path, index: Path, query: EvidenceQuery | None = None,
         since: float | None = None) -> tuple[ScanResult, ScanResult]:
    """(indexed, plain) scans of ``home``."""
    from datetime import datetime, timezone

    start = datetime.fromtimestamp(since, tz=timezone.utc) if since is not None else None
    indexed = scan(platform(home, index), EvidenceSettings(), start, query)
    plain = scan(platform(home, None), EvidenceSettings(), start, query, use_index=False)
    return indexed, plain


def assert_all_from_index(result: ScanResult) -> None:
    """Every file read came from the index (nothing changed since it was kept)."""
    assert [report.files_from_index for report in result.reports] == [report.files_read for report in result.reports]


def assert_same(indexed: ScanResult, plain: ScanResult) -> None:
    assert indexed.index not in ("off",) and not indexed.index.startswith("bypassed"), indexed.index
    assert indexed.records == plain.records
    for ours, theirs in zip(indexed.reports, plain.reports, strict=True):
        assert ours.source.id == theirs.source.id
        assert (ours.files_read, ours.files_older, ours.records_read) == (
            theirs.files_read, theirs.files_older, theirs.records_read), ours.source.id
        assert ours.skips == theirs.skips, ours.source.id
        assert ours.locations == theirs.locations
