"""The LM Studio server log reader: inference requests with the model of their body."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from provenance.evidence.readers.lm_studio import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, read_fixture

LOG = FIXTURES / "lm-studio" / "server-logs" / "2026-11" / "2026-11-30.1.log"


def test_inference_requests_are_activity_with_the_model_of_their_body() -> None:
    records, _ = read_fixture(SOURCE, LOG)
    assert [(r.level, r.model, r.source_line, r.file_path) for r in records] == [
        ("activity", "qwen2.5-coder-7b-instruct", 2, None), ("activity", None, 11, None)]
    assert records[0].time == datetime(2026, 11, 30, 12, 0, 5).astimezone(timezone.utc)  # local time


def test_a_bad_time_is_skipped_and_model_listings_are_no_activity() -> None:
    _, log = read_fixture(SOURCE, LOG)
    assert [(skip.line, skip.reason) for skip in log.skips] == [(10, "a time that cannot be read")]
    assert log.records_read == 2


def test_locations_follow_the_home_pointer(tmp_path: Path) -> None:
    assert SOURCE.locations(Platform("linux", str(tmp_path), {}))[0] == str(tmp_path / ".lmstudio" / "server-logs")
    (tmp_path / ".lmstudio-home-pointer").write_text(str(tmp_path / "elsewhere") + "\n")
    assert SOURCE.locations(Platform("darwin", str(tmp_path), {}))[0] == str(tmp_path / "elsewhere" / "server-logs")
