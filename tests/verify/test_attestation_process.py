"""verify's attestation checks in a second process: the same report as checking in verify's own process,
for every kind of verdict, and the same report again whenever that process fails in any way.

One repository holds every case (built once for the module); each test runs verify on it with
``MIN_COMMITS`` at 1 (the second process) and at 10**9 (in-process) and compares. What ``finish``
returned is recorded, so a comparison cannot pass merely because the process path fell back.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from provenance.attestation.check import CheckSettings, CommitToCheck, Verdict, check_commits
from provenance.attestation.statement import DisclosureRecord
from provenance.attestation.trust import TrustFile
from provenance.core.errors import GitError
from provenance.gitio.repository import open_repo
from provenance.gitio.runner import Process, start_python
from provenance.policy.config import Config
from provenance.verify import attestation_process, attestations
from provenance.verify.attestation_process import AttestationProcess
from provenance.verify.run import run_verify
from tests.attestation.attested import attested_message, commit_attested, commit_trust_file, make_key, trust_line
from tests.gitutil import clean_env, commit_file, git, init_repo

ASSISTED = "Add the parser\n\nAssisted-by: Claude:claude-sonnet-4\n"
IN_PROCESS = 10**9
_ROOT = attestation_process._PACKAGE_ROOT


@dataclass
class Mixed:
    """The repository: main trusts one key for ada@example.com; topic holds one commit of each case."""

    repo: Path
    shas: dict[str, str]  # case name -> commit id


@dataclass
class Seen:
    """What happened inside verify: processes started, what ``finish`` returned, checks made in-process."""

    started: list[Process | None] = field(default_factory=list)
    answers: list[dict[str, Verdict] | None] = field(default_factory=list)
    checked_here: list[dict[str, Verdict]] = field(default_factory=list)


def _amend(repo: Path, message: str | bytes, env: dict[str, str] | None = None) -> None:
    data = message if isinstance(message, bytes) else message.encode()
    subprocess.run(["git", "commit", "-q", "--amend", "--no-verify", "--cleanup=verbatim", "-F", "-"], cwd=repo,
                   env=env or clean_env(), input=data, check=True, capture_output=True)


def _message(repo: Path) -> str:
    return git(repo, "log", "-1", "--format=%B").stdout.rstrip("\n") + "\n"


def _head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def _build(folder: Path) -> Mixed:
    repo = init_repo(folder / "repo")
    key, stranger = make_key(folder / "keys"), make_key(folder / "stranger")
    commit_file(repo, "Base\n\nAI-Assisted: none\n", name="base.txt")
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    shas = {"valid": commit_attested(repo, ASSISTED, key.private_path, name="a.txt")}
    # An agent without a model, in a message that is not ASCII.
    shas["non-ascii"] = commit_attested(repo, "Zoë's café ☕ 𝄞\n\nGenerated-by: Aider\n", key.private_path,
                                        name="b.txt")
    shas["missing"] = commit_file(repo, "Unattested\n\nAI-Assisted: none\n", name="c.txt", content="unattested\n")
    commit_attested(repo, ASSISTED, key.private_path, name="d.txt", content="one\n")
    (repo / "d.txt").write_text("two\n")
    git(repo, "add", "d.txt")
    _amend(repo, _message(repo))  # the change is not the signed one
    shas["other-change"] = _head(repo)
    commit_attested(repo, ASSISTED, key.private_path, name="e.txt")
    _amend(repo, _message(repo).replace("Assisted-by: Claude:claude-sonnet-4", "AI-Assisted: none"))
    shas["disclosure-changed"] = _head(repo)
    web = clean_env(GIT_COMMITTER_NAME="GitHub", GIT_COMMITTER_EMAIL="noreply@github.com")
    shas["forge"] = commit_file(repo, "Apply suggestions from code review\n\nAI-Assisted: none\n", name="f.txt",
                                env=web)
    commit_attested(repo, ASSISTED, key.private_path, name="g.txt")
    lines = _message(repo).splitlines()
    _amend(repo, "\n".join([*lines[:-1], lines[-1][:-12]]) + "\n")  # the trailer truncated
    shas["malformed"] = _head(repo)
    commit_attested(repo, ASSISTED, key.private_path, name="h.txt")
    lines = _message(repo).splitlines()
    _amend(repo, "\n".join([*lines, lines[-1]]) + "\n")
    shas["two-trailers"] = _head(repo)
    shas["stranger"] = commit_attested(repo, ASSISTED, stranger.private_path, name="i.txt")
    commit_attested(repo, ASSISTED, key.private_path, name="k.txt")  # Ada's, applied by Grace unchanged
    _amend(repo, _message(repo), env=clean_env(GIT_COMMITTER_NAME="Grace", GIT_COMMITTER_EMAIL="grace@example.org"))
    shas["maintainer"] = _head(repo)
    git(repo, "checkout", "-q", "-b", "side", "HEAD~3")
    shas["side"] = commit_attested(repo, ASSISTED, key.private_path, name="side.txt")
    git(repo, "checkout", "-q", "topic")
    git(repo, "merge", "-q", "--no-ff", "--no-verify", "-m", "Merge side\n\nAI-Assisted: none", "side")
    shas["merge"] = _head(repo)
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "Nothing changed\n\nAI-Assisted: none")
    shas["empty"] = _head(repo)
    # Bytes that are not UTF-8 in the body: git log hands verify replacement characters.
    (repo / "j.txt").write_text("j\n")
    git(repo, "add", "j.txt")
    text = attested_message(repo, "Latin-1 body\n\nbody PLACE\n\nAssisted-by: Claude:claude-sonnet-4\n",
                            key.private_path)
    subprocess.run(["git", "commit", "-q", "--no-verify", "--cleanup=verbatim", "-F", "-"], cwd=repo,
                   env=clean_env(), input=text.encode().replace(b"PLACE", b"caf\xe9 \xff"), check=True,
                   capture_output=True)
    shas["undecodable"] = _head(repo)
    return Mixed(repo, shas)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mixed]:
    folder = tmp_path_factory.mktemp("mixed")
    home = folder / "home"
    home.mkdir()
    with pytest.MonkeyPatch.context() as patch:  # as conftest's per-test isolation: no ~/.gitconfig
        for key, value in clean_env(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config")).items():
            patch.setenv(key, value)
        for name in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"):
            patch.delenv(name, raising=False)
        yield _build(folder)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    """Record, without changing them, the process verify starts, its answer and the checks made here."""
    record = Seen()
    finish = AttestationProcess.finish

    def recording_start(arguments: list[str]) -> Process | None:
        record.started.append(start_python(arguments))
        return record.started[-1]

    def recording_finish(self: AttestationProcess) -> dict[str, Verdict] | None:
        record.answers.append(finish(self))
        return record.answers[-1]

    def recording_check(commits: list[CommitToCheck], settings: CheckSettings) -> dict[str, Verdict]:
        record.checked_here.append(check_commits(commits, settings))
        return record.checked_here[-1]

    monkeypatch.setattr(attestation_process, "start_python", recording_start)
    monkeypatch.setattr(AttestationProcess, "finish", recording_finish)
    monkeypatch.setattr(attestations, "check_commits", recording_check)
    return record


def _verify(repo: Path, monkeypatch: pytest.MonkeyPatch, min_commits: int, settings: Mapping[str, Any] | None = None,
            selection: Mapping[str, Any] | None = None) -> tuple[int, str]:
    """verify --format json, attestations required, trust from main; main..topic unless ``selection`` says."""
    monkeypatch.setattr(attestations, "MIN_COMMITS", min_commits)
    config = Config(classifier="off", attestation="required")._replace(**(settings or {}))
    return run_verify(open_repo(str(repo)), config, output_format="json", environ={}, trust_from="main",
                      **(selection or {"range_spec": "main..topic"}))


def _in_process(repo: Path, monkeypatch: pytest.MonkeyPatch, seen: Seen, **options: Any) -> tuple[int, str]:
    """The report of verify checking in its own process (no process started, the range checked once here)."""
    report = _verify(repo, monkeypatch, IN_PROCESS, **options)
    assert seen.started == [] and len(seen.checked_here) == 1
    seen.checked_here.clear()
    return report


def test_the_mixed_range_holds_every_kind_of_verdict(mixed: Mixed, monkeypatch: pytest.MonkeyPatch,
                                                     seen: Seen) -> None:
    # What the parity tests compare is only worth as much as this mix: each case is what it is meant to be.
    _verify(mixed.repo, monkeypatch, IN_PROCESS)
    (verdicts,) = seen.checked_here
    statuses = {name: verdicts[sha].status for name, sha in mixed.shas.items() if sha in verdicts}
    assert statuses == {
        "valid": "valid", "non-ascii": "valid", "missing": "missing", "other-change": "other-change",
        "disclosure-changed": "disclosure-changed", "forge": "exempt", "malformed": "malformed",
        "two-trailers": "malformed", "stranger": "signer-not-allowed", "maintainer": "bad-signature",
        "side": "valid", "empty": "exempt", "undecodable": "valid",
    }  # fmt: skip
    assert mixed.shas["merge"] not in verdicts  # a merge is exempt by policy: never checked
    assert "attestation trailers" in verdicts[mixed.shas["two-trailers"]].detail
    assert verdicts[mixed.shas["forge"]].detail.startswith("made by the forge")
    assert verdicts[mixed.shas["empty"]].detail.startswith("no change to attest")
    _verify(mixed.repo, monkeypatch, IN_PROCESS, settings={"attestation_signer": "either"})
    assert seen.checked_here[-1][mixed.shas["maintainer"]].status == "valid"  # signed by its author


@pytest.mark.parametrize(("settings", "selection"), [
    pytest.param({}, {"range_spec": "main..topic"}, id="range"),
    # the merge is sent too: it has no patch id, so the process reads the ids to the end for it
    pytest.param({"merge_commits": "check"}, {"range_spec": "main..topic"}, id="merges-checked"),
    pytest.param({"attestation_signer": "either"}, {"range_spec": "main..topic"}, id="author-or-committer"),
    pytest.param({"attestation": "optional"}, {"range_spec": "main..topic"}, id="optional"),  # required=False
    # --last: git log -n 40 HEAD, main's commits and the root included
    pytest.param({}, {"last": 40}, id="last"),
])  # fmt: skip
def test_the_second_process_reports_exactly_what_verify_reports_checking_in_process(
        mixed: Mixed, monkeypatch: pytest.MonkeyPatch, seen: Seen, settings: dict[str, Any],
        selection: dict[str, Any]) -> None:
    expected = _in_process(mixed.repo, monkeypatch, seen, settings=settings, selection=selection)
    _verify(mixed.repo, monkeypatch, IN_PROCESS, settings=settings, selection=selection)
    (verdicts_here,) = seen.checked_here
    seen.checked_here.clear()
    assert _verify(mixed.repo, monkeypatch, 1, settings=settings, selection=selection) == expected
    (process,) = seen.started
    (answer,) = seen.answers
    assert answer is not None, "the process did not answer: the report above came from the fallback"
    assert seen.checked_here == []  # nothing checked in verify's process
    assert answer == verdicts_here  # every verdict alike, details and trailer lines included
    assert process is not None and process.returncode == 0  # and it has ended


_EXITS_1_AFTER_READING = "import sys; sys.stdin.buffer.read(); sys.exit(1)"
_EXITS_AT_ONCE = "import sys; sys.exit(1)"
_PRINTS_GARBAGE = "import sys; sys.stdin.buffer.read(); sys.stdout.write('not JSON at all\\n')"
_PRINTS_WRONG_ARITY = "import sys; sys.stdin.buffer.read(); sys.stdout.write('[1, 2]\\n')"
_DIES_BY_SIGNAL = "import os, signal, time; time.sleep(0.1); os.kill(os.getpid(), signal.SIGKILL)"


def _real_worker_then(after: str) -> str:
    """The real worker's answer, in ``out`` (lines with ends), then ``after`` does what it likes with it."""
    return (f"import io, sys; sys.path[0] = {_ROOT!r}; from provenance.verify.attestation_worker import _serve; "
            "out = io.BytesIO(); _serve(sys.stdin.buffer, out); out = out.getvalue().splitlines(keepends=True); "
            + after)


