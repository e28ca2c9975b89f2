"""The staged diff's added lines and a commit's committer time, whatever the user's diff settings."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from provenance.gitio.staged import committer_time, staged_additions
from provenance.gitio.worktrees import repository_identity
from tests.gitutil import clean_env, commit_file, git


def test_staged_lines_before_the_first_commit_and_after(repo: Path) -> None:
    (repo / "a.py").write_text("one = 1\ntwo = 2\n")
    git(repo, "add", "a.py")
    (added,) = staged_additions(repo)
    assert (added.path, [h.lines for h in added.hunks]) == ("a.py", [[b"one = 1", b"two = 2"]])
    git(repo, "commit", "-q", "--no-verify", "-m", "first")
    (repo / "a.py").write_text("one = 1\nTWO = 2\nthree = 3\n")
    (repo / "unstaged.py").write_text("not staged\n")
    git(repo, "add", "a.py")
    (added,) = staged_additions(repo)
    assert [(h.start_line, h.lines) for h in added.hunks] == [(2, [b"TWO = 2", b"three = 3"])]


def test_user_diff_settings_do_not_change_the_lines(repo: Path, tmp_path: Path) -> None:
    (repo / "b").mkdir()
    commit_file(repo, "first", name="b/m.py", content="x = 1\n")
    (repo / "b" / "m.py").write_text("x = 1\ny = 2\n")
    git(repo, "add", ".")
    for key, value in [("diff.noprefix", "true"), ("diff.external", "false"), ("color.diff", "always"),
                       ("diff.context", "9")]:
        git(repo, "config", "--global", key, value)
    attributes = tmp_path / "attributes"
    attributes.write_text("*.py diff=nope\n")
    git(repo, "config", "--global", "core.attributesFile", str(attributes))
    (added,) = staged_additions(repo)
    assert (added.path, added.hunks[0].lines) == ("b/m.py", [b"y = 2"])


def test_committer_time_of_head_and_of_no_commit(repo: Path) -> None:
    assert committer_time("HEAD", repo) is None
    env = clean_env(GIT_COMMITTER_DATE="2026-11-30T10:00:00+02:00")
    commit_file(repo, "first", env=env)
    assert committer_time("HEAD", repo) == datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc)
    assert committer_time("HEAD^", repo) is None


def test_identity_lists_linked_worktrees_remotes_and_commits(repo: Path, tmp_path: Path) -> None:
    sha = commit_file(repo, "first")
    git(repo, "remote", "add", "origin", "git@example.com:ada/app.git")
    git(repo, "worktree", "add", "-q", str(tmp_path / "linked"))
    identity = repository_identity(str(repo), repo)
    assert identity.tops[0] == str(repo) and str(tmp_path / "linked") in identity.tops
    assert identity.remote_urls == ("git@example.com:ada/app.git",)
    assert sha in identity.recent_commits
