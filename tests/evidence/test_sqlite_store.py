"""Reading a tool's SQLite store read-only: any path, and a store that cannot be read is skipped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance.evidence.records import FileLog
from provenance.evidence.sqlite_store import query_store
from tests.evidence.helpers import write_locked


def _store(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("INSERT INTO t VALUES ('one')")
    connection.commit()
    connection.close()
    return path


def _rows(connection: sqlite3.Connection) -> list[tuple[str]]:
    return connection.execute("SELECT x FROM t").fetchall()


# A URI would read these as an escape, the start of the query and of the fragment.
@pytest.mark.parametrize("folder", ["100% done", "why?", "take #2", "plain"])
def test_a_store_is_read_wherever_it_lies(tmp_path: Path, folder: str) -> None:
    store = _store(tmp_path / folder / "db.sqlite")
    log = FileLog(str(store))
    assert query_store(str(store), log, _rows) == [("one",)] and log.skips == []


def test_a_store_is_only_read(tmp_path: Path) -> None:
    store = _store(tmp_path / "db.sqlite")
    log = FileLog(str(store))
    assert query_store(str(store), log, lambda c: c.execute("INSERT INTO t VALUES ('two')")) is None
    assert log.skips[0].reason.startswith("cannot query the database (attempt to write a readonly database)")
    assert query_store(str(store), FileLog(str(store)), _rows) == [("one",)]


def test_a_locked_or_missing_store_is_skipped_with_the_reason(tmp_path: Path) -> None:
    store = _store(tmp_path / "db.sqlite")
    with write_locked(store):
        log = FileLog(str(store))
        assert query_store(str(store), log, _rows, "damaged, or locked") is None
    assert [skip.reason for skip in log.skips] == ["cannot query the database (database is locked); damaged, or locked"]
    missing = FileLog(str(tmp_path / "gone.sqlite"))
    assert query_store(str(tmp_path / "gone.sqlite"), missing, _rows) is None
    assert missing.skips[0].reason.startswith("cannot open the database")
