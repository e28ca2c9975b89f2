"""The Copilot CLI reader on a session's events.jsonl in its on-disk shape."""

from __future__ import annotations

from pathlib import Path

from provenance.evidence.readers.copilot_cli import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

(EVENTS,) = (FIXTURES / "copilot-cli" / "session-state").rglob("events.jsonl")


def test_create_and_edit_calls_give_the_lines_written_and_a_refused_one_nothing() -> None:
    records, _ = read_fixture(SOURCE, EVENTS)
    assert by_file(records) == {
        "/home/ada/ledger/ledger/interest.py": hashes_of("def monthly_interest(balance, rate):",
                                                         "return balance * rate / 12"),
        "C:\\Users\\ada\\ledger\\ledger\\tax.py": hashes_of('VAT_RATE = Decimal("0.20")'),
    }
    # The call the assistant asked for and the tool then ran is one record, from its start.
    assert [record.source_line for record in records] == [5, 7]


def test_session_start_gives_session_cwd_repository_and_commits_and_the_model_change_the_model() -> None:
    records, _ = read_fixture(SOURCE, EVENTS)
    first = records[0]
    assert first.session_id == "8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d"
    assert first.model == "claude-sonnet-4.5"
    assert first.hints.cwd == "/home/ada/ledger"
    assert first.hints.repository_urls == ("https://github.com/ada/ledger",)
    assert first.hints.commit_ids == ("0123456789abcdef0123456789abcdef01234567",
                                      "89abcdef0123456789abcdef0123456789abcdef")
    assert first.time is not None and first.time.isoformat() == "2026-11-30T12:00:03.500000+00:00"


def test_unknown_events_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    _, log = read_fixture(SOURCE, EVENTS)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (11, "unknown event type 'telemetry.span'"), (12, "not UTF-8"), (13, "truncated last line")]
    assert log.records_read == 10  # session.start of a newer version (2, unknown fields) included


def test_the_folder_names_the_session_when_no_event_does(tmp_path: Path) -> None:
    events = tmp_path / "session-state" / "4f00aa00-0000-4000-8000-000000000001" / "events.jsonl"
    events.parent.mkdir(parents=True)
    events.write_text('{"type": "tool.execution_start", "timestamp": "2026-11-30T12:00:00Z", "data": {'
                      '"toolCallId": "x", "toolName": "create", '
                      '"arguments": {"path": "/w/a.py", "file_text": "value = compute(1)"}}}\n')
    records, _ = read_fixture(SOURCE, events)
    assert [record.session_id for record in records] == ["4f00aa00-0000-4000-8000-000000000001"]


def test_locations_honour_copilot_home() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.copilot/session-state"]
    assert SOURCE.locations(Platform("linux", "/h", {"COPILOT_HOME": "/srv/copilot"})) == ["/srv/copilot/session-state"]
