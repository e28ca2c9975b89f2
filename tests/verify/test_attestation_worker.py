"""The attestation process's side: patch ids read from git only as far as asked, and the process itself,
run as verify runs it, answering one verdict per commit -- or exiting 1 without a word."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.attestation import trust
from provenance.attestation.check import CheckSettings, CommitToCheck, Verdict, check_commits
from provenance.attestation.statement import DisclosureRecord
from provenance.gitio.patch_ids import range_patch_ids, streamed_range_patch_ids
from provenance.verify import attestation_process, attestation_wire
from provenance.verify.attestation_worker import PatchIdsAsTheyCome
from tests.attestation.attested import commit_attested, commit_trust_file, make_key, trust_line
from tests.gitutil import commit_file, git

NONE = DisclosureRecord("none", (), ("ai-assisted",))


def _history(repo: Path) -> list[str]:
    """Four changes, a merge (no patch id) and an empty commit (none either); their ids newest first."""
    commit_file(repo, "one", name="a.txt")
    commit_file(repo, "two", name="b.txt")
    git(repo, "checkout", "-q", "-b", "side", "HEAD~1")
    commit_file(repo, "side", name="c.txt")
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "merge", "side")
    commit_file(repo, "three", name="a.txt")
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
    return git(repo, "log", "--format=%H").stdout.split()


def test_patch_ids_in_log_order_each_as_asked_and_none_for_a_merge_or_an_empty_commit(repo: Path) -> None:
    logged = _history(repo)
    expected = range_patch_ids(["HEAD"], repo)
    empty, merge = logged[0], logged[2]
    assert empty not in expected and merge not in expected and len(expected) == 4
    with streamed_range_patch_ids(["HEAD"], repo) as streamed:
        ids = PatchIdsAsTheyCome(streamed)
        assert [ids.get(sha) for sha in logged] == [expected.get(sha) for sha in logged]


def test_patch_ids_asked_out_of_order_are_kept_until_asked(repo: Path) -> None:
    logged = _history(repo)
    expected = range_patch_ids(["HEAD"], repo)
    oldest_first = list(reversed(logged))
    with streamed_range_patch_ids(["HEAD"], repo) as streamed:
        ids = PatchIdsAsTheyCome(streamed)
        assert ids.get(logged[0]) is None  # the empty commit: read to the end, every id kept
        assert [ids.get(sha) for sha in oldest_first[:-1]] == [expected.get(sha) for sha in oldest_first[:-1]]
        assert ids.get("0" * 40) is None  # a commit git never listed


def _serve_input(repo: Path, commits: list[CommitToCheck], settings: CheckSettings, rev_args: tuple[str, ...],
                 end: bytes = b"") -> bytes:
    header = attestation_wire.encode_header(attestation_wire.Header(str(repo), rev_args, settings))
    return header + b"".join(attestation_wire.encode_commit(commit) for commit in commits) + end


def _run_worker(data: bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """The process as verify starts it (``python -c ENTRY``), fed ``data`` on stdin."""
    return subprocess.run([sys.executable, "-c", attestation_process._ENTRY], input=data, capture_output=True,
                          cwd=cwd, timeout=60, check=False)


@pytest.fixture
def attested(repo: Path, tmp_path: Path) -> tuple[list[CommitToCheck], CheckSettings]:
    """Three commits of a topic branch -- attested, unattested, attested -- and main's trust in Ada's key."""
    key = make_key(tmp_path / "keys")
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    message = "Attested\n\nAI-Assisted: none\n"
    commit_attested(repo, message, key.private_path, name="a.txt")
    commit_file(repo, "Unattested\n\nAI-Assisted: none\n", name="b.txt")
    commit_attested(repo, message, key.private_path, name="c.txt")
    commits = []
    for sha in git(repo, "log", "--format=%H", "main..topic").stdout.split():
        body = git(repo, "log", "-1", "--format=%B", sha).stdout
        commits.append(CommitToCheck(sha, body, "ada@example.com", "ada@example.com", None, NONE))
    trusted = trust.parse(f"{trust_line(key)}\n", "main:.git-provenance/allowed_signers")
    return commits, CheckSettings(trusted)


def test_the_process_answers_one_verdict_per_commit_as_verify_would_check_them(
        repo: Path, attested: tuple[list[CommitToCheck], CheckSettings]) -> None:
    commits, settings = attested
    result = _run_worker(_serve_input(repo, commits, settings, ("main..topic",)))
    assert (result.returncode, result.stderr) == (0, b"")
    answered = attestation_wire.decode_verdicts(result.stdout)
    patch_ids = range_patch_ids(["main..topic"], repo)
    expected = check_commits([commit._replace(patch_id=patch_ids[commit.sha]) for commit in commits], settings)
    assert answered == expected
    assert [answered[commit.sha].status for commit in commits] == ["valid", "missing", "valid"]


def test_the_process_imports_nothing_from_the_folder_it_runs_in(
        repo: Path, attested: tuple[list[CommitToCheck], CheckSettings], tmp_path: Path) -> None:
    # verify runs in the repository under review; a file there named like a module must never run.
    here = tmp_path / "checkout"
    (here / "provenance").mkdir(parents=True)
    marker = tmp_path / "imported"
    planted = f"open({str(marker)!r}, 'w').close()\n"
    for module in ("provenance/__init__.py", "json.py", "queue.py", "threading.py", "base64.py"):
        (here / module).write_text(planted)
    commits, settings = attested
    result = _run_worker(_serve_input(repo, commits, settings, ("main..topic",)), cwd=here)
    assert result.returncode == 0 and len(attestation_wire.decode_verdicts(result.stdout)) == 3
    assert not marker.exists()


@pytest.mark.parametrize("data", [
    pytest.param(b"garbage\n", id="garbage"),
    pytest.param(b"", id="nothing"),
    pytest.param(b"\xff\xfe\x00garbage without a newline", id="binary"),
])  # fmt: skip
def test_the_process_given_garbage_exits_1_without_a_word(data: bytes) -> None:
    result = _run_worker(data)
    assert (result.returncode, result.stdout, result.stderr) == (1, b"", b"")


@pytest.mark.parametrize("case", ["bad-commit-line", "input-ends-inside-a-line", "bad-revision"])
def test_the_process_failing_after_its_header_exits_1_without_a_word(
        repo: Path, attested: tuple[list[CommitToCheck], CheckSettings], case: str) -> None:
    commits, settings = attested
    data = {
        "bad-commit-line": _serve_input(repo, commits, settings, ("main..topic",), end=b"[1, 2]\n"),
        "input-ends-inside-a-line": _serve_input(repo, commits, settings, ("main..topic",))[:-5],
        # git fails: the process does not say why (verify, checking itself, reports git's error)
        "bad-revision": _serve_input(repo, commits, settings, ("main..no-such-branch",)),
    }[case]
    result = _run_worker(data)
    assert (result.returncode, result.stdout, result.stderr) == (1, b"", b"")


def test_verdicts_for_no_commits_are_no_lines(repo: Path, attested: tuple[list[CommitToCheck], CheckSettings]
                                              ) -> None:
    _, settings = attested
    result = _run_worker(_serve_input(repo, [], settings, ("main..topic",)))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert attestation_wire.decode_verdicts(result.stdout) == {}


def test_a_verdict_line_is_what_decode_verdicts_reads() -> None:
    verdict = Verdict("valid", "detail", 3, True)
    assert attestation_wire.decode_verdicts(attestation_wire.encode_verdict("a" * 40, verdict)) == {"a" * 40: verdict}
