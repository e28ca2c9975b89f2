"""What identifies a repository to a record written elsewhere: the top folder of each of its
work trees (linked worktrees included), its remotes' URLs and its recent commits (a moved or
re-cloned repository still has the same remote and history)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from provenance.gitio.runner import run

_RECENT_COMMITS = 2000


@dataclass(frozen=True)
class RepositoryIdentity:
    tops: tuple[str, ...]
    remote_urls: tuple[str, ...]
    recent_commits: frozenset[str]


def _lines(args: list[str], cwd: str | os.PathLike[str]) -> list[str]:
    process = run(args, cwd=cwd, check=False)
    return process.stdout.decode("utf-8", "surrogateescape").splitlines() if process.returncode == 0 else []


def repository_identity(top: str, repository: str | os.PathLike[str] = ".") -> RepositoryIdentity:
    """``top`` (this work tree) first, then the repository's other work trees, its remote URLs
    and up to the last 2000 commits of HEAD."""
    tops = [top]
    for line in _lines(["worktree", "list", "--porcelain"], repository):
        if line.startswith("worktree ") and line[9:] not in tops:
            tops.append(line[9:])
    urls = [line.split(" ", 1)[1] for line in _lines(["config", "--get-regexp", r"^remote\..*\.url$"], repository)
            if " " in line]
    commits = _lines(["rev-list", f"--max-count={_RECENT_COMMITS}", "HEAD", "--"], repository)
    return RepositoryIdentity(tuple(tops), tuple(urls), frozenset(commits))
