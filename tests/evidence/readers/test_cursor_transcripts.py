"""The Cursor agent transcript reader on a transcript in its on-disk shape."""

from __future__ import annotations

from provenance.evidence.readers.cursor_transcripts import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

(TRANSCRIPT,) = (FIXTURES / "cursor" / "projects").rglob("*.jsonl")


def test_write_str_replace_and_apply_patch_give_the_lines_written() -> None:
    records, _ = read_fixture(SOURCE, TRANSCRIPT)
    assert by_file(records) == {
        "/home/ada/tides/tides/harmonic.py": hashes_of("import math", "def tide_height(amplitude, speed, hours):",
                                                       "return amplitude * math.cos(speed * hours)",
                                                       "phase_lag = station.phase_lag_for(speed)"),
        # Cursor's Windows form /c:/… loses its slash; CRLF in the new text is normalised.
        "c:/Users/ada/tides/tides/io.py": hashes_of("return read_station_table(path)", "def load(path):"),
        "/home/ada/tides/tides/units.py": hashes_of("FEET_PER_METRE = 3.28084", "def to_feet(metres):",
                                                    "return metres * FEET_PER_METRE"),
    }  # the Read and Grep calls wrote nothing


def test_the_session_is_the_file_name_and_there_is_no_time() -> None:
    records, _ = read_fixture(SOURCE, TRANSCRIPT)
    assert {record.session_id for record in records} == {"7c1e0a52-3b7d-4e4e-9d3a-5f0c2a1b9e11"}
    assert {record.time for record in records} == {None}  # the scan stands the file's mtime in
    # A newer record (version 3, unknown fields) is read, and its model kept.
    assert [record.model for record in records] == [None, None, None, "claude-4.5-sonnet"]
    assert [record.source_line for record in records] == [2, 3, 4, 6]


def test_unknown_roles_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    _, log = read_fixture(SOURCE, TRANSCRIPT)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (5, "unknown record role 'checkpoint'"), (7, "not UTF-8"), (8, "truncated last line")]
    assert log.records_read == 5


def test_locations_honour_cursor_config_dir() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.cursor/projects"]
    assert SOURCE.locations(Platform("windows", "C:\\Users\\ada", {"CURSOR_CONFIG_DIR": "D:\\cursor"}))[0].startswith(
        "D:\\cursor")
