"""The Windsurf reader on a Cascade transcript in its on-disk shape (JSON Lines)."""

from __future__ import annotations

from provenance.evidence.readers.windsurf import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

TRANSCRIPT = FIXTURES / "windsurf" / "transcripts" / "4f6c2a9e-1b7d-4c3e-9a55-0d2b8e7f1a10.jsonl"


def test_an_accepted_code_action_gives_the_lines_it_added_to_the_file() -> None:
    records, _ = read_fixture(SOURCE, TRANSCRIPT)
    assert by_file(records)["/home/ada/books/ledger.py"] == hashes_of(
        "def balance(self, account):", "return sum(e.amount for e in self.entries if e.account == account)")
    ledger = records[0]
    assert (ledger.level, ledger.source_line) == ("edit", 4)
    # The transcript names no model and no time: the session is the trajectory (the file name),
    # the time is left to the scan (the file's modification time).
    assert (ledger.session_id, ledger.model, ledger.time) == ("4f6c2a9e-1b7d-4c3e-9a55-0d2b8e7f1a10", None, None)


def test_rejected_and_failed_actions_wrote_nothing() -> None:
    records, _ = read_fixture(SOURCE, TRANSCRIPT)
    assert not {"/home/ada/books/rejected.py", "/home/ada/books/failed.py"} & set(by_file(records))


def test_a_windows_file_uri_becomes_a_drive_path_and_a_newer_record_is_still_read() -> None:
    records, _ = read_fixture(SOURCE, TRANSCRIPT)
    assert by_file(records)["C:/Users/ada/My Books/money.py"] == hashes_of(
        "def to_cents(value):", "return round(value * 100)")


def test_unknown_types_bad_bytes_and_the_cut_off_last_line_are_skipped_with_their_line() -> None:
    _, log = read_fixture(SOURCE, TRANSCRIPT)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (8, "unknown record type 'browser_preview'"), (10, "not UTF-8"),
        (11, "truncated last line")]
    assert log.records_read == 8


def test_transcripts_are_under_the_home_folder_on_every_system() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.windsurf/transcripts"]
    assert SOURCE.locations(Platform("darwin", "/Users/ada", {})) == ["/Users/ada/.windsurf/transcripts"]
    assert SOURCE.best_effort and SOURCE.file_names == ("*.jsonl",)