@pytest.mark.parametrize("program", [
    pytest.param(_EXITS_1_AFTER_READING, id="exits-1"),
    pytest.param(_EXITS_AT_ONCE, id="exits-1-without-reading"),
    pytest.param(_PRINTS_GARBAGE, id="prints-non-json"),
    pytest.param(_PRINTS_WRONG_ARITY, id="prints-json-of-another-shape"),
    pytest.param(_DIES_BY_SIGNAL, id="sleeps-and-is-killed"),
    pytest.param(_real_worker_then("sys.stdout.buffer.write(out[0])"), id="answers-for-one-commit-only"),
    pytest.param(_real_worker_then("sys.stdout.buffer.write(b''.join(out[1:]))"), id="leaves-one-commit-out"),
    pytest.param(_real_worker_then("sys.stdout.buffer.write(b''.join(out) + b'[\"' + b'0' * 40 + "
                                   "b'\",\"valid\",\"\",null,true]\\n')"), id="answers-for-a-commit-not-sent"),
    pytest.param(_real_worker_then("sys.stdout.buffer.write(b''.join(out)); sys.stdout.flush(); sys.exit(1)"),
                 id="answers-everything-but-exits-1"),
])  # fmt: skip
def test_a_failing_process_gives_the_report_of_checking_in_process(mixed: Mixed, monkeypatch: pytest.MonkeyPatch,
                                                                   seen: Seen, program: str) -> None:
    expected = _in_process(mixed.repo, monkeypatch, seen)
    monkeypatch.setattr(attestation_process, "_ENTRY", program)
    assert _verify(mixed.repo, monkeypatch, 1) == expected
    (process,) = seen.started
    assert process is not None and process.returncode is not None  # it was started, and it has ended
    assert seen.answers == [None] and len(seen.checked_here) == 1  # refused, then checked in-process


