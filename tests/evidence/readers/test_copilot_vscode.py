"""The Copilot in VS Code reader on a workspace's chat session log, an older whole chat session and
an agent transcript, in their on-disk shapes."""

from __future__ import annotations

import shutil
from pathlib import Path

from provenance.evidence.readers.copilot_vscode import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

WORKSPACE = FIXTURES / "copilot-vscode" / "workspaceStorage" / "5f1d2c3b4a69788796a5b4c3d2e1f0a9"
LOG = WORKSPACE / "chatSessions" / "0c6f5a8e-2b1d-4c3e-9f7a-1a2b3c4d5e6f.jsonl"
WHOLE = WORKSPACE / "chatSessions" / "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9.json"
TRANSCRIPT = WORKSPACE / "GitHub.copilot-chat" / "transcripts" / "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60.jsonl"


def test_the_mutation_log_is_replayed_and_every_edit_tool_gives_its_lines() -> None:
    records, _ = read_fixture(SOURCE, LOG)
    assert by_file(records) == {
        # replace_string_in_file, and the edit group the editor applied
        "/home/ada/ledger/ledger/balance.py": hashes_of("return sum(entry.amount for entry in entries)",
                                                        "def closing_balance(entries):"),
        # a request pushed later, whose result was set by a later entry: create_file (Windows path,
        # CRLF), apply_patch and multi_replace_string_in_file
        "c:\\Users\\ada\\ledger\\ledger\\fees.py": hashes_of("def late_fee(days_overdue):",
                                                            "return min(days_overdue * 2, 50)"),
        "/home/ada/ledger/ledger/report.py": hashes_of("print(format_table(rows, columns=REPORT_COLUMNS))",
                                                       'REPORT_COLUMNS = ("date", "amount")'),
        "/home/ada/ledger/ledger/currency.py": hashes_of("def to_cents(amount):", "return round(amount * 100)"),
    }


def test_requests_give_model_time_session_and_the_workspace_folder() -> None:
    records, _ = read_fixture(SOURCE, LOG)
    assert {(r.model, r.source_line) for r in records} == {("gpt-4o", 1), ("claude-sonnet-4", 4)}
    first = records[0]
    assert first.session_id == "0c6f5a8e-2b1d-4c3e-9f7a-1a2b3c4d5e6f"
    assert first.hints.cwd == "/home/ada/ledger"  # from workspace.json
    assert first.time is not None and first.time.isoformat() == "2025-11-30T12:00:00+00:00"


def test_unknown_entry_kinds_bad_paths_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    _, log = read_fixture(SOURCE, LOG)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (5, "unknown entry kind 7"), (6, "not UTF-8"), (7, "its path is not in the session"),
        (8, "truncated last line")]
    assert log.records_read == 4  # the initial state of a newer version (4, unknown fields) included


def test_an_older_whole_session_file_is_read() -> None:
    records, log = read_fixture(SOURCE, WHOLE)
    assert by_file(records) == {"/home/ada/ledger/ledger/archive.py": hashes_of(
        "// ...existing code...", "def archive_year(year):", "return move_entries(year, ARCHIVE)")}
    assert records[0].model == "gpt-4.1" and records[0].source_line == 1 and log.skips == []


def test_the_transcript_gives_started_calls_and_drops_failed_ones() -> None:
    records, log = read_fixture(SOURCE, TRANSCRIPT)
    assert by_file(records) == {"/home/ada/ledger/ledger/budget.py": hashes_of(
        "def remaining_budget(limit, spent):", "return limit - spent")}
    assert (records[0].session_id, records[0].model, records[0].hints.cwd) == (
        "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60", None, "/home/ada/ledger")
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (8, "unknown event type 'debug.marker'"), (9, "truncated last line")]


def test_a_windows_workspace_folder_is_read_from_its_uri(tmp_path: Path) -> None:
    workspace = tmp_path / "workspaceStorage" / "abc"
    shutil.copytree(WORKSPACE, workspace)
    (workspace / "workspace.json").write_text('{"folder": "file:///c%3A/Users/ada/ledger"}')
    records, _ = read_fixture(SOURCE, workspace / "chatSessions" / LOG.name)
    assert records[0].hints.cwd == "c:/Users/ada/ledger"


def test_other_files_of_the_workspace_are_not_read(tmp_path: Path) -> None:
    other = tmp_path / "workspaceStorage" / "abc" / "ms-python.python" / "0c6f5a8e-2b1d-4c3e-9f7a-1a2b3c4d5e6f.json"
    other.parent.mkdir(parents=True)
    other.write_text('{"requests": "not ours"}')
    records, log = read_fixture(SOURCE, other)
    assert records == [] and log.skips == []


def test_locations_per_system() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {}))[0] == "/home/ada/.config/Code/User/workspaceStorage"
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {}))[0] == (
        "/Users/ada/Library/Application Support/Code/User/workspaceStorage")
    windows = SOURCE.locations(Platform("windows", "C:\\Users\\ada", {"APPDATA": "C:\\Users\\ada\\AppData\\Roaming"}))
    assert windows[0].startswith("C:\\Users\\ada\\AppData\\Roaming") and windows[0].endswith("workspaceStorage")
    assert any(location.endswith("emptyWindowChatSessions") for location in windows)
