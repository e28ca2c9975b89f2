"""The Continue reader on session files of the IDE extensions and the CLI."""

from __future__ import annotations

import fnmatch

from provenance.evidence.readers.continue_dev import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

SESSIONS = FIXTURES / "continue" / "sessions"
SESSION = SESSIONS / "0f3c9a2e-7b1d-4c5e-9f00-000000000005.json"


def test_writing_tool_calls_give_the_lines_written_and_cancelled_ones_do_not() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    assert by_file(records) == {
        "src/tax.ts": hashes_of("export function addTax(net: number): number {", "return net * 1.19;",
                                "return net * vatRate(country);"),
        "c:/Users/ada/tax/win.ts": hashes_of('export const windowsDrive = "C:";'),
    }


def test_the_session_gives_its_id_and_folder_but_no_model_or_time() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    assert {(r.session_id, r.hints.cwd, r.model, r.time) for r in records} == {
        ("0f3c9a2e-7b1d-4c5e-9f00-000000000005", "/home/ada/tax", None, None)}
    assert [r.source_line for r in records] == [2, 3, 5]


def test_a_bad_byte_and_an_unknown_role_are_reported_and_newer_fields_ignored() -> None:
    _, log = read_fixture(SOURCE, SESSION)
    assert [skip.reason.split(" (")[0] for skip in log.skips] == [
        "not UTF-8", "history item 4: unknown message role 'critic_v7'"]
    assert log.records_read == 4


def test_a_session_being_written_is_skipped_and_the_index_is_not_read() -> None:
    records, log = read_fixture(SOURCE, SESSIONS / "0f3c9a2e-7b1d-4c5e-9f00-000000000006.json")
    assert records == [] and [skip.reason.split(" (")[0] for skip in log.skips] == ["not JSON"]
    assert not any(fnmatch.fnmatch("sessions.json", pattern) for pattern in SOURCE.file_names)


def test_locations_honour_continue_global_dir() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.continue/sessions"]
    assert SOURCE.locations(Platform("linux", "/h", {"CONTINUE_GLOBAL_DIR": "/srv/c"})) == ["/srv/c/sessions"]
