"""The runner's one door for programs other than git: ssh-keygen, and nothing else."""

from __future__ import annotations

import shutil

import pytest

from provenance.gitio import runner


@pytest.mark.parametrize("argv", [["sh", "-c", "true"], ["git", "version"], []])
def test_only_ssh_keygen_may_be_started_this_way(argv: list[str]) -> None:
    with pytest.raises(ValueError, match="the runner starts git and ssh-keygen only"):
        runner.run_program(argv, stdin=b"")


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen is not installed; install openssh-client")
def test_ssh_keygen_runs_with_stdin_and_its_status_is_returned() -> None:
    result = runner.run_program(["ssh-keygen", "-Y", "check-novalidate", "-n", "x", "-s", "/nonexistent"], stdin=b"m")
    assert result.returncode != 0 and result.stderr
