"""`git provenance attest`: re-check and re-sign the commits of the current branch, on real repositories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attestation.attested import attestation_findings, commit_trust_file, make_key, trust_line, verify_json
from tests.cli.inprocess import Cli
from tests.gitutil import clean_env, commit_file, git


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def test_a_maintainer_re_attests_commits_made_by_someone_else(cli: Cli, repo: Path, tmp_path: Path) -> None:
    grace = make_key(tmp_path / "grace")
    commit_trust_file(repo, trust_line(grace, "grace@example.org"))
    git(repo, "checkout", "-q", "-b", "topic")
    contributor = clean_env(GIT_AUTHOR_NAME="Linus", GIT_AUTHOR_EMAIL="linus@example.net",
                            GIT_COMMITTER_NAME="Linus", GIT_COMMITTER_EMAIL="linus@example.net")
    first = commit_file(repo, "Add a parser\n\nAssisted-by: Claude:claude-sonnet-4\n", env=contributor)
    commit_file(repo, "Document it\n\nAI-Assisted: none\n", name="doc.txt", env=contributor)
    assert verify_json(repo)[0] == 1  # neither is attested
    cli.setenv("GIT_COMMITTER_NAME", "Grace")
    cli.setenv("GIT_COMMITTER_EMAIL", "grace@example.org")
    done = cli("attest", "--range", "main..HEAD", "--key", str(grace.private_path), cwd=repo)
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0].endswith("attested   Document it") and lines[1].startswith(f"{first[:12]} -> ")
    assert lines[-1].startswith("rewrote 2 commit(s) of main..HEAD, 2 attested; the old tip is ORIG_HEAD")
    code, report = verify_json(repo)
    assert code == 0 and attestation_findings(report) == []
    assert git(repo, "log", "-2", "--format=%ae %ce").stdout.split() == ["linus@example.net", "grace@example.org"] * 2
    assert git(repo, "diff", "ORIG_HEAD", "HEAD").stdout == ""  # the same trees
    assert git(repo, "log", "-1", "--format=%B").stdout.count("Provenance-Attestation:") == 1


def test_nothing_is_rewritten_while_a_commit_fails_the_rules(cli: Cli, repo: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    commit_file(repo, "Undisclosed\n")
    before = git(repo, "rev-parse", "HEAD").stdout
    line = cli("attest", "--range", "main..HEAD", "--key", str(key.private_path), cwd=repo).one_line_error(1)
    assert "1 commit(s) fail the disclosure rules" in line and line.endswith("fix them first (nothing was rewritten)")
    assert git(repo, "rev-parse", "HEAD").stdout == before
    line = cli("attest", "--range", "main..HEAD~1", "--key", str(key.private_path), cwd=repo).one_line_error(2)
    assert "nothing to attest" in line or "ends at HEAD" in line
