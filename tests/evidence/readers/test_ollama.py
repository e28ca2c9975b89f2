"""The Ollama server log reader: model loads and inference requests, time and model only."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from provenance.evidence.readers.ollama import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, read_fixture


def _log(tmp_path: Path) -> Path:
    """The fixture log with its blob paths pointing at the fixture's models folder."""
    log = tmp_path / "server.log"
    models = FIXTURES / "ollama" / "models"
    log.write_text((FIXTURES / "ollama" / "logs" / "server.log").read_text().replace("MODELS", str(models)))
    return log


def test_loads_and_inference_requests_are_activity_with_a_model(tmp_path: Path) -> None:
    records, _ = read_fixture(SOURCE, _log(tmp_path))
    assert [(r.level, r.model, r.file_path) for r in records] == [
        ("activity", "qwen3:8b", None), ("activity", "qwen3:8b?", None), ("activity", "qwen3:8b?", None)]
    load, chat, _ = records
    assert load.time == datetime(2026, 11, 30, 11, 0, 5, 123000, tzinfo=timezone.utc)  # +01:00 made UTC
    assert chat.time == datetime(2026, 11, 30, 12, 0, 9).astimezone(timezone.utc)  # gin: local time


def test_a_line_with_a_bad_time_is_skipped_and_other_lines_ignored(tmp_path: Path) -> None:
    _, log = read_fixture(SOURCE, _log(tmp_path))
    assert [(skip.line, skip.reason) for skip in log.skips] == [(6, "a time that cannot be read")]
    assert log.records_read == 3


def test_locations_per_system() -> None:
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {})) == ["/Users/ada/.ollama/logs"]
    windows = Platform("windows", "C:\\Users\\ada", {"LOCALAPPDATA": "C:\\Users\\ada\\AppData\\Local"})
    assert SOURCE.locations(windows)[0].startswith("C:\\Users\\ada\\AppData\\Local")
