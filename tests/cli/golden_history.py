"""The small history the golden files of tests/cli/golden describe, built with fixed dates so its
commit ids never change: one builder for the subprocess and the in-process golden tests."""

from __future__ import annotations

from pathlib import Path

from tests.gitutil import clean_env, commit_file, init_repo

GOLDEN_MESSAGES = (
    "Initial layout\n\nAI-Assisted: none\n",
    "Add parser\n\nAssisted-by: Claude:claude-3-opus coccinelle\n",
    "Add CLI\n\nCo-authored-by: Codex <codex@openai.com>\n",
    "Quick fix\n",
    "Tune defaults\n\nAI-Assisted: maybe\n",
    "Refactor\n\nAssisted-by: aider\n\nSigned-off-by: Claude <noreply@anthropic.com>\n",
    'Revert "Quick fix"\n\nThis reverts commit 0000000.\n',
)


def fixed_env(tick: int) -> dict[str, str]:
    """A clean environment whose author and committer dates are minute ``tick`` of a fixed hour."""
    date = f"2026-01-01T12:{tick:02d}:00+00:00"
    return clean_env(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)


def build_golden_history(path: Path) -> Path:
    repo = init_repo(path)
    for tick, message in enumerate(GOLDEN_MESSAGES):
        commit_file(repo, message, env=fixed_env(tick))
    return repo
