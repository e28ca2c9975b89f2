"""The scan finds Windsurf transcripts, Amp threads and the Ollama app's store in their default
places under a home folder, and a damaged store is reported without stopping the other sources."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from provenance.evidence.scan import ScanResult, scan
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES


def _home(home: Path, app_store: bytes | None = None) -> Path:
    shutil.copytree(FIXTURES / "windsurf" / "transcripts", home / ".windsurf" / "transcripts")
    shutil.copytree(FIXTURES / "amp" / "threads", home / ".local" / "share" / "amp" / "threads")
    store = home / ".ollama" / "db.sqlite"
    store.parent.mkdir()
    if app_store is not None:
        store.write_bytes(app_store)
        return home
    connection = sqlite3.connect(store)
    connection.executescript("CREATE TABLE messages (id INTEGER PRIMARY KEY, chat_id TEXT, role TEXT, "
                             "model_name TEXT, created_at TIMESTAMP);"
                             "INSERT INTO messages VALUES (1, 'c', 'assistant', 'qwen3:8b', '2026-12-01 10:00:00');")
    connection.commit()
    connection.close()
    return home


def _result(home: Path) -> ScanResult:
    return scan(Platform("linux", str(home), {}, ()), EvidenceSettings())


def test_the_new_sources_read_their_files_in_their_default_places(tmp_path: Path) -> None:
    reports = {report.source.id: report for report in _result(_home(tmp_path)).reports}
    assert {source: (reports[source].files_read, reports[source].records_read) for source in (
        "windsurf", "amp", "ollama-app")} == {"windsurf": (1, 8), "amp": (2, 10), "ollama-app": (1, 1)}
    assert reports["windsurf"].source.best_effort and reports["amp"].source.best_effort


def test_a_damaged_app_store_is_reported_and_the_others_still_read(tmp_path: Path) -> None:
    result = _result(_home(tmp_path, app_store=b"SQLite format 3\x00" + b"\x00" * 200))
    app = next(report for report in result.reports if report.source.id == "ollama-app")
    assert [skip.reason.split(" (")[0] for skip in app.skips] == ["cannot query the database"]
    assert {record.source for record in result.records} == {"windsurf", "amp"}
