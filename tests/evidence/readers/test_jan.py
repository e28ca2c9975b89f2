"""The Jan reader: assistant answers in chat threads as activity with the thread's model."""

from __future__ import annotations

from datetime import datetime, timezone

from provenance.evidence.readers.jan import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, read_fixture

MESSAGES = FIXTURES / "jan" / "threads" / "jan_1764500000" / "messages.jsonl"


def test_assistant_messages_are_activity_with_the_threads_model() -> None:
    records, _ = read_fixture(SOURCE, MESSAGES)
    assert [(r.level, r.model, r.session_id, r.source_line, r.file_path) for r in records] == [
        ("activity", "llama3.2-3b-instruct", "jan_1764500000", 2, None),
        ("activity", "llama3.2-3b-instruct", "jan_1764500000", 4, None)]
    assert records[0].time == datetime(2025, 11, 30, 10, 53, 32, tzinfo=timezone.utc)
    assert records[1].time == datetime(2025, 11, 30, 10, 53, 40, tzinfo=timezone.utc)  # milliseconds too


def test_unknown_roles_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    _, log = read_fixture(SOURCE, MESSAGES)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (3, "unknown message role 'narrator'"), (5, "not UTF-8"), (6, "truncated last line")]


def test_locations_per_system() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.config/Jan/data/threads",
                                                                     "/home/ada/jan/threads"]
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {}))[0] == (
        "/Users/ada/Library/Application Support/Jan/data/threads")
    windows = SOURCE.locations(Platform("windows", "C:\\Users\\ada", {"APPDATA": "C:\\Users\\ada\\AppData\\Roaming"}))
    assert windows[0].startswith("C:\\Users\\ada\\AppData\\Roaming") and "Jan" in windows[0]
