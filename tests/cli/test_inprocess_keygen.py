"""`git provenance keygen` in-process: the key files, the lines to trust it, refusal to overwrite."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from provenance.attestation import trust
from tests.cli.inprocess import Cli


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def test_keygen_prints_the_public_key_and_the_allowed_signers_line(cli: Cli, repo: Path, tmp_path: Path) -> None:
    key = tmp_path / "keys" / "signing_key"
    outcome = cli("keygen", "--file", str(key), cwd=repo)
    assert outcome.code == 0, outcome.err
    public = key.with_name("signing_key.pub").read_text().split()
    lines = outcome.out.splitlines()
    assert lines[0] == f"Wrote {key} (private, mode 0600) and {key}.pub."
    assert lines[1] == f"{public[0]} {public[1]}" and public[2] == "ada@example.com"
    assert lines[3] == f'ada@example.com namespaces="git-provenance" {public[0]} {public[1]}'
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    # The printed line is a valid trust-file line for the new key.
    assert trust.parse(lines[3] + "\n", "allowed_signers").signers[0].principals == "ada@example.com"


def test_keygen_writes_to_the_config_folder_by_default_and_never_overwrites(cli: Cli, repo: Path) -> None:
    assert cli("keygen", cwd=repo).code == 0
    key = Path.home() / ".config" / "git-provenance" / "signing_key"
    before = key.read_bytes()
    error = cli("keygen", cwd=repo).one_line_error(2)
    assert error == (f"git-provenance: error: {key} already exists; keep it, or pass --force to replace it "
                     "(signatures made with the old key then verify only while it stays trusted)")
    assert key.read_bytes() == before
    assert cli("keygen", "--force", cwd=repo).code == 0 and key.read_bytes() != before


def test_keygen_without_a_committer_email_says_where_the_email_goes(cli: Cli, tmp_path: Path) -> None:
    for variable in ("GIT_COMMITTER_EMAIL", "GIT_AUTHOR_EMAIL", "EMAIL"):
        cli.setenv(variable, "")
    cli.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    outside = tmp_path / "outside"
    outside.mkdir()
    outcome = cli("keygen", "--file", str(tmp_path / "k"), cwd=outside)
    assert outcome.code == 0
    assert outcome.out.splitlines()[-1].startswith('YOUR-EMAIL namespaces="git-provenance" ssh-ed25519 ')
    assert "git has no user.email here" in outcome.err
