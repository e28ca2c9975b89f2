"""The evidence index gives the plain scan's answer, whatever happened to the files between
scans, and reads only what changed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.evidence import index as index_module
from provenance.evidence.index_store import SCHEMA_VERSION, index_path
from provenance.evidence.lines import line_hash, normalise
from provenance.evidence.scan import EvidenceQuery, ScanResult, scan
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform
from tests.evidence.index_world import (
    BASE_TIME,
    FILES,
    REPO,
    World,
    assert_all_from_index,
    assert_same,
    both,
    platform,
)

OPERATIONS = st.lists(st.tuples(
    st.sampled_from(["append", "append", "append", "fragment", "rewrite", "shorten", "delete", "touch", "bad-bytes"]),
    st.sampled_from(sorted(FILES)),
    st.integers(min_value=0, max_value=9),
), min_size=1, max_size=12)


def _query() -> EvidenceQuery:
    hashes = {line_hash(normalise(f"value_{n} = compute({n})")) for n in range(0, 40, 3)}
    return EvidenceQuery.of(datetime.fromtimestamp(BASE_TIME + 20, tz=timezone.utc), hashes, [f"{REPO}/g1.py"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_the_indexed_scan_equals_the_plain_scan_after_any_changes(operations: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        home, index = Path(folder) / "home", Path(folder) / "index.sqlite3"
        world = World(home)
        for name in FILES:
            world.apply("append", name, 3)
        assert_same(*both(home, index))
        for operation, name, amount in operations:
            world.apply(operation, name, amount)
            assert_same(*both(home, index))
            again, plain = both(home, index, _query())
            assert_same(again, plain)
            assert_all_from_index(again)
        assert_same(*both(home, index, since=BASE_TIME + 1000 + world.step - 3))


def test_unchanged_files_are_not_read_and_grown_ones_only_from_their_last_line(tmp_path: Path) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    for name in FILES:
        world.apply("append", name, 4)
    first, _ = both(world.home, index)
    assert sum(report.files_from_index for report in first.reports) == 0
    warm, plain = both(world.home, index)
    assert_same(warm, plain)
    assert sum(report.files_from_index for report in warm.reports) == len(FILES)
    world.apply("append", "codex", 3)
    world.apply("append", "gemini-json", 3)  # rewritten whole
    grown, plain = both(world.home, index)
    assert_same(grown, plain)
    codex = next(report for report in grown.reports if report.source.id == "codex")
    assert (codex.files_resumed, codex.files_from_index) == (1, 0)
    gemini = next(report for report in grown.reports if report.source.id == "gemini-cli")
    assert (gemini.files_resumed, gemini.files_from_index) == (0, 1)


def test_a_line_still_being_written_is_read_again_once_complete(tmp_path: Path) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    world.apply("append", "claude", 2)
    line = world.lines("claude", 1).encode()
    path = world.path("claude")
    with path.open("ab") as handle:
        handle.write(line[:40])
    os.utime(path, (BASE_TIME + 5000, BASE_TIME + 5000))
    cut, plain = both(world.home, index)
    assert_same(cut, plain)
    assert [skip.reason for skip in cut.reports[0].skips] == ["truncated last line (the tool may still be writing)"]
    with path.open("ab") as handle:
        handle.write(line[40:])
    os.utime(path, (BASE_TIME + 5001, BASE_TIME + 5001))
    whole, plain = both(world.home, index)
    assert_same(whole, plain)
    assert whole.reports[0].skips == [] and whole.reports[0].files_resumed == 1
    assert len(whole.records) == len(cut.records) + 1


def test_a_file_changed_moments_ago_is_checked_again_even_with_the_same_size_and_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # File times are coarse (a jiffy, or 2 s on FAT): a rewrite of the same length within one
    # tick keeps them all. Here the change time is left out of the file's identity to stand for
    # that; the index does not trust a file written in the last seconds.
    monkeypatch.setattr(index_module, "_signature",
                        lambda source, path, status: f"{status.st_size}:{status.st_mtime_ns}")
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    path = world.path("claude")
    path.parent.mkdir(parents=True)
    path.write_text(world.lines("claude", 2))
    assert_same(*both(world.home, index))
    status = path.stat()
    content = path.read_text().replace("compute", "computf")
    path.write_text(content)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert_same(*both(world.home, index))


def test_a_corrupt_index_or_one_of_another_version_is_rebuilt(tmp_path: Path) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    world.apply("append", "claude", 3)
    index.write_bytes(b"this is not a database" * 100)
    assert_same(*both(world.home, index))
    with sqlite3.connect(index) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert_same(*both(world.home, index))
    with sqlite3.connect(index) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_index_that_cannot_be_used_is_bypassed_with_the_same_answer(tmp_path: Path) -> None:
    world = World(tmp_path / "home")
    world.apply("append", "claude", 3)
    blocked = tmp_path / "a-file" / "index.sqlite3"  # its folder cannot be made: a file is in the way
    (tmp_path / "a-file").write_text("")
    indexed, plain = both(world.home, blocked)
    assert indexed.index.startswith("bypassed") and indexed.records == plain.records
    assert [r.records_read for r in indexed.reports] == [r.records_read for r in plain.reports]


def test_a_locked_index_never_holds_up_or_changes_the_answer(tmp_path: Path) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    world.apply("append", "claude", 3)
    assert_same(*both(world.home, index))
    world.apply("append", "claude", 2)
    holder = sqlite3.connect(index, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process writing for longer than the busy timeout
    try:
        indexed, plain = both(world.home, index)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert indexed.records == plain.records
    assert_same(*both(world.home, index))


def _opencode_part(connection: sqlite3.Connection, n: int) -> None:
    import json

    message = {"role": "assistant", "modelID": "qwen3-coder", "path": {"cwd": REPO}}
    part = {"type": "tool", "tool": "write", "state": {"status": "completed", "time": {"start": 1_764_500_000_000},
            "input": {"filePath": f"{REPO}/o.py", "content": f"total_{n} = add({n})\n"}}}
    connection.execute("INSERT OR REPLACE INTO message VALUES ('m1', 's1', 1, 1, ?)", (json.dumps(message),))
    connection.execute("INSERT INTO part VALUES (?, 'm1', 's1', 1, 1, ?)", (f"p{n}", json.dumps(part)))
    connection.commit()


def test_a_database_of_a_tool_changed_only_in_its_write_ahead_log_is_read_again(tmp_path: Path) -> None:
    # OpenCode's store in WAL mode: new rows sit in opencode.db-wal while opencode.db is untouched.
    from tests.evidence.readers.test_opencode import SCHEMA

    home, index = tmp_path / "home", tmp_path / "index.sqlite3"
    store = home / ".local" / "share" / "opencode" / "opencode.db"
    store.parent.mkdir(parents=True)
    writer = sqlite3.connect(store)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.executescript(SCHEMA)
        _opencode_part(writer, 1)
        first, plain = both(home, index)
        assert_same(first, plain)
        _opencode_part(writer, 2)
        second, plain = both(home, index)
        assert_same(second, plain)
        assert len(second.records) == len(first.records) + 1
    finally:
        writer.close()


def test_the_default_place_of_the_index_per_system(tmp_path: Path) -> None:
    assert index_path(Platform("linux", "/h", {})) == "/h/.cache/git-provenance/evidence-index.sqlite3"
    assert index_path(Platform("linux", "/h", {"XDG_CACHE_HOME": "/c"})) == "/c/git-provenance/evidence-index.sqlite3"
    assert index_path(Platform("darwin", "/h", {})) == "/h/Library/Caches/git-provenance/evidence-index.sqlite3"
    windows = index_path(Platform("windows", "/h", {"LOCALAPPDATA": "/l"}))
    assert windows == os.path.join("/l", "git-provenance", "evidence-index.sqlite3")
    assert index_path(Platform("linux", "/h", {"GIT_PROVENANCE_EVIDENCE_INDEX": "/x.db"})) == "/x.db"
    assert index_path(Platform("linux", "/h", {"GIT_PROVENANCE_EVIDENCE_INDEX": "off"})) is None


def test_the_index_is_private_to_the_user(tmp_path: Path) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "cache" / "index.sqlite3"
    world.apply("append", "claude", 1)
    scan(platform(world.home, index), EvidenceSettings())
    assert index.stat().st_mode & 0o077 == 0


def test_matching_the_records_a_query_keeps_gives_the_report_of_every_record(tmp_path: Path) -> None:
    from provenance.evidence.matching import AddedLine, Target, match
    from provenance.gitio.worktrees import RepositoryIdentity

    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    for name in FILES:
        world.apply("append", name, 12)
    staged = [AddedLine(f"f{n % 4}.py", n, line_hash(normalise(f"value_{n} = compute({n})")), False)
              for n in range(1, 30, 2)]
    staged.append(AddedLine("g1.py", 1, "0" * 20, False))  # a file a session touched, no line of it
    start, end = datetime.fromtimestamp(BASE_TIME, tz=timezone.utc), datetime.now(timezone.utc)
    target = Target("staged", RepositoryIdentity((REPO,), (), frozenset()), tuple(staged), start, end)
    every, _ = both(world.home, index)
    for activity in (True, False):
        query = EvidenceQuery.of(start, {line.hash for line in staged}, {line.path for line in staged}, activity)
        kept, plain = both(world.home, index, query)
        assert_same(kept, plain)
        assert len(kept.records) < len(every.records)
        ours, theirs = match(kept.records, target, 3), match(every.records, target, 3)
        assert (ours.matches, ours.touches) == (theirs.matches, theirs.touches)
        assert ours.activity == (theirs.activity if activity else [])
        assert ours.matches and ours.touches and theirs.activity


def test_records_of_another_reader_version_are_read_again_and_kept(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    for name in FILES:
        world.apply("append", name, 3)
    assert_same(*both(world.home, index))
    monkeypatch.setattr(index_module._ReaderVersion, "of", lambda self, source: f"changed {source.id}")
    changed, plain = both(world.home, index)
    assert_same(changed, plain)
    assert sum(report.files_from_index for report in changed.reports) == 0
    again, plain = both(world.home, index)
    assert_same(again, plain)
    assert_all_from_index(again)


def test_the_scan_says_how_the_index_served_it(tmp_path: Path) -> None:
    from provenance.evidence.scan import index_summary, index_text

    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    for name in ("claude", "codex", "gemini-json"):
        world.apply("append", name, 3)
    both(world.home, index)
    world.apply("append", "claude", 1)
    world.apply("rewrite", "gemini-json", 1)
    indexed, plain = both(world.home, index)
    assert index_summary(indexed) == {"index": str(index), "files_from_index": 1, "files_resumed": 1,
                                      "files_read_whole": 1}
    assert index_text(indexed) == (f"index: {index}: 1 files unchanged (not read), 1 read from their last line, "
                                   "1 read whole")
    assert index_summary(plain)["index"] == "off"


def test_files_that_are_gone_are_forgotten(tmp_path: Path) -> None:
    world, index = World(tmp_path / "home"), tmp_path / "index.sqlite3"
    for name in ("claude", "claude2", "codex"):
        world.apply("append", name, 2)
    both(world.home, index)
    world.apply("delete", "claude2", 0)
    world.apply("append", "codex", 1)
    assert_same(*both(world.home, index))
    with sqlite3.connect(index) as connection:
        paths = {path for (path,) in connection.execute("SELECT path FROM files")}
        orphans = connection.execute("SELECT count(*) FROM records WHERE file_id NOT IN (SELECT id FROM files)")
        assert orphans.fetchone()[0] == 0
    assert paths == {str(world.path("claude")), str(world.path("codex"))}


def _gemini_layout(home: Path) -> tuple[Path, Path, str]:
    from tests.evidence.readers.test_gemini import JSONL

    chats = home / ".gemini" / "tmp" / "notes" / "chats"
    chats.mkdir(parents=True)
    shutil.copy(JSONL, chats / JSONL.name)
    (chats.parent / ".project_root").write_text("/home/ada/notes\n")
    return chats / JSONL.name, chats.parent / ".project_root", "/home/ada/elsewhere\n"


def _jan_layout(home: Path) -> tuple[Path, Path, str]:
    from tests.evidence.readers.test_jan import MESSAGES

    thread = home / ".config" / "Jan" / "data" / "threads" / MESSAGES.parent.name
    shutil.copytree(MESSAGES.parent, thread)
    side = thread / "thread.json"
    return thread / "messages.jsonl", side, side.read_text().replace("llama3.2-3b-instruct", "qwen3-8b")


def _cline_layout(home: Path) -> tuple[Path, Path, str]:
    from tests.evidence.readers.test_cline import TASKS

    storage = home / ".config" / "Code" / "User" / "globalStorage" / TASKS.parent.name
    shutil.copytree(TASKS.parent, storage)
    side = storage / "state" / "taskHistory.json"
    return storage / "tasks" / "1764500000000" / "ui_messages.json", side, side.read_text().replace(
        "/home/ada/report", "/home/ada/elsewhere")


@pytest.mark.parametrize("layout", [_gemini_layout, _jan_layout, _cline_layout], ids=["gemini", "jan", "cline"])
def test_a_record_file_is_read_again_when_a_file_its_reader_also_reads_changes(
        tmp_path: Path, layout: Callable[[Path], tuple[Path, Path, str]]) -> None:
    home, index = tmp_path / "home", tmp_path / "index.sqlite3"
    record, side, changed = layout(home)
    for path in home.rglob("*"):
        os.utime(path, (BASE_TIME, BASE_TIME))  # long settled: kept in the index as read

    def facts(result: ScanResult) -> set[tuple[str | None, str | None]]:
        return {(r.hints.cwd, r.model) for r in result.records if r.source_file == str(record)}

    first, plain = both(home, index)
    assert_same(first, plain)
    kept, _ = both(home, index)
    assert_all_from_index(kept)
    side.write_text(changed)  # the Gemini project, the Jan thread's model, the Cline task's folder
    os.utime(side, (BASE_TIME + 60, BASE_TIME + 60))
    again, plain = both(home, index)
    assert_same(again, plain)
    assert facts(again) != facts(first) and facts(again)
