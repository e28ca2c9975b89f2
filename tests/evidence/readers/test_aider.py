"""The aider reader on a chat history in its on-disk shape."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from provenance.evidence.readers.aider import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

HISTORY = FIXTURES / "aider" / ".aider.chat.history.md"


def test_search_replace_and_udiff_blocks_give_the_new_lines() -> None:
    records, _ = read_fixture(SOURCE, HISTORY)
    files = by_file(records)
    assert files["lib/retry.py"] == hashes_of("def retry(action, attempts=3):", "for attempt in range(attempts):",
                                              "return action()", "except OSError:", "if attempt == attempts - 1:")
    assert files["lib/client.py"] == hashes_of("response = retry(lambda: fetch(url), attempts=5)",
                                               "log_attempts(response, url=url)")


def test_sessions_take_their_model_and_local_start_time_and_span_to_the_next() -> None:
    records, _ = read_fixture(SOURCE, HISTORY)
    first, second = records
    start = datetime(2026, 11, 29, 16, 0, 0).astimezone(timezone.utc)  # local time, no zone
    assert first.time == start and first.model == "anthropic/claude-sonnet-4-20250514"
    assert first.until == second.time and not first.open_ended
    assert second.until is None and second.open_ended
    assert second.model == "ollama_chat/qwen2.5-coder:14b"
    assert first.session_id != second.session_id
    assert first.hints.in_repository and first.hints.cwd == os.path.dirname(HISTORY)


def test_a_non_utf8_line_is_skipped_with_its_number() -> None:
    _, log = read_fixture(SOURCE, HISTORY)
    ((line, reason),) = [(skip.line, skip.reason) for skip in log.skips]
    assert reason.startswith("not UTF-8") and HISTORY.read_bytes().split(b"\n")[line - 1].endswith(b"\xe9")


def test_the_history_is_looked_for_in_every_work_tree() -> None:
    platform = Platform("linux", "/h", {}, ("/src/app", "/src/app-feature"))
    assert SOURCE.locations(platform) == ["/src/app/.aider.chat.history.md",
                                          "/src/app-feature/.aider.chat.history.md"]
    renamed = Platform("linux", "/h", {"AIDER_CHAT_HISTORY_FILE": "notes/chat.md"}, ("/src/app",))
    assert SOURCE.locations(renamed) == ["/src/app/notes/chat.md"]


WHOLE = FIXTURES / "aider" / "whole" / ".aider.chat.history.md"


def test_whole_file_blocks_aider_applied_give_every_line_of_the_file() -> None:
    records, _ = read_fixture(SOURCE, WHOLE)
    assert by_file(records) == {
        "src/fmt.py": hashes_of('def format_amount(cents, currency="EUR"):', "whole, rest = divmod(cents, 100)",
                                'return f"{whole}.{rest:02d} {currency}"'),
        "README.md": hashes_of("print(format_amount(1999))", "Amounts are kept in cents everywhere."),
        "lib\\win.py": hashes_of("def to_windows(path):", r'return path.replace("/", "\\")'),
    }
    assert {(r.model, r.session_id) for r in records} == {
        ("ollama_chat/qwen2.5-coder:32b", records[0].session_id)}
    assert [r.source_line for r in records] == [14, 38, 53]  # the opening fence of each block


def test_a_fenced_block_aider_did_not_apply_is_not_an_edit() -> None:
    # An /ask answer showing code after a file name, and a reply cut off while aider wrote it.
    files = by_file(read_fixture(SOURCE, WHOLE)[0])
    assert "src/parse.py" not in files and "src/half.py" not in files


def test_search_replace_in_a_fence_after_a_file_name_is_not_taken_for_a_whole_file() -> None:
    records, _ = read_fixture(SOURCE, HISTORY)
    assert len(records) == 2 and "<<<<<<< SEARCH" not in str(records)
    assert len(by_file(records)["lib/retry.py"]) == 5


def test_a_history_written_on_windows_reads_the_same(tmp_path: Path) -> None:
    crlf = tmp_path / ".aider.chat.history.md"
    crlf.write_bytes(WHOLE.read_bytes().replace(b"\n", b"\r\n"))
    assert by_file(read_fixture(SOURCE, crlf)[0]) == by_file(read_fixture(SOURCE, WHOLE)[0])