def test_a_process_that_never_answers_is_killed_and_verify_checks_itself(mixed: Mixed, monkeypatch: pytest.MonkeyPatch,
                                                                          seen: Seen) -> None:
    expected = _in_process(mixed.repo, monkeypatch, seen)
    monkeypatch.setattr(attestation_process, "_ENTRY", "import sys, time; sys.stdin.buffer.read(); time.sleep(60)")
    monkeypatch.setattr(attestation_process, "ANSWER_SECONDS", 0.5)
    assert _verify(mixed.repo, monkeypatch, 1) == expected
    (process,) = seen.started
    assert process is not None and process.returncode is not None  # killed, not left sleeping
    assert seen.answers == [None] and len(seen.checked_here) == 1


def test_a_process_that_cannot_start_gives_the_report_of_checking_in_process(
        mixed: Mixed, monkeypatch: pytest.MonkeyPatch, seen: Seen) -> None:
    expected = _in_process(mixed.repo, monkeypatch, seen)
    monkeypatch.setattr(attestation_process, "start_python", lambda arguments: None)
    assert _verify(mixed.repo, monkeypatch, 1) == expected
    assert seen.answers == [] and len(seen.checked_here) == 1


def test_a_range_shorter_than_min_commits_never_starts_a_process(mixed: Mixed, monkeypatch: pytest.MonkeyPatch,
                                                                  seen: Seen) -> None:
    count = int(git(mixed.repo, "rev-list", "--count", "main..topic").stdout)
    assert count < attestation_process.MIN_COMMITS == 1000
    run_verify(open_repo(str(mixed.repo)), Config(classifier="off", attestation="required"),
               range_spec="main..topic", output_format="json", environ={}, trust_from="main")
    assert seen.started == [] and len(seen.checked_here) == 1  # the threshold as shipped
    _verify(mixed.repo, monkeypatch, count + 1)  # one short of the threshold
    assert seen.started == []
    _verify(mixed.repo, monkeypatch, count)  # at the threshold: the process checks the range
    assert len(seen.started) == 1 and seen.answers[-1] is not None
    _verify(mixed.repo, monkeypatch, count, selection={"last": count - 1})  # --last counts what it asks for
    assert len(seen.started) == 1
    _verify(mixed.repo, monkeypatch, count, selection={"last": count})
    assert len(seen.started) == 2


