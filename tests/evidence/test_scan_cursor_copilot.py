"""End to end through `git provenance evidence --staged` on real repositories, HOME pointed at a
folder of records: a change a Cursor or Copilot session wrote is matched to it when staged in that
session's repository, and not when the same change is staged in another repository."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from provenance.evidence.scan import scan
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform
from tests.cli.inprocess import Cli
from tests.evidence.helpers import write_jsonl
from tests.gitutil import commit_file, git, init_repo

CODE = ("def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n"
        "    if remaining < 0:\n        raise OverpaidError(invoice.number)\n    return remaining\n")
SESSION = "5e551011-0000-4000-8000-00000000c0de"
OTEL_SCHEMA = Path(__file__).parent / "fixtures" / "copilot-otel" / "agent-traces.sql"

Writer = Callable[[Path, Path], None]  # (home, the file the session wrote)


def _iso_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _cursor_transcript(home: Path, target: Path) -> None:
    write_jsonl(home / ".cursor" / "projects" / "w-repo" / "agent-transcripts" / f"{SESSION}.jsonl", [
        {"role": "user", "message": {"content": [{"type": "text", "text": "a prompt"}]}},
        {"role": "assistant", "message": {"content": [
            {"type": "tool_use", "name": "Write", "input": {"path": str(target), "contents": CODE}}]}}])


def _cursor_tracking(home: Path, target: Path) -> None:
    folder = home / ".cursor" / "ai-tracking"
    folder.mkdir(parents=True)
    connection = sqlite3.connect(folder / "ai-code-tracking.db")
    connection.execute("CREATE TABLE ai_code_hashes (hash TEXT PRIMARY KEY, source TEXT NOT NULL, fileExtension TEXT,"
                       " fileName TEXT, requestId TEXT, conversationId TEXT, timestamp INTEGER, createdAt INTEGER"
                       " NOT NULL, model TEXT)")
    now = int(time.time() * 1000)
    for index in range(3):
        connection.execute("INSERT INTO ai_code_hashes VALUES (?, 'composer', 'py', ?, 'r1', ?, ?, ?, 'gpt-5')",
                           (f"h{index}", str(target), SESSION, now, now))
    connection.commit()
    connection.close()


def _copilot_vscode(home: Path, target: Path) -> None:
    workspace = home / ".config" / "Code" / "User" / "workspaceStorage" / "0a1b2c3d"
    workspace.mkdir(parents=True)
    (workspace / "workspace.json").write_text(json.dumps({"folder": target.parent.as_uri()}))
    arguments = json.dumps({"filePath": str(target), "content": CODE})
    request = {"requestId": "r1", "timestamp": int(time.time() * 1000), "modelId": "copilot/gpt-4o", "response": [],
               "result": {"metadata": {"toolCallRounds": [{"toolCalls": [
                   {"name": "create_file", "id": "c1", "arguments": arguments}]}]}}}
    write_jsonl(workspace / "chatSessions" / f"{SESSION}.jsonl",
                [{"kind": 0, "v": {"version": 3, "sessionId": SESSION, "requests": []}},
                 {"kind": 2, "k": ["requests"], "v": [request]}])


def _copilot_otel(home: Path, target: Path) -> None:
    folder = home / ".config" / "Code" / "User" / "globalStorage" / "github.copilot-chat"
    folder.mkdir(parents=True)
    connection = sqlite3.connect(folder / "agent-traces.db")
    schema = OTEL_SCHEMA.read_text()
    connection.executescript(schema[:schema.index("INSERT")])
    patch = "*** Begin Patch\n*** Add File: " + str(target) + "\n" + "".join(
        f"+{line}\n" for line in CODE.splitlines()) + "*** End Patch"
    connection.execute("INSERT INTO spans (span_id, trace_id, name, start_time_ms, end_time_ms, status_code, "
                       "operation_name, response_model, chat_session_id) VALUES ('c', 't', 'chat', ?, ?, 1, 'chat', "
                       "'gpt-5-mini', ?)", (int(time.time() * 1000),) * 2 + (SESSION,))
    connection.execute("INSERT INTO spans (span_id, trace_id, name, start_time_ms, end_time_ms, status_code, "
                       "operation_name, chat_session_id) VALUES ('p', 't', 'execute_tool apply_patch', ?, ?, 1, "
                       "'execute_tool', ?)", (int(time.time() * 1000),) * 2 + (SESSION,))
    connection.execute("INSERT INTO span_attributes VALUES ('p', 'gen_ai.tool.call.arguments', ?)",
                       (json.dumps({"explanation": "e", "input": patch}),))
    connection.commit()
    connection.close()


def _copilot_cli(home: Path, target: Path) -> None:
    now = _iso_now()
    write_jsonl(home / ".copilot" / "session-state" / SESSION / "events.jsonl", [
        {"type": "session.start", "id": "e1", "timestamp": now, "parentId": None, "data": {
            "sessionId": SESSION, "version": 1, "copilotVersion": "1.2.0", "context": {"cwd": str(target.parent)}}},
        {"type": "session.model_change", "id": "e2", "timestamp": now, "data": {"newModel": "gpt-5"}},
        {"type": "tool.execution_start", "id": "e3", "timestamp": now, "data": {
            "toolCallId": "t1", "toolName": "create", "arguments": {"path": str(target), "file_text": CODE}}},
        {"type": "tool.execution_complete", "id": "e4", "timestamp": now, "data": {"toolCallId": "t1",
                                                                                  "success": True}}])


WRITERS: dict[str, Writer] = {
    "cursor": _cursor_transcript, "cursor-tracking": _cursor_tracking, "copilot-vscode": _copilot_vscode,
    "copilot-otel": _copilot_otel, "copilot-cli": _copilot_cli,
}


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def _staged(repo: Path) -> Path:
    init_repo(repo)
    commit_file(repo, "start")
    (repo / "billing.py").write_text(CODE)
    git(repo, "add", "billing.py")
    return repo / "billing.py"


def _evidence(cli: Cli, repo: Path) -> dict[str, Any]:
    outcome = cli("evidence", "--staged", "--format", "json", cwd=repo)
    assert outcome.code == 0, outcome
    document: dict[str, Any] = json.loads(outcome.out)
    return document


@pytest.mark.parametrize("source", ["cursor", "copilot-vscode", "copilot-otel", "copilot-cli"])
def test_a_staged_change_the_tool_wrote_is_matched_in_its_repository_only(
        source: str, tmp_path: Path, cli: Cli) -> None:
    written = _staged(tmp_path / "work")
    WRITERS[source](Path.home(), written)
    (match,) = _evidence(cli, written.parent)["matches"]
    assert (match["source"], match["sessions"], match["files"], match["matched_lines"]) == (
        source, [SESSION], ["billing.py"], 5)
    assert "settle" not in json.dumps(match)  # never code
    other = _staged(tmp_path / "elsewhere")
    document = _evidence(cli, other.parent)
    assert document["matches"] == [] and document["touches"] == []


def test_the_tracking_database_shows_cursor_touched_the_staged_file_but_never_matches_lines(
        tmp_path: Path, cli: Cli) -> None:
    written = _staged(tmp_path / "work")
    _cursor_tracking(Path.home(), written)
    document = _evidence(cli, written.parent)
    assert document["matches"] == []
    (touch,) = document["touches"]
    assert (touch["source"], touch["sessions"], touch["models"], touch["files"], touch["matched_lines"]) == (
        "cursor-tracking", [SESSION], ["gpt-5"], ["billing.py"], 0)
    other = _staged(tmp_path / "elsewhere")
    assert _evidence(cli, other.parent)["touches"] == []


def test_the_scan_finds_each_sources_files_in_their_default_places(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    home = tmp_path / "records-home"
    shutil.copytree(fixtures / "cursor" / "projects", home / ".cursor" / "projects")
    shutil.copytree(fixtures / "copilot-cli" / "session-state", home / ".copilot" / "session-state")
    shutil.copytree(fixtures / "copilot-vscode" / "workspaceStorage",
                    home / ".config" / "Code" / "User" / "workspaceStorage")
    (home / ".cursor" / "ai-tracking").mkdir()
    sqlite3.connect(home / ".cursor" / "ai-tracking" / "ai-code-tracking.db").executescript(
        (fixtures / "cursor-tracking" / "ai-code-tracking.sql").read_text()).close()
    storage = home / ".config" / "Code" / "User" / "globalStorage" / "github.copilot-chat"
    storage.mkdir(parents=True)
    sqlite3.connect(storage / "agent-traces.db").executescript(OTEL_SCHEMA.read_text()).close()
    result = scan(Platform("linux", str(home), {}, ()), EvidenceSettings())
    reports = {report.source.id: report for report in result.reports}
    # workspace.json is not a session file; the three session files of the workspace are
    assert {source: (reports[source].files_read, len([r for r in result.records if r.source == source]))
            for source in WRITERS} == {"cursor": (1, 4), "cursor-tracking": (1, 2), "copilot-vscode": (3, 8),
                                       "copilot-otel": (1, 2), "copilot-cli": (1, 2)}


def test_a_copilot_cli_session_matches_a_moved_clone_by_its_github_repository(tmp_path: Path, cli: Cli) -> None:
    written = _staged(tmp_path / "moved" / "ledger")
    git(written.parent, "remote", "add", "origin", "git@github.com:ada/ledger.git")
    old_place = Path("/home/ada/old-place/ledger")
    _copilot_cli(Path.home(), old_place / "billing.py")
    events = Path.home() / ".copilot" / "session-state" / SESSION / "events.jsonl"
    start = json.loads(events.read_text().splitlines()[0])
    start["data"]["context"].update(repository="ada/ledger", repositoryHost="github.com")
    events.write_text("\n".join([json.dumps(start), *events.read_text().splitlines()[1:]]) + "\n")
    (match,) = _evidence(cli, written.parent)["matches"]
    assert (match["source"], match["files"], match["why"]) == (
        "copilot-cli", ["billing.py"], "session names this repository's remote URL")
