"""The Claude Code reader on a transcript in its on-disk shape."""

from __future__ import annotations

from provenance.evidence.readers.claude_code import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

SESSION = FIXTURES / "claude-code" / "session.jsonl"


def test_write_edit_multiedit_and_structured_patch_give_the_lines_written() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    files = by_file(records)
    assert hashes_of("def orbital_period(semi_major_axis, mu):", "ratio = semi_major_axis ** 3 / mu",
                     "return 2 * math.pi * math.sqrt(ratio)", "raise ValueError(\"mu must be positive\")",
                     "if mu <= 0:") <= files["/home/ada/orbit/orbit/period.py"]
    assert files["/home/ada/orbit/README.md"] == hashes_of("Compute orbital periods from the semi-major axis.",
                                                           "Units are kilometres and seconds throughout.")
    # From toolUseResult.structuredPatch: the added lines only, not the context line.
    assert files["/home/ada/orbit/orbit/escape.py"] == hashes_of("def escape_velocity(mu, radius):",
                                                                 "return math.sqrt(2 * mu / radius)")


def test_records_carry_session_model_cwd_time_and_where_they_came_from() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    first = records[0]
    assert first.session_id == "5d1c0a7e-1111-4a2b-9c3d-000000000001"
    assert first.model == "claude-sonnet-4-5-20250929"
    assert first.hints.cwd == "/home/ada/orbit"
    assert first.time is not None and first.time.isoformat() == "2026-11-30T09:00:05.120000+00:00"
    assert (first.source_file, first.source_line) == (str(SESSION), 3)
    assert {r.model for r in records} == {"claude-sonnet-4-5-20250929", "claude-opus-4-1-20250805", None}


def test_trivial_lines_are_not_kept() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    written = by_file(records)["/home/ada/orbit/orbit/period.py"]
    assert not hashes_of("", "    ") & written  # blank lines are never evidence
    assert hashes_of("import math") <= written  # imports are kept (weak, matching decides)


def test_unknown_types_non_utf8_and_a_truncated_last_line_are_skipped_with_their_line() -> None:
    _, log = read_fixture(SOURCE, SESSION)
    reasons = {skip.line: skip.reason for skip in log.skips}
    assert reasons[9] == "unknown record type 'telemetry-beacon'"
    assert reasons[11].startswith("not UTF-8")
    assert reasons[13] == "truncated last line (the tool may still be writing)"
    assert len(log.skips) == 3


def test_a_newer_version_with_unknown_fields_is_still_read() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    assert by_file(records)["/home/ada/orbit/orbit/units.py"] == hashes_of("KM_PER_AU = 149597870.7",
                                                                          "SECONDS_PER_DAY = 86400")


def test_windows_paths_and_crlf_content() -> None:
    records, _ = read_fixture(SOURCE, SESSION)
    (windows,) = [r for r in records if r.file_path and r.file_path.startswith("C:")]
    assert windows.hints.cwd == "C:\\Users\\ada\\orbit"
    assert windows.line_hashes == hashes_of("WINDOWS_LINE_ENDINGS = True", "PATH_SEPARATOR = separator_for(WINDOWS)")


def test_locations_honour_claude_config_dir() -> None:
    default = Platform("linux", "/home/ada", {})
    assert SOURCE.locations(default)[0] == "/home/ada/.claude/projects"
    moved = Platform("linux", "/home/ada", {"CLAUDE_CONFIG_DIR": "/srv/claude"})
    assert SOURCE.locations(moved) == ["/srv/claude/projects"]
