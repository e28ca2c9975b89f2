"""The Ollama desktop app reader on a chat database with the app's tables."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from provenance.evidence.readers.ollama_app import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import read_fixture, write_locked

SCHEMA = """
CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), schema_version INTEGER NOT NULL DEFAULT 18);
INSERT INTO settings (id) VALUES (1);
CREATE TABLE chats (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '',
                    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id TEXT NOT NULL, role TEXT NOT NULL,
                       content TEXT NOT NULL DEFAULT '', thinking TEXT NOT NULL DEFAULT '', model_name TEXT,
                       created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                       updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, tool_result TEXT);
"""
MESSAGES = [  # (chat, role, model, created_at as the app's SQLite driver writes it)
    ("c-1", "user", None, "2026-11-30 12:00:00.125+01:00"),
    ("c-1", "assistant", "qwen3:8b", "2026-11-30 12:00:01.987654321+01:00"),
    ("c-1", "tool", None, "2026-11-30 12:00:02+01:00"),
    ("c-2", "assistant", "gpt-oss:20b", "2026-11-30 14:30:00"),  # CURRENT_TIMESTAMP: UTC, no zone
    ("c-2", "critic", "gpt-oss:20b", "2026-11-30 14:31:00"),
    ("c-2", "assistant", "gpt-oss:20b", "yesterday"),
]


def _store(path: Path, extra_schema: str = "") -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA + extra_schema)
    connection.executemany("INSERT INTO messages (chat_id, role, content, model_name, created_at) "
                           "VALUES (?, ?, 'private words', ?, ?)", MESSAGES)
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return _store(tmp_path / "db.sqlite")


def test_each_answer_is_activity_with_its_model_chat_and_time_in_utc(store: Path) -> None:
    records, _ = read_fixture(SOURCE, store)
    assert [(r.level, r.model, r.session_id, r.source_line, r.file_path) for r in records] == [
        ("activity", "qwen3:8b", "c-1", 2, None), ("activity", "gpt-oss:20b", "c-2", 4, None)]
    assert records[0].time == datetime(2026, 11, 30, 11, 0, 1, 987654, tzinfo=timezone.utc)
    assert records[1].time == datetime(2026, 11, 30, 14, 30, tzinfo=timezone.utc)


def test_an_unknown_role_and_an_unreadable_time_are_skipped_with_their_row(store: Path) -> None:
    _, log = read_fixture(SOURCE, store)
    assert [(skip.line, skip.reason) for skip in log.skips] == [
        (5, "unknown message role 'critic'"), (6, "a time that cannot be read")]
    assert log.records_read == 5


def test_a_newer_schema_and_a_name_that_is_not_utf8_are_still_read(tmp_path: Path) -> None:
    store = _store(tmp_path / "db.sqlite", "ALTER TABLE messages ADD COLUMN stream_id TEXT; "
                                           "UPDATE settings SET schema_version = 99;")
    connection = sqlite3.connect(store)
    connection.execute("UPDATE messages SET model_name = CAST(X'6C6C616D61E9' AS TEXT) WHERE id = 2")
    connection.commit()
    connection.close()
    records, _ = read_fixture(SOURCE, store)
    assert [record.model for record in records] == ["llama\N{REPLACEMENT CHARACTER}", "gpt-oss:20b"]


def test_a_locked_store_is_skipped_without_waiting_for_it(store: Path) -> None:
    with write_locked(store) as locked:
        records, log = read_fixture(SOURCE, locked)
    assert records == [] and [skip.reason for skip in log.skips] == [
        "cannot query the database (database is locked); an unknown schema, damaged, or locked"]


def test_a_damaged_or_cut_off_store_is_skipped(store: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut" / "db.sqlite"
    cut.parent.mkdir()
    cut.write_bytes(store.read_bytes()[:1024])
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"\xff\xfe not a database at all" * 100)
    for path in (cut, garbage):
        records, log = read_fixture(SOURCE, path)
        assert records == [] and log.skips[0].reason.startswith("cannot query the database")


def test_the_store_is_where_the_app_keeps_it_on_each_system() -> None:
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {})) == [
        "/Users/ada/Library/Application Support/Ollama/db.sqlite"]
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.ollama/db.sqlite"]
    windows = Platform("windows", "C:\\Users\\ada", {"LOCALAPPDATA": "C:\\Users\\ada\\AppData\\Local"})
    assert SOURCE.locations(windows) == ["C:\\Users\\ada\\AppData\\Local\\Ollama\\db.sqlite"]
    assert SOURCE.level == "activity" and SOURCE.opens_itself


def test_a_store_in_a_folder_with_uri_characters_in_its_name_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "odd #1 ?%20"
    folder.mkdir()
    assert len(read_fixture(SOURCE, _store(folder / "db.sqlite"))[0]) == 2
