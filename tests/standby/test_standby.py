"""The standby and its client as real processes on a real socket. A sh stands in for git: like git,
it is the parent of the hook that starts the standby and of the hook that asks it."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance.standby import place
from tests.standby.conftest import MESSAGE_FILE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the standby is POSIX only")

PYTHON = shlex.quote(sys.executable)
START = f"{PYTHON} -c 'from provenance.standby.entry import start_standby; start_standby(\"{MESSAGE_FILE}\")'"
SOCKET = f".git/{place.FOLDER}/{place.SOCKET}"
WAIT = f"i=0; while [ ! -S {SOCKET} ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done"
ASK = (f"{PYTHON} -c 'from provenance.standby.client import ask; "
       f"print(\"status\", ask([\"hook\", \"commit-msg\", \"{MESSAGE_FILE}\"]))'")


def as_git(repo: Path, env: dict[str, str], *steps: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", "-c", "; ".join(steps)], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=60)


def statuses(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split()[1] for line in result.stdout.splitlines() if line.startswith("status ")]


def gone(path: Path, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while path.exists() or path.is_socket():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_the_standby_runs_the_call_on_the_clients_streams_and_leaves(repo: Path, env: dict[str, str]) -> None:
    result = as_git(repo, env, START, WAIT, ASK)
    assert statuses(result) == ["0"], result.stderr
    assert "Provenance-Attestation: v1 " in (repo / MESSAGE_FILE).read_text()
    assert gone(repo / SOCKET)  # served: gone at once

    (repo / MESSAGE_FILE).write_text("Add settlement\n")  # no disclosure
    result = as_git(repo, env, START, WAIT, ASK)
    assert statuses(result) == ["1"]
    assert "git-provenance" in result.stderr and "Assisted-by" in result.stderr  # printed by the standby, here


def test_a_call_from_another_environment_or_process_is_declined(repo: Path, env: dict[str, str]) -> None:
    result = as_git(repo, env, START, WAIT, f"GIT_PROVENANCE_CONFIG=other.toml {ASK}", f"({ASK}; true)", ASK)
    # Another environment: declined. A call from another process (a subshell's child): declined.
    # The standby still serves the call from its git process afterwards.
    assert statuses(result) == ["None", "None", "0"], result.stderr


def test_the_standby_leaves_when_its_git_process_ends(repo: Path, env: dict[str, str]) -> None:
    as_git(repo, env, START, WAIT)
    assert gone(repo / SOCKET)
    result = as_git(repo, env, ASK)
    assert statuses(result) == ["None"]


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds the standby through /proc")
def test_a_killed_standby_is_no_standby(repo: Path, env: dict[str, str]) -> None:
    kill = ("for p in /proc/[0-9]*; do if tr '\\0' ' ' < $p/cmdline 2>/dev/null | grep -q 'standby[.]server'; then "
            "[ \"$(readlink $p/cwd)\" = \"$PWD\" ] && kill -9 ${p#/proc/}; fi; done; sleep 0.2")
    started = time.monotonic()
    result = as_git(repo, env, START, WAIT, kill, ASK)
    assert statuses(result) == ["None"], result.stderr
    assert time.monotonic() - started < 10  # refused at once, not waited for
    assert (repo / SOCKET).is_socket()  # what it left behind is simply not answered


def test_a_folder_others_can_enter_is_never_used(repo: Path, env: dict[str, str]) -> None:
    folder = repo / ".git" / place.FOLDER
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    planted = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        planted.bind(str(folder / place.SOCKET))
        planted.listen(1)
        planted.settimeout(0.5)
        result = as_git(repo, env, START, "sleep 0.5", ASK)
        assert statuses(result) == ["None"]
        with pytest.raises(TimeoutError):
            planted.accept()  # the client never connected to a socket someone else could have put there
    finally:
        planted.close()


def test_it_is_off_with_the_variable(repo: Path, env: dict[str, str]) -> None:
    result = as_git(repo, {**env, "GIT_PROVENANCE_STANDBY": "0"}, START, "sleep 0.3", ASK)
    assert statuses(result) == ["None"]
    assert not (repo / ".git" / place.FOLDER).exists()


def test_a_long_git_dir_path_is_reached_from_inside_the_folder(tmp_path: Path, repo: Path,
                                                              env: dict[str, str]) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.parent.mkdir()
    repo.rename(deep)  # a socket's path is limited to ~104 bytes; this one is longer
    assert len(str(deep / SOCKET)) > 108
    result = as_git(deep, env, START, WAIT, ASK)
    assert statuses(result) == ["0"], result.stderr
