"""Branches, origin/HEAD and merge bases, asked by name."""

from __future__ import annotations

from pathlib import Path

from provenance.gitio.refs import existing_branches, merge_base, origin_head
from tests.gitutil import commit_file, git, init_repo


def test_existing_branches_local_and_remote_tracking(tmp_path: Path) -> None:
    origin = init_repo(tmp_path / "origin")
    commit_file(origin, "one")
    git(origin, "branch", "release")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(origin), str(clone))
    wanted = ["origin/main", "main", "origin/release", "release", "origin/nothing", "nothing"]
    assert existing_branches(wanted, cwd=str(clone)) == {"origin/main", "main", "origin/release"}
    assert origin_head(cwd=str(clone)) == "origin/main"
    assert origin_head(cwd=str(origin)) is None


def test_merge_base_or_none_for_unrelated_histories(repo: Path) -> None:
    base = commit_file(repo, "base")
    git(repo, "checkout", "-q", "-b", "feature")
    commit_file(repo, "feature")
    assert merge_base("main", "HEAD", cwd=str(repo)) == base
    git(repo, "checkout", "-q", "--orphan", "other")
    commit_file(repo, "unrelated")
    assert merge_base("main", "HEAD", cwd=str(repo)) is None
