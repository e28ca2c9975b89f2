"""The Copilot Chat OTel store reader on a database built with the store's schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance.evidence.readers.copilot_otel import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture, write_locked

SCHEMA_AND_SPANS = FIXTURES / "copilot-otel" / "agent-traces.sql"


def _database(path: Path, extra: str = "") -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA_AND_SPANS.read_text() + extra)
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return _database(tmp_path / "agent-traces.db")


def test_execute_tool_spans_give_the_lines_written(database: Path) -> None:
    records, _ = read_fixture(SOURCE, database)
    assert by_file(records) == {
        "/home/ada/ledger/ledger/audit.py": hashes_of("def audit_trail(entries):",
                                                      "return [entry.signature() for entry in entries]"),
        "C:\\Users\\ada\\ledger\\ledger\\tax.py": hashes_of('VAT_RATE = Decimal("0.20")'),
    }  # the failed span (status 2) and the read wrote nothing


def test_records_carry_session_model_time_and_the_repository(database: Path) -> None:
    records, _ = read_fixture(SOURCE, database)
    first = records[0]
    assert (first.session_id, first.model) == ("chat-48eb", "gpt-5-mini-2025-08-07")
    assert first.hints.repository_urls == ("git@github.com:ada/ledger.git",)
    assert first.hints.commit_ids == ("0123456789abcdef0123456789abcdef01234567",)
    assert first.time is not None and first.time.isoformat() == "2025-11-30T12:00:06+00:00"


def test_cut_off_arguments_are_skipped_and_counted(database: Path) -> None:
    _, log = read_fixture(SOURCE, database)
    assert [(skip.line, skip.reason) for skip in log.skips] == [(7, "tool arguments are not JSON (cut off?)")]
    assert log.records_read == 3  # the failed span is not read at all


def test_a_newer_schema_with_more_columns_is_read(tmp_path: Path) -> None:
    newer = _database(tmp_path / "agent-traces.db", "UPDATE schema_version SET version = 3;"
                      "ALTER TABLE spans ADD COLUMN agent_version TEXT;")
    assert len(read_fixture(SOURCE, newer)[0]) == 2


def test_a_corrupt_database_is_skipped(tmp_path: Path) -> None:
    bogus = tmp_path / "agent-traces.db"
    bogus.write_bytes(b"\x00not a database\xff" * 40)
    records, log = read_fixture(SOURCE, bogus)
    assert records == [] and log.skips[0].reason.startswith("cannot query the database")


def test_a_locked_database_is_skipped_not_waited_on(database: Path) -> None:
    with write_locked(database) as locked:
        records, log = read_fixture(SOURCE, locked)
    assert records == [] and "locked" in log.skips[0].reason


def test_locations_are_copilot_chats_global_storage() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {}))[0] == (
        "/home/ada/.config/Code/User/globalStorage/github.copilot-chat")
