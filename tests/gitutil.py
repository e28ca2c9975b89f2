"""Helpers for tests that drive real git in temporary repositories."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

# git sets these while a hook runs; a test started from inside a hook (pre-commit running the
# suite, say) must not let them leak into the repositories it makes.
_GIT_HOOK_VARIABLES = ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_PREFIX", "GIT_EDITOR",
                       "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE",
                       "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_HOOK_VARIABLES and not k.startswith("GIT_PROVENANCE_")}
    env.update(
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Ada Lovelace",
        GIT_AUTHOR_EMAIL="ada@example.com",
        GIT_COMMITTER_NAME="Ada Lovelace",
        GIT_COMMITTER_EMAIL="ada@example.com",
        GIT_EDITOR="true",
    )
    env.update(extra)
    return env


def git(repo: Path | str, *args: str, env: dict[str, str] | None = None, check: bool = True,
        input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, env=env or clean_env(), input=input.decode() if input else None,
        capture_output=True, text=True, check=check,
    )


def git_interpret_trailers(message: str) -> list[str]:
    """The trailers git reads in commit message ``message``, one "Key: value" a line.

    ``--no-divider``: without it interpret-trailers takes a ``---`` line for the start of a patch
    in an e-mail and reads nothing below it; for a commit message git does not (``git log
    --format=%(trailers)`` reads on), and neither do we. ``test_trailers_match_git`` checks that
    this agrees with ``%(trailers)`` on real commits.
    """
    proc = subprocess.run(["git", "interpret-trailers", "--parse", "--no-divider"],
                          input=message.encode("utf-8", "surrogateescape"),
                          capture_output=True, check=True, env=clean_env(), timeout=60)
    # Split on newlines only: a value may keep a carriage return from a CRLF continuation line.
    return proc.stdout.decode("utf-8", "surrogateescape").split("\n")[:-1]


def init_repo(path: Path, branch: str = "main") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", branch)
    git(path, "config", "user.name", "Ada Lovelace")
    git(path, "config", "user.email", "ada@example.com")
    git(path, "config", "commit.gpgsign", "false")
    return path


def commit_file(repo: Path, message: str, name: str = "file.txt", content: str | None = None,
                env: dict[str, str] | None = None, extra_args: tuple[str, ...] = ()) -> str:
    """Write a file and commit it with ``message`` exactly as given (hooks skipped)."""
    target = repo / name
    previous = target.read_text() if target.exists() else ""
    target.write_text(content if content is not None else previous + message[:20] + "\n")
    git(repo, "add", name, env=env)
    subprocess.run(["git", "commit", "-q", "--no-verify", "--cleanup=verbatim", "-F", "-", *extra_args],
                   cwd=repo, env=env or clean_env(), input=message.encode(), check=True, capture_output=True)
    return git(repo, "rev-parse", "HEAD").stdout.strip()
