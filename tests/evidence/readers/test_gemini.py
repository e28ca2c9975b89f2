"""The Gemini CLI reader on chat recordings in their JSONL and older JSON shapes."""

from __future__ import annotations

from pathlib import Path

from provenance.evidence.readers.gemini import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

JSONL = FIXTURES / "gemini" / "session-2026-11-30T11-00-8e2f4c1a.jsonl"
LEGACY = FIXTURES / "gemini" / "session-2025-08-01T08-00-legacy01.json"


def test_write_file_and_replace_give_the_lines_written_and_failed_calls_do_not() -> None:
    records, _ = read_fixture(SOURCE, JSONL)
    files = by_file(records)
    assert files["/home/ada/notes/parse.ts"] == hashes_of(
        "export function parseHeader(line: string): string[] {", 'return line.split(",").map((cell) => cell.trim());')
    assert files["/home/ada/notes/index.ts"] == hashes_of('import { parseHeader } from "./parse";',
                                                         'console.log(parseHeader("name, size"));')
    assert files["C:\\Users\\ada\\notes\\win.ts"] == hashes_of('export const windowsNewline = "\\r\\n";',
                                                              'export const driveLetter = "C";')


def test_metadata_gives_session_and_project_hash_and_messages_the_model() -> None:
    records, _ = read_fixture(SOURCE, JSONL)
    assert {r.session_id for r in records} == {"8e2f4c1a-3333-4444-5555-000000000003"}
    assert records[0].hints.project_hashes == ("0" * 64,)
    assert [r.model for r in records] == ["gemini-2.5-pro", "gemini-2.5-pro", "gemini-3-pro"]
    assert records[0].time is not None and records[0].time.isoformat() == "2026-11-30T11:00:08+00:00"


def test_unknown_types_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    _, log = read_fixture(SOURCE, JSONL)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (6, "unknown record type 'tool_group_v2'"), (8, "not UTF-8"), (9, "truncated last line")]


def test_the_older_json_conversation_is_read_too() -> None:
    records, log = read_fixture(SOURCE, LEGACY)
    assert by_file(records) == {"/home/ada/old/app.py": hashes_of("def legacy_format_works(value):",
                                                                  "return value * 3")}
    assert records[0].session_id == "legacy-1" and not log.skips


def test_a_slug_folder_names_its_project_root(tmp_path: Path) -> None:
    chats = tmp_path / "tmp" / "notes" / "chats"
    chats.mkdir(parents=True)
    (tmp_path / "tmp" / "notes" / ".project_root").write_text("/home/ada/notes\n")
    copy = chats / JSONL.name
    copy.write_bytes(JSONL.read_bytes())
    records, _ = read_fixture(SOURCE, copy)
    assert records[0].hints.cwd == "/home/ada/notes"


def test_locations_honour_gemini_cli_home() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.gemini/tmp"]
    assert SOURCE.locations(Platform("linux", "/h", {"GEMINI_CLI_HOME": "/srv/g"})) == ["/srv/g/.gemini/tmp"]
