"""`git provenance evidence --staged` in a real repository with records of Windsurf, Amp and
aider's whole-file format: the staged lines a tool wrote in this repository match; the same
lines written by the tool in another repository do not."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.cli.inprocess import Cli
from tests.gitutil import commit_file, git, init_repo

CODE = ("def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n"
        "    if remaining < 0:\n        raise OverpaidError(invoice.number)\n    return remaining\n")

WriteRecords = Callable[[Path, Path], None]  # (home, the repository the tool wrote billing.py in)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("XDG_DATA_HOME", str(Path.home() / ".local" / "share"))
    return Cli(capsys, monkeypatch)


def _windsurf(home: Path, written_in: Path) -> None:
    action = {"acknowledgement_type": "ACKNOWLEDGEMENT_TYPE_ACCEPT", "original_content": "",
              "new_content": CODE, "path": (written_in / "billing.py").as_uri()}
    records = [{"status": "done", "type": "user_input", "user_input": {"user_response": "x"}},
               {"status": "done", "type": "code_action", "code_action": action}]
    transcript = home / ".windsurf" / "transcripts" / "traj-7.jsonl"
    transcript.parent.mkdir(parents=True)
    transcript.write_text("".join(json.dumps(record) + "\n" for record in records))


def _amp(home: Path, written_in: Path) -> None:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    tool_use = {"type": "tool_use", "id": "toolu_1", "name": "create_file",
                "input": {"path": str(written_in / "billing.py"), "content": CODE}}
    thread: dict[str, Any] = {
        "v": 5, "id": "T-amp-1", "created": 0, "env": {"initial": {"trees": [{"uri": written_in.as_uri()}]}},
        "messages": [{"role": "assistant", "content": [tool_use], "usage": {"model": "claude-opus-4-6",
                                                                            "timestamp": now}}]}
    folder = home / ".local" / "share" / "amp" / "threads"
    folder.mkdir(parents=True)
    (folder / "T-amp-1.json").write_text(json.dumps(thread))


def _aider(home: Path, written_in: Path) -> None:
    started = (datetime.now() - timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")  # local time, as aider
    (written_in / ".aider.chat.history.md").write_text(
        f"# aider chat started at {started}\n\n> Main model: gpt-4o with whole edit format\n\n"
        f"#### write settle\n\nbilling.py\n```python\n{CODE}```\n\n> Applied edit to billing.py\n")


SOURCES = {"Windsurf": _windsurf, "Amp": _amp, "aider": _aider}


def _matches(cli: Cli, repo: Path) -> list[str]:
    outcome = cli("evidence", "--staged", "--format", "json", cwd=repo)
    assert outcome.code == 0, outcome
    return [match["tool"] for match in json.loads(outcome.out)["matches"]]


def _stage(repo: Path) -> None:
    commit_file(repo, "start")
    (repo / "billing.py").write_text(CODE)
    git(repo, "add", "billing.py")


@pytest.mark.parametrize("tool", sorted(SOURCES))
def test_staged_lines_the_tool_wrote_here_match(tool: str, repo: Path, cli: Cli) -> None:
    _stage(repo)
    SOURCES[tool](Path.home(), repo)
    assert _matches(cli, repo) == [tool]


@pytest.mark.parametrize("tool", sorted(SOURCES))
def test_the_same_lines_written_in_another_repository_do_not(tool: str, repo: Path, tmp_path: Path,
                                                             cli: Cli) -> None:
    _stage(repo)
    other = init_repo(tmp_path / "other")
    SOURCES[tool](Path.home(), other)
    assert _matches(cli, repo) == []
