"""The work tree, its shallow edge and git paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.core.errors import GitError
from provenance.gitio.repository import open_repo, work_tree_paths
from tests.gitutil import commit_file, git, init_repo


def test_a_full_clone_is_not_shallow(repo: Path) -> None:
    commit_file(repo, "one")
    (repo / "sub").mkdir()
    opened = open_repo(str(repo / "sub"))
    assert Path(opened.top) == repo.resolve() and not opened.is_shallow


def test_a_shallow_clone_knows_its_edge(tmp_path: Path) -> None:
    origin = init_repo(tmp_path / "origin")
    shas = [commit_file(origin, f"commit {i}") for i in range(3)]
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", str(clone))
    opened = open_repo(str(clone))
    assert opened.is_shallow and opened.shallow_commits == frozenset({shas[-1]})


def test_git_paths_honour_core_hooks_path(repo: Path) -> None:
    git(repo, "config", "core.hooksPath", "my-hooks")
    top, (hooks,) = work_tree_paths("hooks", cwd=str(repo))
    assert Path(top) == repo.resolve() and Path(hooks) == repo / "my-hooks"


def test_outside_a_work_tree_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    with pytest.raises(GitError, match=r"is not inside a git work tree; run this from a repository checkout$"):
        open_repo(str(tmp_path))
