"""One log stream for any number of commits, and the one decoder of log fields."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from provenance.core.errors import GitError
from provenance.gitio.facts import COMMIT_FIELDS, commit_from_fields
from provenance.gitio.log import count_commits, iter_commits, log_records, read_commits
from tests.gitutil import clean_env, commit_file, git


def test_fields_decode_into_commit_facts() -> None:
    fields = [b"a" * 40, b"b" * 40 + b" " + b"c" * 40, "Zoë".encode(), b"zoe@example.com", b"CI", b"ci@example.com",
              b"1700000000", b"1700000060", b"Subject\n\nbad \xff byte\n"]
    commit = commit_from_fields(fields, b"patch", comment_char=lambda message: ";")
    facts = commit.facts
    assert (facts.sha, facts.parent_count, facts.author_name, facts.committer_email) == (
        "a" * 40, 2, "Zoë", "ci@example.com")
    assert facts.undecodable_lines == (3,) and facts.message.startswith("Subject\n\nbad \ufffd byte")
    assert facts.comment_char == ";"
    assert (commit.author_time, commit.commit_time, commit.patch) == (1700000000, 1700000060, b"patch")
    assert len(fields) == len(COMMIT_FIELDS)


def test_a_root_commit_has_no_parents_and_missing_dates_read_as_zero() -> None:
    commit = commit_from_fields([b"a" * 40, b"", b"", b"", b"", b"", b"", b"", b""])
    assert commit.facts.parent_count == 0 and commit.author_time == 0 and commit.facts.comment_char == "#"


def test_verify_and_training_read_the_same_facts(repo: Path) -> None:
    commit_file(repo, "Root\n\nAI-Assisted: none\n", name="a.py", content="x = 1\n")
    env = clean_env(GIT_AUTHOR_NAME="Zoë Ångström", GIT_AUTHOR_DATE="2024-01-02T03:04:05+00:00")
    commit_file(repo, "Añade\n\nGenerated-by: Claude\n", name="b.py", content="y = 2\n", env=env)
    plain = list(read_commits(["HEAD"], str(repo)))
    with_patches = list(read_commits(["HEAD"], str(repo), patches=True))
    assert [c.facts for c in plain] == [c.facts for c in with_patches] == list(iter_commits(["HEAD"], str(repo)))
    assert [c.facts.author_name for c in plain] == ["Zoë Ångström", "Ada Lovelace"]
    assert plain[0].author_time == 1704164645 and plain[0].patch == b""
    assert b"+y = 2" in with_patches[0].patch and b"+x = 1" in with_patches[1].patch


def test_stream_splits_commits_whatever_their_messages_and_patches_hold(repo: Path) -> None:
    commit_file(repo, "root\n\n+++ b/not-a-file\n", name="a.py", content="+++ b/evil\n@@ -1 +1 @@\n")
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
    (repo / "bin.dat").write_bytes(b"\0\1\2")
    git(repo, "add", "bin.dat")
    git(repo, "commit", "-q", "-m", "binary")
    records = list(log_records(["HEAD"], ("%s",), str(repo), patches=True))
    assert [fields for fields, _ in records] == [[b"binary"], [b"empty"], [b"root"]]
    assert b"Binary files" in records[0][1] and records[1][1].strip() == b"" and b"+++ b/evil" in records[2][1]
    assert [rest for _, rest in log_records(["HEAD"], ("%s",), str(repo))] == [b"\n"] * 3


def test_revisions_through_stdin_keep_their_order(repo: Path) -> None:
    shas = [commit_file(repo, f"commit {i}") for i in range(3)]
    wanted = [shas[1], shas[0], shas[2]]
    read = read_commits(["--no-walk=unsorted"], str(repo), stdin_revisions=wanted)
    assert [c.facts.sha for c in read] == wanted


def test_an_empty_range_reads_nothing(repo: Path) -> None:
    commit_file(repo, "one")
    assert list(iter_commits(["HEAD..HEAD"], str(repo))) == []


def test_a_bad_revision_is_a_git_error_naming_it(repo: Path) -> None:
    commit_file(repo, "one")
    with pytest.raises(GitError, match="no-such-rev"):
        list(iter_commits(["no-such-rev"], str(repo)))


def test_a_latin1_commit_is_read_as_utf8(repo: Path) -> None:
    (repo / "f.txt").write_text("x\n")
    git(repo, "add", "f.txt")
    subprocess.run(["git", "-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "-F", "-"], cwd=repo,
                   env=clean_env(), input="Caf\xe9\n".encode("latin-1"), check=True)
    (facts,) = iter_commits(["HEAD"], str(repo))
    assert facts.message == "Café\n" and facts.undecodable_lines == ()


@pytest.mark.parametrize("rev_args", [
    ["HEAD"], ["-n", "2", "HEAD"], ["-n", "50", "HEAD"], ["HEAD~1..HEAD"], ["main", "^side"], ["--no-merges", "HEAD"],
    ["HEAD..HEAD"],
])  # fmt: skip
def test_count_commits_counts_what_git_log_lists(repo: Path, rev_args: list[str]) -> None:
    for number in range(3):
        commit_file(repo, f"commit {number}")
    git(repo, "checkout", "-q", "-b", "side", "HEAD~1")
    commit_file(repo, "side", name="side.txt")
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge", "side")
    assert count_commits(rev_args, str(repo)) == len(list(iter_commits(rev_args, str(repo))))


def test_count_commits_of_an_empty_range_is_zero(repo: Path) -> None:
    commit_file(repo, "one")
    assert count_commits(["HEAD..HEAD"], str(repo)) == 0


def test_count_commits_of_a_bad_revision_is_a_one_line_git_error_naming_it(repo: Path) -> None:
    commit_file(repo, "one")
    with pytest.raises(GitError) as caught:
        count_commits(["no-such-rev"], str(repo))
    message = str(caught.value)
    assert message.startswith("git rev-list --count no-such-rev --: fatal: ") and "\n" not in message
