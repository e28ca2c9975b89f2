"""`git provenance evidence` and `evidence sources`, in-process and once end to end with HOME
pointed at a folder of records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from provenance.cli.evidence import parse_when
from provenance.core.errors import UsageError
from tests.cli.inprocess import Cli
from tests.evidence.helpers import claude_session
from tests.gitutil import clean_env, commit_file, git

CODE = ("def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n"
        "    if remaining < 0:\n        raise OverpaidError(invoice.number)\n    return remaining\n")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _staged_session(repo: Path, home: Path) -> None:
    commit_file(repo, "start")
    (repo / "billing.py").write_text(CODE)
    git(repo, "add", "billing.py")
    claude_session(home, repo, "sess-42", _now(), repo / "billing.py", CODE)


def test_text_names_tool_model_session_files_and_share(repo: Path, cli: Cli) -> None:
    _staged_session(repo, Path.home())
    outcome = cli("evidence", cwd=repo)
    assert outcome.code == 0, outcome
    assert "Claude Code (claude-sonnet-4-5-20250929): wrote 5 of 5 non-trivial added lines (100%) in billing.py" \
        in outcome.out
    assert "sessions: sess-42" in outcome.out and "lines: billing.py:1-5" in outcome.out
    assert "Suggested disclosure: Assisted-by: Claude:claude-sonnet-4-5" in outcome.out
    assert "settle" not in outcome.out and "remaining" not in outcome.out  # never code


def test_json_is_versioned_and_carries_no_code(repo: Path, cli: Cli) -> None:
    _staged_session(repo, Path.home())
    outcome = cli("evidence", "--staged", "--format", "json", cwd=repo)
    document = json.loads(outcome.out)
    assert document["version"] == 1 and document["non_trivial_added_lines"] == 5
    (match,) = document["matches"]
    assert (match["tool"], match["sessions"], match["matched_lines"], match["share"]) == (
        "Claude Code", ["sess-42"], 5, 1.0)
    assert match["records"][0]["line"] == 2
    assert "invoice" not in outcome.out


def test_quiet_when_nothing_matched(repo: Path, cli: Cli) -> None:
    commit_file(repo, "start")
    outcome = cli("evidence", cwd=repo)
    assert outcome.code == 0 and outcome.out.startswith("No evidence for the staged changes")
    assert len(outcome.out.splitlines()) == 1


def test_rev_checks_a_commit(repo: Path, cli: Cli) -> None:
    _staged_session(repo, Path.home())
    git(repo, "commit", "-q", "--no-verify", "-m", "settle")
    outcome = cli("evidence", "--rev", "HEAD", cwd=repo)
    assert outcome.code == 0 and "Evidence for commit HEAD" in outcome.out and "sess-42" in outcome.out


def test_sources_says_where_it_looked_and_what_it_skipped(repo: Path, cli: Cli) -> None:
    _staged_session(repo, Path.home())
    transcript = next((Path.home() / ".claude" / "projects").rglob("*.jsonl"))
    with transcript.open("a") as handle:
        handle.write('{"type": "assistant", "mess')
    written = transcript.stat().st_mtime - 60  # the index re-reads a file written in the last seconds
    os.utime(transcript, (written, written))
    outcome = cli("evidence", "sources", cwd=repo)
    assert "claude-code (Claude Code; on, best effort): 1 files, 2 records read, 1 skipped" in outcome.out
    assert f"skipped {transcript}:3: truncated last line" in outcome.out
    assert f"absent    {Path.home()}/.codex/sessions" in outcome.out
    document = json.loads(cli("evidence", "sources", "--format", "json", cwd=repo).out)
    assert document["version"] == 1 and document["sources"][0]["skipped"][0]["line"] == 3
    # The second scan found the transcript unchanged in the per-user index (the first read it).
    assert "1 read whole" in outcome.out.splitlines()[-1] and outcome.out.splitlines()[-1].startswith("index: ")
    assert document["index"]["files_from_index"] == 1 and document["index"]["files_read_whole"] == 0


@pytest.mark.parametrize(("argv", "code"), [
    (["evidence", "--rev", "HEAD", "--since", "2h"], 2),
    (["evidence", "--since", "soon"], 2),
    (["evidence", "--rev", "no-such-commit"], 4),
])  # fmt: skip
def test_errors_are_one_line_with_the_documented_code(repo: Path, cli: Cli, argv: list[str], code: int) -> None:
    commit_file(repo, "start")
    assert cli(*argv, cwd=repo).one_line_error(code)


def test_an_invalid_settings_file_is_a_configuration_error(repo: Path, cli: Cli) -> None:
    settings = Path.home() / ".config" / "git-provenance" / "evidence.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("min-lines = 'many'\n")
    line = cli("evidence", cwd=repo).one_line_error(3)
    assert str(settings) in line and "min-lines" in line


def test_outside_a_repository(tmp_path: Path, cli: Cli) -> None:
    assert "not inside a git work tree" in cli("evidence", cwd=tmp_path).one_line_error(4)


def test_since_accepts_durations_and_dates() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)
    assert parse_when("2h", now) == datetime(2026, 12, 1, 10, tzinfo=timezone.utc)
    assert parse_when("2026-11-30", now) == datetime(2026, 11, 30, tzinfo=timezone.utc)
    with pytest.raises(UsageError):
        parse_when("yesterday", now)


def test_end_to_end_with_home_pointed_at_records(tmp_path: Path) -> None:
    home = tmp_path / "records-home"
    repo = tmp_path / "work"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    _staged_session(repo, home)
    process = subprocess.run([sys.executable, "-m", "provenance", "evidence", "--format", "json"], cwd=repo,
                             env=clean_env(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config")),
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr
    assert [m["sessions"] for m in json.loads(process.stdout)["matches"]] == [["sess-42"]]
