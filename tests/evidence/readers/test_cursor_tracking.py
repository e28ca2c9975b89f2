"""The Cursor AI code tracking reader on a database built from its observed schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance.evidence.readers.cursor_tracking import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, read_fixture, write_locked

SCHEMA_AND_ROWS = FIXTURES / "cursor-tracking" / "ai-code-tracking.sql"


def _database(path: Path, script: str | None = None) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(script or SCHEMA_AND_ROWS.read_text())
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return _database(tmp_path / "ai-code-tracking.db")


def test_rows_of_a_request_and_file_become_one_file_level_record(database: Path) -> None:
    records, log = read_fixture(SOURCE, database)
    assert [(r.file_path, r.session_id, r.model, r.line_hashes) for r in records] == [
        ("/home/ada/tides/tides/harmonic.py", "conv-1", "claude-4.5-sonnet", frozenset()),
        ("C:\\Users\\ada\\tides\\tides\\io.py", None, "cursor-tab", frozenset()),  # a Tab completion
    ]  # the human row and the row without a file name are left out; an empty name is skipped
    first = records[0]
    assert first.time is not None and first.until is not None
    assert (first.time.isoformat(), first.until.isoformat()) == ("2025-11-30T12:00:00.100000+00:00",
                                                                 "2025-11-30T12:00:02+00:00")
    assert first.level == "edit" and first.source_line == 1
    assert [(skip.line, skip.reason) for skip in log.skips] == [(6, "no file name")]
    assert log.records_read == 3  # a newer column (lineRange) does not stop the reading


def test_a_database_without_the_table_is_an_unknown_schema(tmp_path: Path) -> None:
    records, log = read_fixture(SOURCE, _database(tmp_path / "ai-code-tracking.db", "CREATE TABLE t (x);"))
    assert records == [] and log.skips[0].reason.startswith("no ai_code_hashes table with conversationId")


def test_a_corrupt_database_is_skipped(tmp_path: Path) -> None:
    bogus = tmp_path / "ai-code-tracking.db"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    records, log = read_fixture(SOURCE, bogus)
    assert records == [] and log.skips[0].reason.startswith("cannot query the database")


def test_a_locked_database_is_skipped_not_waited_on(database: Path) -> None:
    with write_locked(database) as locked:
        records, log = read_fixture(SOURCE, locked)
    assert records == [] and "locked" in log.skips[0].reason


def test_locations_honour_cursor_config_dir() -> None:
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {})) == ["/Users/ada/.cursor/ai-tracking"]
    assert SOURCE.locations(Platform("linux", "/h", {"CURSOR_CONFIG_DIR": "/c"})) == ["/c/ai-tracking"]
