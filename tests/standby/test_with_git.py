"""The standby under real `git commit`s through an editor, with the installed hooks.

The commit-msg hook's own Python signs through ssh-keygen; the standby has cryptography imported
and signs in-process. So an ssh-keygen on PATH that notes each run tells which one ran the hook."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance.standby import place
from tests.attestation.openssh import needs_openssh
from tests.gitutil import git
from tests.noted_programs import noting_program
from tests.standby.conftest import DISCLOSED, provenance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the standby is POSIX only")


@pytest.fixture
def noted(tmp_path: Path, env: dict[str, str]) -> tuple[dict[str, str], Path]:
    """The environment with an ssh-keygen that notes its runs in the returned file, then runs the real one."""
    folder, log = noting_program(tmp_path, "ssh-keygen")
    return {**env, "PATH": f"{folder}{os.pathsep}{env['PATH']}"}, log


def _editor(tmp_path: Path, text: str) -> str:
    """GIT_EDITOR that waits for the standby to listen, notes that it did, and writes ``text``."""
    program = tmp_path / "editor.py"
    program.write_text(
        "import os, sys, time\n"
        f"socket = os.path.join(os.path.dirname(sys.argv[1]), {place.FOLDER!r}, {place.SOCKET!r})\n"
        "deadline = time.monotonic() + 20\n"
        "while not os.path.exists(socket) and time.monotonic() < deadline:\n    time.sleep(0.02)\n"
        f"open({str(tmp_path / 'standby-seen')!r}, 'w').write(str(os.path.exists(socket)))\n"
        f"open(sys.argv[1], 'w').write({text!r})\n")
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(program))}"


def _gone(path: Path) -> bool:
    deadline = time.monotonic() + 5
    while os.path.lexists(path) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not os.path.lexists(path)


@needs_openssh
def test_through_the_editor_the_standby_runs_commit_msg_and_signs(
        tmp_path: Path, repo: Path, noted: tuple[dict[str, str], Path]) -> None:
    env, log = noted
    result = subprocess.run(["git", "commit", "-q"], cwd=repo, env={**env, "GIT_EDITOR": _editor(tmp_path, DISCLOSED)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "standby-seen").read_text() == "True"
    assert not log.exists()  # signed in the standby, which has cryptography imported
    assert "Provenance-Attestation: v1 " in git(repo, "log", "-1", "--format=%B").stdout
    verified = provenance(repo, env, "verify", "--range", "base..HEAD", "--attestation", "required")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert _gone(repo / ".git" / place.FOLDER / place.SOCKET)

    (repo / "notes.txt").write_text("more\n")  # with -m no standby starts: the hook's own Python signs
    git(repo, "add", "notes.txt")
    result = subprocess.run(["git", "commit", "-q", "-m", "Add notes\n\nAI-Assisted: none"], cwd=repo, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(log.read_text().splitlines()) == 1
    assert provenance(repo, env, "verify", "--range", "base..HEAD", "--attestation", "required").returncode == 0


def test_a_rejection_by_the_standby_reaches_the_developer_and_keeps_the_message(
        tmp_path: Path, repo: Path, env: dict[str, str]) -> None:
    result = subprocess.run(["git", "commit", "-q"], cwd=repo,
                            env={**env, "GIT_EDITOR": _editor(tmp_path, "Add settlement\n\nIt settles.\n")},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert (tmp_path / "standby-seen").read_text() == "True"
    assert "git-provenance" in result.stderr and "Your message is kept in " in result.stderr
    kept = result.stderr.split("Your message is kept in ")[1].split(";")[0]
    assert (repo / kept).read_text().startswith("Add settlement\n\nIt settles.")  # (an absolute path stays one)
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"


def test_an_aborted_commit_leaves_no_standby(tmp_path: Path, repo: Path, env: dict[str, str]) -> None:
    result = subprocess.run(["git", "commit", "-q"], cwd=repo, env={**env, "GIT_EDITOR": _editor(tmp_path, "")},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "empty commit message" in result.stderr
    assert (tmp_path / "standby-seen").read_text() == "True"
    assert _gone(repo / ".git" / place.FOLDER / place.SOCKET)  # it left with its git process
