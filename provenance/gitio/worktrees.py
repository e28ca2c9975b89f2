"""What identifies a repository to a record written elsewhere: the top folder of each of its
work trees (linked worktrees included), its remotes' URLs and its recent commits (a moved or
re-cloned repository still has the same remote and history).

Each part is read from git when first asked for: a commit hook holds records against the
repository only when some record could be about the staged lines, and most commits have none,
so most commits start none of these git processes.
"""

from __future__ import annotations

import os

from provenance.gitio.runner import run

_RECENT_COMMITS = 2000


def _lines(args: list[str], cwd: str | os.PathLike[str]) -> list[str]:
    process = run(args, cwd=cwd, check=False)
    return process.stdout.decode("utf-8", "surrogateescape").splitlines() if process.returncode == 0 else []


class RepositoryIdentity:
    """``tops``: this work tree first, then the repository's other work trees; ``remote_urls``;
    ``recent_commits``: up to the last 2000 commits of HEAD. Given values are kept; the others
    are read from the repository at ``repository`` on first use."""

    __slots__ = ("_commits", "_repository", "_tops", "_urls", "top")

    def __init__(self, tops: tuple[str, ...], remote_urls: tuple[str, ...] | None = None,
                 recent_commits: frozenset[str] | None = None,
                 repository: str | os.PathLike[str] | None = None) -> None:
        self.top = tops[0]
        self._repository = repository
        self._tops = tops if repository is None else None
        self._urls = remote_urls
        self._commits = recent_commits

    def _read(self, args: list[str]) -> list[str]:
        return _lines(args, self._repository) if self._repository is not None else []

    @property
    def tops(self) -> tuple[str, ...]:
        if self._tops is None:
            tops = [self.top]
            for line in self._read(["worktree", "list", "--porcelain"]):
                if line.startswith("worktree ") and line[9:] not in tops:
                    tops.append(line[9:])
            self._tops = tuple(tops)
        return self._tops

    @property
    def remote_urls(self) -> tuple[str, ...]:
        if self._urls is None:
            lines = self._read(["config", "--get-regexp", r"^remote\..*\.url$"])
            self._urls = tuple(line.split(" ", 1)[1] for line in lines if " " in line)
        return self._urls

    @property
    def recent_commits(self) -> frozenset[str]:
        if self._commits is None:
            self._commits = frozenset(self._read(["rev-list", f"--max-count={_RECENT_COMMITS}", "HEAD", "--"]))
        return self._commits


def repository_identity(top: str, repository: str | os.PathLike[str] = ".") -> RepositoryIdentity:
    """The identity of the repository at ``repository`` whose work tree ``top`` is; its parts
    are read when first asked for."""
    return RepositoryIdentity((top,), repository=repository)
