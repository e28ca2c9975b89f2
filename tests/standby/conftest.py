"""Fixtures of the standby tests: a repository with the hooks installed, a developer's own home
(a signing key, a Claude Code session that wrote the staged lines) and a message file."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.evidence.helpers import claude_session
from tests.gitutil import git, init_repo
from tests.hooks.developer_home import home_env

CODE = ("def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n"
        "    if remaining < 0:\n        raise OverpaidError(invoice.number)\n    return remaining\n")
DISCLOSED = "Add settlement\n\nAssisted-by: Claude:claude-sonnet-4-5\n"
MESSAGE_FILE = ".git/COMMIT_EDITMSG"


def provenance(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=repo, env=env, capture_output=True,
                          text=True)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "developer-home"
    folder.mkdir()
    return folder


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    return home_env(home)


@pytest.fixture
def repo(tmp_path: Path, home: Path, env: dict[str, str]) -> Path:
    """Hooks installed, the developer's key trusted at the base commit, billing.py staged (a Claude
    Code session wrote it) and a disclosing message in git's message file."""
    path = init_repo(tmp_path / "app")
    made = provenance(path, env, "keygen")
    assert made.returncode == 0, made.stderr
    (path / ".git-provenance").mkdir()
    (path / ".git-provenance" / "allowed_signers").write_text(made.stdout.strip().splitlines()[-1] + "\n")
    git(path, "add", ".git-provenance")
    git(path, "commit", "-q", "-m", "Trust Ada's key\n\nAI-Assisted: none", env=env)
    git(path, "tag", "base")
    assert provenance(path, env, "install").returncode == 0
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    claude_session(home, path, "c1a2-session", stamp, path / "billing.py", CODE)
    (path / "billing.py").write_text(CODE)
    git(path, "add", "billing.py")
    (path / MESSAGE_FILE).write_text(DISCLOSED)
    return path