def test_a_git_error_in_the_range_is_reported_as_it_is_without_the_process(
        mixed: Mixed, monkeypatch: pytest.MonkeyPatch, seen: Seen, tmp_path: Path) -> None:
    # A blob of the range is missing (a damaged clone, a partial clone cut off from its remote): the log of
    # messages reads fine, the patches for the patch ids do not. The process fails on it, says nothing,
    # and verify's own patch ids fail with the error verify has always reported.
    repo = tmp_path / "damaged"
    shutil.copytree(mixed.repo, repo)
    blob = git(repo, "rev-parse", "topic:c.txt").stdout.strip()
    (repo / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    with pytest.raises(GitError) as in_process:
        _verify(repo, monkeypatch, IN_PROCESS)
    assert seen.started == []
    with pytest.raises(GitError) as with_process:
        _verify(repo, monkeypatch, 1)
    assert seen.answers == [None]  # the process failed, so the range was checked again here
    message = str(with_process.value)
    assert message == str(in_process.value)
    assert message.startswith("git log --format=commit %H ") and "main..topic" in message
    assert message.endswith(f"fatal: unable to read {blob}") and "\n" not in message


def test_a_process_that_dies_while_verify_is_still_sending_gives_no_answer(mixed: Mixed,
                                                                            monkeypatch: pytest.MonkeyPatch,
                                                                            seen: Seen) -> None:
    # More than a pipe holds, so verify's writes meet the dead process (a broken pipe), not a buffer.
    monkeypatch.setattr(attestation_process, "_ENTRY", _EXITS_AT_ONCE)
    settings = CheckSettings(TrustFile("main:allowed_signers", ()))
    started = AttestationProcess.start(str(mixed.repo), ("main..topic",), settings)
    assert started is not None
    body = "x" * 1000
    for number in range(3 * attestation_process._BATCH):
        started.add(CommitToCheck(f"{number:040x}", f"Commit {number}\n\n{body}\n", "ada@example.com",
                                  "ada@example.com", None, DisclosureRecord("none")))
    assert started.finish() is None
    (process,) = seen.started
    assert process is not None and process.returncode == 1


@pytest.fixture
def small_topic(repo: Path, tmp_path: Path) -> Path:
    """Two attested commits on 'topic', main trusting their key."""
    key = make_key(tmp_path / "keys")
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    commit_attested(repo, ASSISTED, key.private_path, name="a.txt")
    commit_attested(repo, ASSISTED, key.private_path, name="b.txt")
    return repo


def _range_error(repo: Path, attestation: str) -> str:
    with pytest.raises(GitError) as caught:
        run_verify(open_repo(str(repo)), Config(classifier="off", attestation=attestation),
                   range_spec="main..no-such-branch", output_format="json", environ={}, trust_from="main")
    return str(caught.value)


def test_a_bad_range_is_the_same_git_log_error_with_attestations_required(small_topic: Path) -> None:
    # Counting the range (to choose where attestations are checked) must not change which git
    # command the error names: it is the main log stream's, as with attestations off.
    error = _range_error(small_topic, "required")
    assert error == _range_error(small_topic, "off")
    assert error.startswith("git log ")


def test_a_main_pass_that_fails_leaves_no_attestation_process_running(small_topic: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "topic", f"file://{small_topic}", str(shallow))
    git(shallow, "fetch", "-q", "--depth", "1", "origin", "main:main")
    started: list[Process | None] = []

    def start_and_keep(arguments: list[str]) -> Process | None:
        started.append(start_python(arguments))
        return started[-1]

    monkeypatch.setattr(attestation_process, "start_python", start_and_keep)
    monkeypatch.setattr(attestations, "MIN_COMMITS", 1)
    with pytest.raises(GitError, match="this clone holds only"):  # --last 3 in a clone of depth 1
        run_verify(open_repo(str(shallow)), Config(classifier="off", attestation="required"), last=3,
                   output_format="json", environ={}, trust_from="main")
    (process,) = started
    assert process is not None
    assert process.poll() is not None, "the process still waits for input verify will never send"


def test_a_process_that_never_reads_blocks_neither_the_main_pass_nor_finish(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Alive, never reading its input: what verify sends goes through the feeder thread, so adding
    # more than a pipe holds returns at once, and finish gives up after ANSWER_SECONDS.
    monkeypatch.setattr(attestation_process, "_ENTRY", "import time; time.sleep(30)")
    monkeypatch.setattr(attestation_process, "ANSWER_SECONDS", 0.5)
    started = AttestationProcess.start(str(tmp_path), ("HEAD",), CheckSettings(TrustFile("t", ())))
    assert started is not None
    began = time.monotonic()
    for number in range(3 * attestation_process._BATCH):
        started.add(CommitToCheck(f"{number:040x}", "x" * 1000, "a@b", "a@b", None, DisclosureRecord("none")))
    added = time.monotonic() - began
    assert started.finish() is None
    assert added < 5 and time.monotonic() - began < 10  # not blocked: blocking would last 30 s
    assert started._process.returncode is not None  # killed, not left sleeping


def _commit_reverts(repo: Path, count: int) -> None:
    """``count`` revert commits (exempt: verify never sends them) on the branch, each adding a file,
    written by one ``git fast-import``."""
    branch = git(repo, "symbolic-ref", "HEAD").stdout.strip()
    stream = [f"reset {branch}\nfrom {git(repo, 'rev-parse', 'HEAD').stdout.strip()}\n"]
    for number in range(count):
        message = f'Revert "thing {number}"\n\nAI-Assisted: none\n'
        content = f"revert {number}\n" * 50
        stream.append(f"commit {branch}\ncommitter Ada <ada@example.com> {1_700_000_000 + number} +0000\n"
                      f"data {len(message)}\n{message}M 644 inline r{number}.txt\ndata {len(content)}\n{content}\n")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input="".join(stream).encode(), check=True,
                   env=clean_env())
    git(repo, "reset", "-q", "--hard")


def test_a_git_error_past_the_last_commit_sent_is_still_reported(repo: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # The oldest commit of the range is a revert (exempt: never sent to the process) whose blob is
    # gone; newer reverts carry enough diff to fill the pipes. The process must read git's patch
    # stream to its end, or git's failure there would pass for the end of a stream it left early.
    key = make_key(tmp_path / "keys")
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    # git writes the big file's diff before it reaches the lost blob: the process is long gone by then.
    (repo / "a_big.txt").write_text("".join(f"line {number} {'x' * 60}\n" for number in range(40_000)))
    (repo / "z_lost.txt").write_text("lost\n")
    git(repo, "add", "a_big.txt", "z_lost.txt")
    git(repo, "commit", "-q", "--no-verify", "-m", 'Revert "lost"\n\nThis reverts commit 1234.\n\nAI-Assisted: none')
    lost = git(repo, "rev-parse", "HEAD:z_lost.txt").stdout.strip()
    _commit_reverts(repo, 600)
    for number in range(3):
        commit_attested(repo, ASSISTED, key.private_path, name=f"f{number}.txt")
    (repo / ".git" / "objects" / lost[:2] / lost[2:]).unlink()
    errors = []
    for min_commits in (IN_PROCESS, 1):
        monkeypatch.setattr(attestations, "MIN_COMMITS", min_commits)
        with pytest.raises(GitError) as raised:
            run_verify(open_repo(str(repo)), Config(classifier="off", attestation="required"), output_format="json",
                       environ={}, trust_from="main", range_spec="main..topic")
        errors.append(str(raised.value))
    assert errors[0] == errors[1] and "unable to read" in errors[0]
