"""`git provenance verify --attestation MODE --trust-from REV` in process, on real repositories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attestation.attested import commit_attested, commit_trust_file, make_key, trust_line
from tests.cli.inprocess import Cli
from tests.gitutil import commit_file, git


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def test_the_options_set_the_mode_and_where_the_trust_file_is_read(cli: Cli, repo: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    commit_attested(repo, "Attested\n\nAI-Assisted: none\n", key.private_path)
    assert cli("verify", "--range", "main..HEAD", "--attestation", "required", cwd=repo).code == 0
    commit_file(repo, "Not attested\n\nAI-Assisted: none\n", name="b.txt")
    outcome = cli("verify", "--range", "main..HEAD", "--attestation", "required", cwd=repo)
    assert outcome.code == 1 and "error[missing-attestation]" in outcome.out
    assert cli("verify", "--range", "main..HEAD", "--attestation", "optional", cwd=repo).code == 0
    assert cli("verify", "--range", "main..HEAD", "-c", "attestation=required", cwd=repo).code == 1
    cli.setenv("GIT_PROVENANCE_ATTESTATION", "off")  # CI's environment wins over the command line
    assert cli("verify", "--range", "main..HEAD", "--attestation", "required", cwd=repo).code == 0


def test_a_trust_revision_without_the_file_is_one_line(cli: Cli, repo: Path, tmp_path: Path) -> None:
    commit_file(repo, "Base\n\nAI-Assisted: none\n")
    line = cli("verify", "--last", "1", "--attestation", "required", "--trust-from", "HEAD",
               cwd=repo).one_line_error(4)
    assert line.endswith("attestation trust file: .git-provenance/allowed_signers does not exist at HEAD; add it "
                         "there (a pull request cannot add its own trust file) or name another revision")
    line = cli("verify", "--last", "1", "--attestation", "required", "--trust-from", "nope", cwd=repo).one_line_error(4)
    assert "'nope' is not a commit in this repository" in line
