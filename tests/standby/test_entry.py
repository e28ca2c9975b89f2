"""The hook scripts' entry: prepare-commit-msg asks git its usual questions early, and takes every answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.gitio import hook_queries
from tests.standby.conftest import MESSAGE_FILE

_PREPARE = """
import json, sys
from provenance.gitio import runner
from provenance.standby import entry
status = entry.run(["hook", "prepare-commit-msg", sys.argv[1], *sys.argv[2:]])
print(json.dumps([status, [list(args) for _folder, args in runner._started_early]]))
"""
EDITOR_MESSAGE = "\n# Please enter the commit message for your changes. Lines starting\n# with '#' will be ignored.\n"


def _prepare(repo: Path, env: dict[str, str], *source: str) -> tuple[int, list[list[str]]]:
    (repo / MESSAGE_FILE).write_text(EDITOR_MESSAGE)
    ran = subprocess.run([sys.executable, "-c", _PREPARE, MESSAGE_FILE, *source], cwd=repo,
                         env={**env, "GIT_PROVENANCE_STANDBY": "0"}, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    status, left = json.loads(ran.stdout.strip().splitlines()[-1])
    return status, left


@pytest.mark.parametrize("source", [(), ("template",)])
def test_every_question_asked_early_is_the_one_the_hook_asks(repo: Path, env: dict[str, str],
                                                             source: tuple[str, ...]) -> None:
    status, left = _prepare(repo, env, *source)
    assert status == 0 and left == []  # each answer taken: none was asked in vain, none asked twice
    assert "Assisted-by: Claude:claude-sonnet-4-5" in (repo / MESSAGE_FILE).read_text()  # and the evidence read


def test_a_message_from_elsewhere_asks_nothing_early(repo: Path, env: dict[str, str]) -> None:
    status, left = _prepare(repo, env, "message")
    assert status == 0 and left == []


def test_the_questions_are_four() -> None:
    assert len(hook_queries.PREPARE_COMMIT_MSG) == len(set(hook_queries.PREPARE_COMMIT_MSG)) == 4


_COMMIT_MSG_ON_STANDBY = """
import json, sys
from provenance.cli import main
from provenance.gitio import runner
from provenance.standby.server import ask_early
ask_early(sys.argv[1])
status = main(["hook", "commit-msg", sys.argv[1]])
print(json.dumps([status, [list(args) for _folder, args in runner._started_early]]))
"""


def test_the_standby_asks_early_what_commit_msg_asks(repo: Path, env: dict[str, str]) -> None:
    _prepare(repo, env)  # leaves its evidence for commit-msg, which then asks for HEAD
    ran = subprocess.run([sys.executable, "-c", _COMMIT_MSG_ON_STANDBY, MESSAGE_FILE], cwd=repo, env=env,
                         capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    status, left = json.loads(ran.stdout.strip().splitlines()[-1])
    assert status == 0 and left == []
    assert "Provenance-Attestation: v1 " in (repo / MESSAGE_FILE).read_text()  # signed: the patch was asked for


def test_the_entry_starts_the_standby_and_falls_back_in_process(
        repo: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance.gitio import runner
    from provenance.standby import entry

    started: list[list[str]] = []
    monkeypatch.setattr(runner, "start_python_in_background", lambda arguments: started.append(list(arguments)))
    monkeypatch.setattr(runner, "start_early", lambda commands, cwd=None: None)
    monkeypatch.chdir(repo)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    (repo / MESSAGE_FILE).write_text(EDITOR_MESSAGE)
    assert entry.run(["hook", "prepare-commit-msg", MESSAGE_FILE]) == 0
    assert len(started) == 1 and started[0][:2] == ["-S", "-c"]
    assert started[0][-2:] == [MESSAGE_FILE, str(os.getppid())]  # the git process is this one's parent
    assert "Assisted-by: Claude:claude-sonnet-4-5" in (repo / MESSAGE_FILE).read_text()
    # commit-msg with no standby listening runs here, through the usual main.
    assert entry.run(["hook", "commit-msg", MESSAGE_FILE]) == 0
    monkeypatch.setenv("GIT_PROVENANCE_STANDBY", "0")
    (repo / MESSAGE_FILE).write_text(EDITOR_MESSAGE)
    assert entry.run(["hook", "prepare-commit-msg", MESSAGE_FILE, "message"]) == 0
    assert len(started) == 1  # off: none started
