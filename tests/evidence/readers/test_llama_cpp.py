"""The llama.cpp server log reader: model loads and inference requests, model and time only."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from provenance.evidence.readers.llama_cpp import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, read_fixture

MODIFIED = datetime(2026, 11, 30, 12, 0, 0, tzinfo=timezone.utc)


def _log(tmp_path: Path, data: bytes) -> Path:
    """A copy of a log last written at ``MODIFIED``."""
    log = tmp_path / "server.log"
    log.write_bytes(data)
    os.utime(log, (MODIFIED.timestamp(), MODIFIED.timestamp()))
    return log


def test_loads_and_inference_requests_are_activity_with_the_model(tmp_path: Path) -> None:
    records, log = read_fixture(SOURCE, _log(tmp_path, (FIXTURES / "llama-cpp" / "server.log").read_bytes()))
    assert [(r.level, r.model, r.source_line, r.file_path) for r in records] == [
        ("activity", "Qwen3-0.6B-Q8_0.gguf", 2, None), ("activity", "Qwen3 0.6B Instruct", 6, None),
        ("activity", "Qwen3 0.6B Instruct", 8, None)]
    assert log.records_read == 3 and not log.skips  # the health check, bad bytes and a cut line are no activity


def test_times_since_start_are_placed_by_the_last_stamped_line_written_at_the_file_time(tmp_path: Path) -> None:
    records, _ = read_fixture(SOURCE, _log(tmp_path, (FIXTURES / "llama-cpp" / "server.log").read_bytes()))
    last_stamp = timedelta(minutes=2, milliseconds=500)  # the cut last line was the last written
    assert records[2].time == MODIFIED - (last_stamp - timedelta(minutes=2))
    assert records[1].time == MODIFIED - (last_stamp - timedelta(minutes=1, seconds=30))


def test_a_log_without_timestamps_leaves_its_records_undated(tmp_path: Path) -> None:
    data = b"srv  log_server_r: request: POST /completion 127.0.0.1 200\n"
    records, _ = read_fixture(SOURCE, _log(tmp_path, data))
    assert [(r.model, r.time) for r in records] == [(None, None)]


def test_a_request_at_the_very_start_is_placed_at_the_file_time(tmp_path: Path) -> None:
    data = b"0.00.000.000 I srv  log_server_r: request: POST /completion 127.0.0.1 200\n"
    records, _ = read_fixture(SOURCE, _log(tmp_path, data))
    assert [r.time for r in records] == [MODIFIED]


def test_the_log_file_is_where_llama_arg_log_file_says() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == []
    assert SOURCE.locations(Platform("linux", "/h", {"LLAMA_ARG_LOG_FILE": "/var/log/llama.log"})) == [
        "/var/log/llama.log"]
