"""Golden-file tests: what people read from the CLI, byte for byte.

Commit dates and identities are fixed, so shas are stable. After a deliberate change to the
output, regenerate with ``UPDATE_GOLDEN=1 python -m pytest tests/cli/test_golden_output.py`` and
review the diff of tests/cli/golden/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitutil import clean_env, commit_file, init_repo
from tests.paths import GOLDEN

GOLDEN = GOLDEN


def fixed_env(tick: int) -> dict[str, str]:
    date = f"2026-01-01T12:{tick:02d}:00+00:00"
    return clean_env(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)


def run_cli(repo: Path, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "provenance", *args], cwd=repo, env=clean_env(),
                          capture_output=True, text=True)
    return f"$ git-provenance {' '.join(args)}\n[exit {proc.returncode}]\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}"


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual)
    assert path.exists(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text()


@pytest.fixture
def history(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    messages = [
        "Initial layout\n\nAI-Assisted: none\n",
        "Add parser\n\nAssisted-by: Claude:claude-3-opus coccinelle\n",
        "Add CLI\n\nCo-authored-by: Codex <codex@openai.com>\n",
        "Quick fix\n",
        "Tune defaults\n\nAI-Assisted: maybe\n",
        "Refactor\n\nAssisted-by: aider\n\nSigned-off-by: Claude <noreply@anthropic.com>\n",
        'Revert "Quick fix"\n\nThis reverts commit 0000000.\n',
    ]
    for tick, message in enumerate(messages):
        commit_file(repo, message, env=fixed_env(tick))
    return repo


def test_verify_text(history: Path) -> None:
    check_golden("verify-text.txt", run_cli(history, "verify", "--range", "HEAD"))


def test_verify_json(history: Path) -> None:
    check_golden("verify-json.txt", run_cli(history, "verify", "--range", "HEAD~3..HEAD", "--format", "json"))


def test_commit_msg_rejection(history: Path, tmp_path: Path) -> None:
    message = tmp_path / "COMMIT_EDITMSG"
    message.write_text("Add feature\n\nSome text.\nAssisted-by: Claude:claude-3-opus\n")
    output = run_cli(history, "hook", "commit-msg", str(message)).replace(str(tmp_path), "<tmp>")
    check_golden("commit-msg-rejection.txt", output)


def test_rules_listing(history: Path) -> None:
    check_golden("rules.txt", run_cli(history, "rules"))
