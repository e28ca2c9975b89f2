"""Stable patch ids, with real git: the staged change's id is the commit's, before and after a
cherry-pick, and a user's diff settings change none of them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from provenance.core.errors import GitError
from provenance.gitio.patch_ids import commit_patch_ids, range_patch_ids, staged_patch_id, streamed_range_patch_ids
from tests.gitutil import clean_env, commit_file, git, init_repo

BASE = "".join(f"line {n}\n" for n in range(1, 30))


def _repo(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "base", name="a.py", content=BASE)
    commit_file(repo, "other", name="b.txt", content="other\n")
    return repo


def _stage_change(repo: Path) -> None:
    (repo / "a.py").write_text(BASE.replace("line 15\n", "line 15 changed\n"))
    (repo / "new.bin").write_bytes(b"\x00\x01binary\xff")
    git(repo, "add", "a.py", "new.bin")


def _commit(repo: Path) -> str:
    subprocess.run(["git", "commit", "-q", "--no-verify", "-m", "change"], cwd=repo, env=clean_env(), check=True)
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def test_the_staged_id_is_the_commits_and_survives_a_cherry_pick(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    assert staged_patch_id(repo) is None  # nothing staged
    _stage_change(repo)
    staged = staged_patch_id(repo)
    assert staged is not None and len(staged) == 40
    change = _commit(repo)
    assert commit_patch_ids([change], repo) == {change: staged}
    # the same change on another base (without b.txt): another commit, the same id
    git(repo, "checkout", "-q", "-b", "elsewhere", "HEAD~2")
    git(repo, "cherry-pick", "--allow-empty", change, env=clean_env())
    picked = git(repo, "rev-parse", "HEAD").stdout.strip()
    assert picked != change
    assert commit_patch_ids([picked, change], repo) == {picked: staged, change: staged}
    # git's own pipe gives the same id (what an outside verifier would run); --binary, so that the
    # content of a binary file is bound too, not just "Binary files differ"
    shown = subprocess.run(f"git show --binary {change} | git patch-id --stable", shell=True, cwd=repo,
                           env=clean_env(), capture_output=True, text=True, check=True).stdout.split()[0]
    assert shown == staged


def test_another_change_has_another_id_and_empty_commits_have_none(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    _stage_change(repo)
    first = staged_patch_id(repo)
    (repo / "a.py").write_text(BASE.replace("line 15\n", "line 15 changed again\n"))
    git(repo, "add", "a.py")
    assert staged_patch_id(repo) not in (None, first)
    git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", "changed")
    subprocess.run(["git", "commit", "-q", "--no-verify", "--allow-empty", "-m", "empty"], cwd=repo,
                   env=clean_env(), check=True)
    empty = git(repo, "rev-parse", "HEAD").stdout.strip()
    assert commit_patch_ids([empty], repo) == {}
    assert commit_patch_ids([], repo) == {}


def test_diff_settings_change_no_id(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    _stage_change(repo)
    plain = staged_patch_id(repo)
    for key, value in (("diff.noprefix", "true"), ("diff.mnemonicPrefix", "true"), ("diff.algorithm", "patience"),
                       ("diff.context", "7"), ("color.diff", "always"), ("diff.renames", "copies")):
        git(repo, "config", key, value)
    assert staged_patch_id(repo) == plain
    change = _commit(repo)
    change_ids = commit_patch_ids([change], repo)
    assert change_ids == {change: plain}


def _varied_history(tmp_path: Path) -> Path:
    """A root commit, a text and binary change, a merge, a rename, an empty commit: what a range holds."""
    repo = _repo(tmp_path)
    _stage_change(repo)
    _commit(repo)
    git(repo, "checkout", "-q", "-b", "side", "HEAD~1")
    commit_file(repo, "side", name="c.txt", content="side\n")
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge side", "side")
    git(repo, "mv", "b.txt", "d.txt")
    _commit(repo)
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
    return repo


@pytest.mark.parametrize("rev_args", [["HEAD"], ["HEAD~3..HEAD"], ["-n", "3", "HEAD"], ["main", "^side"]])
def test_streamed_range_ids_are_range_patch_ids_pairs_in_git_log_order(tmp_path: Path, rev_args: list[str]) -> None:
    repo = _varied_history(tmp_path)
    expected = range_patch_ids(rev_args, repo)
    with streamed_range_patch_ids(rev_args, repo) as streamed:
        pairs = list(streamed)
    logged = git(repo, "log", "--format=%H", *rev_args, "--").stdout.split()
    assert pairs == [(sha, expected[sha]) for sha in logged if sha in expected]
    assert len(pairs) == len(expected) >= 1
    assert len(logged) > len(pairs)  # the merge and the empty commit (where selected) have no id


def test_a_bad_revision_in_streamed_range_ids_is_the_one_line_error_range_patch_ids_gives(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    with pytest.raises(GitError) as streamed_error, streamed_range_patch_ids(["no-such-rev"], repo) as streamed:
        assert list(streamed) == []
    message = str(streamed_error.value)
    assert message.startswith("git log --format=commit %H --unified=3 ") and "no-such-rev" in message
    assert ": fatal: " in message and "\n" not in message
    with pytest.raises(GitError) as plain_error:
        range_patch_ids(["no-such-rev"], repo)
    assert str(plain_error.value) == message


def test_leaving_streamed_range_ids_after_the_first_is_not_an_error(tmp_path: Path) -> None:
    # More ids than the pipes hold (82 bytes each), so git log and git patch-id are both still at work.
    repo = init_repo(tmp_path / "repo")
    changes = []
    for number in range(1500):
        content = f"{number}\n"
        changes.append(f"commit refs/heads/main\ncommitter Ada <ada@example.com> {1_700_000_000 + number} +0000\n"
                       f"data 7\nchange\nM 644 inline f.txt\ndata {len(content)}\n{content}\n")
    git(repo, "fast-import", "--quiet", input="".join(changes).encode())
    with streamed_range_patch_ids(["main"], repo) as streamed:
        first = next(streamed)
    assert first[0] == git(repo, "rev-parse", "main").stdout.strip() and len(first[1]) == 40
