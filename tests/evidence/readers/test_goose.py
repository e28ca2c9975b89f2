"""The Goose reader on its SQLite session store and on the older JSONL session files."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from provenance.evidence.readers.goose import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

SCHEMA = """
CREATE TABLE sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', working_dir TEXT NOT NULL,
                       provider_name TEXT, model_config_json TEXT, a_column_of_schema_12 TEXT);
CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT, session_id TEXT NOT NULL,
                       role TEXT NOT NULL, content_json TEXT NOT NULL, created_timestamp INTEGER NOT NULL,
                       metadata_json TEXT);
"""


def _editor(command: str, path: str, **arguments: str) -> dict[str, Any]:
    return {"type": "toolRequest", "id": "t", "toolCall": {"status": "success", "value": {
        "name": "developer__text_editor", "arguments": {"command": command, "path": path, **arguments}}}}


def _store(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    connection.execute("INSERT INTO sessions VALUES ('20261130_1', 'n', 'C:\\Users\\ada\\garden', 'ollama', ?, 'x')",
                       (json.dumps({"model_name": "qwen3-coder:30b", "context_limit": 32000}),))
    messages = [
        ("user", [{"type": "text", "text": "a prompt"}]),
        ("assistant", [{"type": "text", "text": "writing"}, _editor("write", "C:\\Users\\ada\\garden\\soil.py",
                       file_text="def soil_ph(sample):\n    return sample.acidity * 0.5\n")]),
        ("assistant", [_editor("str_replace", "C:\\Users\\ada\\garden\\soil.py", old_str="x",
                               new_str="    return round(sample.acidity * 0.5, 2)\n"),
                       _editor("view", "C:\\Users\\ada\\garden\\soil.py")]),
    ]
    for role, content in messages:
        connection.execute("INSERT INTO messages (session_id, role, content_json, created_timestamp) "
                           "VALUES ('20261130_1', ?, ?, 1764500000)", (role, json.dumps(content)))
    connection.execute("INSERT INTO messages (session_id, role, content_json, created_timestamp) "
                       "VALUES ('20261130_1', 'assistant', '{\"toolRequest\": not json', 1764500001)")
    connection.commit()
    connection.close()
    return path


def test_the_store_gives_the_lines_written_with_session_folder_model_and_time(tmp_path: Path) -> None:
    records, log = read_fixture(SOURCE, _store(tmp_path / "sessions.db"))
    assert by_file(records) == {"C:\\Users\\ada\\garden\\soil.py": hashes_of(
        "def soil_ph(sample):", "return sample.acidity * 0.5", "return round(sample.acidity * 0.5, 2)")}
    assert {(r.session_id, r.model, r.hints.cwd) for r in records} == {
        ("20261130_1", "qwen3-coder:30b", "C:\\Users\\ada\\garden")}
    assert records[0].time == datetime(2025, 11, 30, 10, 53, 20, tzinfo=timezone.utc)
    assert [(skip.line, skip.reason) for skip in log.skips] == [(4, "message: content_json is not a JSON list")]


def test_a_file_that_is_not_a_goose_store_is_skipped(tmp_path: Path) -> None:
    other = tmp_path / "sessions.db"
    sqlite3.connect(other).execute("CREATE TABLE unrelated (x)").connection.close()
    records, log = read_fixture(SOURCE, other)
    assert records == [] and log.skips[0].reason.startswith("cannot query the database")


def test_a_legacy_jsonl_session_is_read_and_its_bad_lines_reported() -> None:
    records, log = read_fixture(SOURCE, FIXTURES / "goose" / "20241130_120000.jsonl")
    assert by_file(records) == {"/home/ada/garden/plant.py": hashes_of("def water_plants(garden):",
                                                                       "garden.moisture += 10")}
    assert records[0].hints.cwd == "/home/ada/garden" and records[0].session_id == "20241130_120000"
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (4, "unknown record"), (5, "not UTF-8"), (6, "truncated last line")]


def test_locations_per_system_and_goose_path_root() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.local/share/goose/sessions"]
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {})) == [
        "/Users/ada/Library/Application Support/Block/goose/sessions"]
    assert SOURCE.locations(Platform("linux", "/h", {"GOOSE_PATH_ROOT": "/srv/g"})) == ["/srv/g/data/sessions"]
    windows = SOURCE.locations(Platform("windows", "C:\\Users\\ada", {"APPDATA": "C:\\Users\\ada\\AppData\\Roaming"}))
    assert windows[0].startswith("C:\\Users\\ada\\AppData\\Roaming") and "goose" in windows[0]
