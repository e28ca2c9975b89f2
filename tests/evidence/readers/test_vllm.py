"""The vLLM log reader: model loads and inference requests, with the year the log leaves out."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from provenance.evidence.readers.vllm import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, read_fixture


def _log(tmp_path: Path, modified: datetime) -> Path:
    log = tmp_path / "serve.log"
    log.write_bytes((FIXTURES / "vllm" / "serve.log").read_bytes())
    os.utime(log, (modified.timestamp(), modified.timestamp()))
    return log


def test_loads_requests_and_access_lines_are_activity_with_the_loaded_model(tmp_path: Path) -> None:
    records, _ = read_fixture(SOURCE, _log(tmp_path, datetime(2026, 11, 30, 13, 0)))
    model = "Qwen/Qwen2.5-Coder-7B-Instruct"
    assert [(r.model, r.source_line, r.file_path) for r in records] == [
        (model, 2, None), (f"{model}?", 3, None), (f"{model}?", 4, None)]
    local = datetime(2026, 11, 30, 12, 0, 5).astimezone(timezone.utc)
    assert records[1].time == local and records[2].time == local  # the access line takes the last stamp


def test_the_year_is_the_files_or_the_one_before_for_a_log_written_across_new_year(tmp_path: Path) -> None:
    records, _ = read_fixture(SOURCE, _log(tmp_path, datetime(2027, 1, 2, 9, 0)))
    assert records[0].time == datetime(2026, 11, 30, 11, 59, 1).astimezone(timezone.utc)


def test_an_impossible_date_is_skipped_and_other_lines_ignored(tmp_path: Path) -> None:
    _, log = read_fixture(SOURCE, _log(tmp_path, datetime(2026, 11, 30, 13, 0)))
    assert [(skip.line, skip.reason) for skip in log.skips] == [(6, "a time that cannot be read")]
    assert log.records_read == 3


def test_vllm_has_no_default_location() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == []
