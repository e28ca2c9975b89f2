"""Trailer or git notes? Both measured on the cases issue 11 names, with real git in temporary repositories.

Each case ends with the commit CI has to judge, in the repository CI has. The trailer is checked by
``verify --attestation required``; a note (what git-notes-based tools store: statement and armored
signature under ``refs/notes/provenance``) by whether CI's repository has one for that commit.
BENCHMARKS.md "Attestation transport" tabulates the outcome; README "Attestations" says why.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.attestation import keys
from tests.attestation.attested import (
    attestation_findings,
    attested_message,
    commit_attested,
    commit_trust_file,
    make_key,
    trust_line,
    verify_json,
)
from tests.gitutil import clean_env, commit_file, git, init_repo

NOTES_REF = "refs/notes/provenance"
MESSAGE = "Add the parser\n\nAssisted-by: Claude:claude-sonnet-4\n"


class World:
    """An upstream repository that trusts Ada's key on main, and Ada's key."""

    def __init__(self, root: Path, key: keys.GeneratedKey, rewrite_notes: bool) -> None:
        self.root, self.key, self.rewrite_notes = root, key, rewrite_notes
        self.upstream = init_repo(root / "upstream")
        commit_trust_file(self.upstream, trust_line(key))
        commit_file(self.upstream, "Start\n\nAI-Assisted: none\n", name="README")

    def clone(self, name: str, source: Path | None = None) -> Path:
        target = self.root / name
        git(self.root, "clone", "-q", str(source or self.upstream), str(target))
        if self.rewrite_notes:  # the configuration notes need to follow amend and rebase
            git(target, "config", "notes.rewriteRef", NOTES_REF)
        return target

    def attest(self, repo: Path, name: str = "parser.py", content: str | None = None) -> str:
        """An attested commit, and the same attestation as a note (what a notes transport would add)."""
        sha = commit_attested(repo, MESSAGE, self.key.private_path, name=name, content=content)
        git(repo, "notes", "--ref", NOTES_REF, "add", "-m", "statement + armored signature", sha)
        return sha


def _push(world: World) -> tuple[Path, str]:
    dev = world.clone("dev")
    git(dev, "checkout", "-q", "-b", "topic")
    world.attest(dev)
    push = ["push", "-q", "origin", "topic"] + ([f"{NOTES_REF}:{NOTES_REF}"] if world.rewrite_notes else [])
    git(dev, *push)
    ci = world.clone("ci")
    git(ci, "checkout", "-q", "topic")
    if world.rewrite_notes:
        git(ci, "fetch", "-q", "origin", f"{NOTES_REF}:{NOTES_REF}")
    return ci, "origin/main..HEAD"


def _fork_pull_request(world: World) -> tuple[Path, str]:
    fork = world.clone("fork")
    git(fork, "checkout", "-q", "-b", "topic")
    world.attest(fork)
    ci = world.clone("ci")
    # What a forge does for a pull request: the head branch is fetched from the fork, nothing else.
    git(ci, "fetch", "-q", str(fork), "topic:refs/pull/1/head")
    git(ci, "checkout", "-q", "refs/pull/1/head")
    return ci, "origin/main..HEAD"


def _clean_rebase(world: World) -> tuple[Path, str]:
    dev = world.clone("dev")
    git(dev, "checkout", "-q", "-b", "topic")
    world.attest(dev)
    git(dev, "checkout", "-q", "main")
    commit_file(dev, "Elsewhere\n\nAI-Assisted: none\n", name="other.txt")
    git(dev, "checkout", "-q", "topic")
    git(dev, "rebase", "-q", "main")
    return dev, "main..HEAD"


def _cherry_pick(world: World) -> tuple[Path, str]:
    dev = world.clone("dev")
    git(dev, "checkout", "-q", "-b", "topic")
    sha = world.attest(dev)
    git(dev, "checkout", "-q", "main")
    commit_file(dev, "Elsewhere\n\nAI-Assisted: none\n", name="other.txt")
    git(dev, "checkout", "-q", "-b", "backport")
    git(dev, "cherry-pick", "-x", sha)  # -x adds a line below the trailer, in the same trailer block
    return dev, "main..HEAD"


def _amend_unrelated_line(world: World) -> tuple[Path, str]:
    dev = world.clone("dev")
    git(dev, "checkout", "-q", "-b", "topic")
    world.attest(dev, content="one = 1\ntwo = 2\n")
    (dev / "parser.py").write_text("one = 1\ntwo = 2  # unrelated\n")
    git(dev, "add", "parser.py")
    # git commit --amend runs the commit-msg hook again, which re-signs the staged change.
    message = git(dev, "log", "-1", "--format=%B").stdout
    amended = attested_message(dev, message, world.key.private_path, amending=True)
    subprocess.run(["git", "commit", "-q", "--amend", "--no-verify", "--cleanup=verbatim", "-F", "-"], cwd=dev,
                   env=clean_env(), input=amended.encode(), check=True, capture_output=True)
    return dev, "origin/main..HEAD"


CASES: dict[str, Callable[[World], tuple[Path, str]]] = {
    "push": _push, "fork pull request": _fork_pull_request, "clean rebase": _clean_rebase,
    "cherry-pick": _cherry_pick, "amend of an unrelated line": _amend_unrelated_line,
}


def _has_note(repo: Path, revision: str) -> bool:
    return git(repo, "notes", "--ref", NOTES_REF, "show", revision, check=False).returncode == 0


@pytest.fixture
def key(tmp_path: Path) -> keys.GeneratedKey:
    return make_key(tmp_path / "keys")


@pytest.mark.parametrize("case", list(CASES))
def test_the_trailer_survives_and_a_note_does_not(tmp_path: Path, key: keys.GeneratedKey, case: str) -> None:
    world = World(tmp_path, key, rewrite_notes=False)
    repo, range_spec = CASES[case](world)
    code, report = verify_json(repo, range_spec=range_spec)
    assert code == 0 and attestation_findings(report) == [], attestation_findings(report)
    assert not _has_note(repo, "HEAD")  # git's defaults: notes are not pushed, fetched, or carried over


@pytest.mark.parametrize(("case", "note_survives"), [
    ("push", True), ("fork pull request", False), ("clean rebase", True), ("cherry-pick", False),
    ("amend of an unrelated line", True),  # copied, but it then describes the change before the amend
])  # fmt: skip
def test_notes_with_every_setting_for_them_still_miss_forks_and_cherry_picks(
        tmp_path: Path, key: keys.GeneratedKey, case: str, note_survives: bool) -> None:
    world = World(tmp_path, key, rewrite_notes=True)
    repo, _ = CASES[case](world)
    assert _has_note(repo, "HEAD") is note_survives


def test_a_fork_that_adds_its_own_key_is_refused_offline(tmp_path: Path, key: keys.GeneratedKey) -> None:
    world = World(tmp_path, key, rewrite_notes=False)
    fork = world.clone("fork")
    git(fork, "checkout", "-q", "-b", "topic")
    mallory = make_key(tmp_path / "mallory")
    trust = fork / ".git-provenance" / "allowed_signers"
    trust.write_text(trust.read_text() + trust_line(mallory) + "\n")
    git(fork, "add", ".")
    commit_attested(fork, MESSAGE, mallory.private_path, name="parser.py")
    ci = world.clone("ci")
    git(ci, "fetch", "-q", str(fork), "topic:refs/pull/1/head")
    git(ci, "checkout", "-q", "refs/pull/1/head")
    code, report = verify_json(ci, range_spec="origin/main..HEAD")  # the trust file of origin/main decides
    assert code == 1
    (rule, message), = attestation_findings(report)
    assert rule == "invalid-attestation" and "origin/main:.git-provenance/allowed_signers does not allow" in message
