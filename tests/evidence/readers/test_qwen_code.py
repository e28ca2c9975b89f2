"""The Qwen Code reader on its JSONL chat records."""

from __future__ import annotations

from datetime import datetime, timezone

from provenance.evidence.readers.qwen_code import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

CHATS = FIXTURES / "qwen-code" / "projects" / "-home-ada-shop" / "chats"
SESSION = CHATS / "5b0c2a9e-1111-4222-8333-000000000004.jsonl"


def test_write_file_edit_and_the_older_replace_give_the_lines_written() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    assert by_file(records) == {
        "/home/ada/shop/cart.py": hashes_of("class Cart:", "def total_price(self):",
                                            "return sum(item.price for item in self.items)",
                                            "discount = compute_discount(self.items)"),
        "C:\\Users\\ada\\shop\\win.py": hashes_of("print(windows_only_path())"),
    }


def test_records_give_session_model_cwd_and_time_even_from_a_newer_version() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    assert {r.session_id for r in records} == {"5b0c2a9e-1111-4222-8333-000000000004"}
    assert [(r.model, r.hints.cwd, r.source_line) for r in records] == [
        ("qwen3-coder-plus", "/home/ada/shop", 2), ("qwen3-coder-plus", "/home/ada/shop", 4),
        ("qwen3-coder-flash", "C:\\Users\\ada\\shop", 6)]
    assert records[0].time == datetime(2026, 11, 30, 9, 0, 5, 120000, tzinfo=timezone.utc)


def test_unknown_types_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    _, log = read_fixture(SOURCE, SESSION)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (5, "unknown record type 'summary_v2'"), (8, "not UTF-8"), (9, "truncated last line")]
    assert log.records_read == 6


def test_locations_honour_qwen_runtime_dir() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.qwen/projects"]
    assert SOURCE.locations(Platform("linux", "/h", {"QWEN_RUNTIME_DIR": "/srv/q"})) == ["/srv/q/projects"]
