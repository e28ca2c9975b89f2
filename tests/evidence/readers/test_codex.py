"""The Codex CLI reader on a rollout in its on-disk shape."""

from __future__ import annotations

from provenance.evidence.readers.codex import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, by_file, hashes_of, read_fixture

(ROLLOUT,) = (FIXTURES / "codex").glob("rollout-*.jsonl")


def test_apply_patch_in_every_call_shape_gives_the_added_lines_per_file() -> None:
    records, _ = read_fixture(SOURCE, ROLLOUT)
    files = by_file(records)
    assert files["src/ledger.rs"] == hashes_of("pub fn balance(entries: &[i64]) -> i64 {", "entries.iter().sum()")
    assert files["src/main.rs"] == hashes_of("let total = ledger::balance(&[3, 4]);", 'println!("total {total}");')
    # A moved file is reported under its new name; a deleted one adds nothing.
    assert files["src/new_name.rs"] == hashes_of("fn renamed_helper(count: usize) -> usize { count * 2 }")
    assert "src/old_name.rs" not in files and "src/gone.rs" not in files
    # Inside a shell heredoc with CRLF line ends, and as a local_shell_call argument.
    assert files["src/shell.rs"] == hashes_of('pub const GREETING: &str = "written through a shell heredoc";')
    assert files["src/local.rs"] == hashes_of("pub fn local_shell_path() -> bool { true }")


def test_session_meta_and_turn_context_give_session_cwd_model_and_git() -> None:
    records, _ = read_fixture(SOURCE, ROLLOUT)
    first = records[0]
    assert first.session_id == "019ad000-aaaa-7bbb-8ccc-000000000002"
    assert first.model == "gpt-5-codex"
    assert first.hints.cwd == "/home/ada/ledger"
    assert first.hints.repository_urls == ("git@github.com:ada/ledger.git",)
    assert first.hints.commit_ids == ("1234567890abcdef1234567890abcdef12345678",)
    assert first.time is not None and first.time.isoformat() == "2026-11-30T10:00:10+00:00"


def test_unknown_types_non_utf8_and_a_truncated_last_line_are_skipped() -> None:
    records, log = read_fixture(SOURCE, ROLLOUT)
    assert [(skip.line, skip.reason.split(" (")[0]) for skip in log.skips] == [
        (10, "unknown record type 'ghost_snapshot'"), (11, "not UTF-8"), (13, "truncated last line")]
    # The newer turn_context (an unknown field, a new model) is read.
    assert log.records_read == 10
    assert len(records) == 5


def test_locations_honour_codex_home() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {}))[0] == "/home/ada/.codex/sessions"
    assert SOURCE.locations(Platform("linux", "/h", {"CODEX_HOME": "/srv/codex"})) == [
        "/srv/codex/sessions", "/srv/codex/archived_sessions"]
