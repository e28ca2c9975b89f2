"""The Amp reader on thread documents in their on-disk shape (one JSON document a thread)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from provenance.evidence.readers.amp import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

THREADS = FIXTURES / "amp" / "threads"
THREAD = THREADS / "T-5d0c7a31-2b8e-4f19-a6c4-93e1f07b2d55.json"
WINDOWS_THREAD = THREADS / "T-0b9e4c2a-7d16-4a8f-b3e5-6c1d2f9a8e47.json"


def test_create_edit_and_patch_tools_give_the_lines_written_and_failed_ones_nothing() -> None:
    records, _ = read_fixture(SOURCE, THREAD)
    assert by_file(records) == {
        "/home/ada/billing/totals.py": hashes_of("def invoice_total(lines):",
                                                 "return sum(line.price * line.quantity for line in lines)"),
        "/home/ada/billing/app.py": hashes_of("total = invoice_total(invoice.lines)", "print_receipt(invoice, total)"),
        "tax.py": hashes_of('TAX_RATES = {"DE": 0.19, "FR": 0.2}'),
    }


def test_records_carry_thread_model_time_and_the_work_tree_remote_and_commit() -> None:
    first = read_fixture(SOURCE, THREAD)[0][0]
    assert (first.session_id, first.model, first.source_line) == (
        "T-5d0c7a31-2b8e-4f19-a6c4-93e1f07b2d55", "claude-sonnet-4-5", 1)
    assert first.time == datetime(2025, 12, 4, 8, 0, 5, 250000, tzinfo=timezone.utc)
    assert first.hints.cwd == "/home/ada/billing"
    assert first.hints.repository_urls == ("https://github.com/ada/billing.git",)
    assert first.hints.commit_ids == ("0f3c1e2d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",)


def test_a_message_of_an_unknown_role_is_skipped_and_counted() -> None:
    _, log = read_fixture(SOURCE, THREAD)
    assert [(skip.line, skip.reason) for skip in log.skips] == [(0, "message 7: unknown role 'info'")]
    assert log.records_read == 8


def test_a_windows_thread_with_bad_bytes_and_a_newer_version_is_still_read() -> None:
    records, log = read_fixture(SOURCE, WINDOWS_THREAD)
    assert by_file(records) == {
        "C:\\Users\\ada\\shop\\cart.ts": hashes_of("export const cartTotal = (items: Item[]) => sum(items.map(cost));")}
    assert records[0].hints.cwd == "c:/Users/ada/shop"
    assert [skip.reason.split(" (")[0] for skip in log.skips] == ["not UTF-8"]


def test_a_thread_cut_off_while_amp_rewrites_it_is_skipped(tmp_path: Path) -> None:
    cut = tmp_path / THREAD.name
    cut.write_bytes(THREAD.read_bytes()[:700])
    records, log = read_fixture(SOURCE, cut)
    assert records == [] and [skip.reason for skip in log.skips] == [
        "not JSON (truncated: the tool may still be writing)"]


def test_a_document_without_messages_is_an_unknown_format(tmp_path: Path) -> None:
    other = tmp_path / "T-other.json"
    other.write_text('{"id": "T-other", "turns": []}')
    assert [skip.reason for skip in read_fixture(SOURCE, other)[1].skips] == [
        "no messages list (an unknown thread format)"]


def test_locations_per_system() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.local/share/amp/threads"]
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {"XDG_DATA_HOME": "/data"})) == ["/data/amp/threads"]
    windows = Platform("windows", "C:\\Users\\ada", {"LOCALAPPDATA": "C:\\Users\\ada\\AppData\\Local"})
    assert SOURCE.locations(windows)[0].startswith("C:\\Users\\ada\\AppData\\Local")
