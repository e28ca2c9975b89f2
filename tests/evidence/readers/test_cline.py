"""The Cline and Roo Code readers on VS Code task folders (ui_messages.json and its neighbours)."""

from __future__ import annotations

from datetime import datetime, timezone

from provenance.evidence.readers import cline, roo_code
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

TASKS = FIXTURES / "cline" / "saoudrizwan.claude-dev" / "tasks"
ROO_TASK = FIXTURES / "roo-code" / "rooveterinaryinc.roo-cline" / "tasks" / "0198c0de-roo1" / "ui_messages.json"


def test_new_files_search_replace_and_patches_give_the_lines_written() -> None:
    records, _ = read_fixture(cline.SOURCE, TASKS / "1764500000000" / "ui_messages.json")
    assert by_file(records) == {
        "src/report.py": hashes_of("def render_report(rows):", 'return "\\n".join(row.title for row in rows)'),
        "src/app.py": hashes_of("print(render_report(load_rows()))"),
        "src/patch_me.py": hashes_of('limit_rows = int(environ.get("LIMIT", 10))'),
    }


def test_the_task_gives_session_folder_model_and_time() -> None:
    records, _ = read_fixture(cline.SOURCE, TASKS / "1764500000000" / "ui_messages.json")
    assert {r.session_id for r in records} == {"1764500000000"}
    assert {r.hints.cwd for r in records} == {"/home/ada/report"}  # from state/taskHistory.json
    assert [r.model for r in records] == ["claude-sonnet-4-5", "claude-sonnet-4-5", "gpt-5"]
    assert records[0].time == datetime(2025, 11, 30, 10, 53, 22, tzinfo=timezone.utc)
    assert [r.source_line for r in records] == [3, 4, 8]


def test_an_unknown_message_type_is_skipped_and_newer_fields_are_ignored() -> None:
    _, log = read_fixture(cline.SOURCE, TASKS / "1764500000000" / "ui_messages.json")
    assert [str(skip).split(": ", 1)[1] for skip in log.skips] == ["message 7: unknown message type 'checkpoint_v9'"]
    assert log.records_read == 7


def test_a_windows_task_with_a_bad_byte_is_read_and_its_folder_taken_from_the_conversation() -> None:
    records, log = read_fixture(cline.SOURCE, TASKS / "1764510000000" / "ui_messages.json")
    assert by_file(records) == {"src\\win.ts": hashes_of('export const windowsNewline = "\\r\\n";')}
    assert records[0].hints.cwd == "C:\\Users\\ada\\report"
    assert [skip.reason.split(" (")[0] for skip in log.skips] == ["not UTF-8"]


def test_a_file_being_written_is_skipped_whole() -> None:
    records, log = read_fixture(cline.SOURCE, TASKS / "1764520000000" / "ui_messages.json")
    assert records == [] and [skip.reason.split(" (")[0] for skip in log.skips] == ["not JSON"]


def test_roo_code_reads_a_unified_diff_and_its_history_item() -> None:
    records, log = read_fixture(roo_code.SOURCE, ROO_TASK)
    assert by_file(records) == {"lib/rates.js": hashes_of('const exchangeRate = fetchRate("EUR");')}
    assert records[0].source == "roo-code" and records[0].hints.cwd == "/Users/ada/rates" and not log.skips


def test_locations_per_system() -> None:
    linux = cline.SOURCE.locations(Platform("linux", "/home/ada", {}))
    assert linux[0] == "/home/ada/.config/Code/User/globalStorage/saoudrizwan.claude-dev/tasks"
    assert "/home/ada/.config/Cursor/User/globalStorage/saoudrizwan.claude-dev/tasks" in linux
    mac = roo_code.SOURCE.locations(Platform("darwin", "/Users/ada", {}))
    assert mac[0] == "/Users/ada/Library/Application Support/Code/User/globalStorage/rooveterinaryinc.roo-cline/tasks"
    roaming = {"APPDATA": "C:\\Users\\ada\\AppData\\Roaming"}
    windows = cline.SOURCE.locations(Platform("windows", "C:\\Users\\ada", roaming))
    assert windows[0].startswith("C:\\Users\\ada\\AppData\\Roaming") and "saoudrizwan.claude-dev" in windows[0]
