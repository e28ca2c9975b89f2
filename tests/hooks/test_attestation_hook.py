"""The commit-msg hook signing accepted commits: real git, the installed hooks, a key made by
`git provenance keygen`, and `verify --attestation required` reading the trust file at the base."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitutil import git, init_repo
from tests.hooks.developer_home import home_env

TRAILER = "Provenance-Attestation: "


def _provenance(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=repo, env=home_env(home),
                          capture_output=True, text=True)


def _commit(repo: Path, home: Path, name: str, text: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    (repo / name).write_text(text)
    git(repo, "add", name)
    return subprocess.run(["git", "commit", "-q", *args], cwd=repo, env=home_env(home, **env),
                          capture_output=True, text=True)


def _message(repo: Path, revision: str = "HEAD") -> str:
    return git(repo, "log", "-1", "--format=%B", revision).stdout


@pytest.fixture
def trusted(tmp_path: Path, home: Path) -> Path:
    """A repository whose base commit trusts the developer's key, with the hooks installed."""
    repo = init_repo(tmp_path / "app")
    made = _provenance(repo, home, "keygen")
    assert made.returncode == 0, made.stderr
    signers = made.stdout.strip().splitlines()[-1]
    assert signers.startswith("ada@example.com ")
    (repo / ".git-provenance").mkdir()
    (repo / ".git-provenance" / "allowed_signers").write_text(signers + "\n")
    git(repo, "add", ".git-provenance")
    git(repo, "commit", "-q", "-m", "Trust Ada's key\n\nAI-Assisted: none", env=home_env(home))
    git(repo, "tag", "base")
    assert _provenance(repo, home, "install").returncode == 0
    return repo


def _verify(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return _provenance(repo, home, "verify", "--range", "base..HEAD", "--attestation", "required")


def test_an_accepted_commit_is_signed_and_verifies(trusted: Path, home: Path) -> None:
    result = _commit(trusted, home, "app.py", "print('hi')\n", "-m", "Add app\n\nAssisted-by: Claude:claude-sonnet-4-5")
    assert result.returncode == 0, result.stderr
    message = _message(trusted)
    assert message.startswith("Add app\n\nAssisted-by: Claude:claude-sonnet-4-5\nProvenance-Attestation: v1 ")
    verified = _verify(trusted, home)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_code_changed_after_signing_fails_verify(trusted: Path, home: Path) -> None:
    assert _commit(trusted, home, "app.py", "print('hi')\n", "-m", "Add app\n\nAI-Assisted: none").returncode == 0
    (trusted / "app.py").write_text("print('changed')\n")
    git(trusted, "add", "app.py")
    git(trusted, "commit", "-q", "--amend", "--no-edit", "--no-verify", env=home_env(home))
    verified = _verify(trusted, home)
    assert verified.returncode == 1 and "attestation-other-change" in verified.stdout


def test_amending_through_the_hook_re_signs_with_one_trailer(trusted: Path, home: Path, tmp_path: Path) -> None:
    assert _commit(trusted, home, "app.py", "print('hi')\n", "-m", "Add app\n\nAI-Assisted: none").returncode == 0
    first = _message(trusted)
    result = _commit(trusted, home, "app.py", "print('hello')\n", "--amend", "--no-edit")
    assert result.returncode == 0, result.stderr
    message = _message(trusted)
    assert message.count(TRAILER) == 1 and message != first
    assert _verify(trusted, home).returncode == 0


def test_without_a_key_nothing_is_added(tmp_path: Path, home: Path) -> None:
    repo = init_repo(tmp_path / "plain")
    assert _provenance(repo, home, "install").returncode == 0
    result = _commit(repo, home, "app.py", "x = 1\n", "-m", "Add app\n\nAI-Assisted: none")
    assert result.returncode == 0 and result.stderr == ""
    assert TRAILER not in _message(repo)


def test_a_repository_requiring_attestations_rejects_a_commit_without_a_key(tmp_path: Path, home: Path) -> None:
    repo = init_repo(tmp_path / "strict")
    (repo / ".git-provenance.toml").write_text('attestation = "required"\n')
    assert _provenance(repo, home, "install").returncode == 0
    result = _commit(repo, home, "app.py", "x = 1\n", "-m", "Add app\n\nAI-Assisted: none")
    assert result.returncode == 1
    assert "requires attestations" in result.stderr and "git provenance keygen" in result.stderr
    assert "Add app" in (repo / ".git" / "PROVENANCE_REJECTED_MSG").read_text()  # nothing is lost


def test_a_key_that_cannot_sign_is_said_and_the_commit_goes_on(tmp_path: Path, home: Path) -> None:
    repo = init_repo(tmp_path / "badkey")
    assert _provenance(repo, home, "install").returncode == 0
    broken = tmp_path / "broken_key"
    broken.write_text("not a key\n")
    result = _commit(repo, home, "app.py", "x = 1\n", "-m", "Add app\n\nAI-Assisted: none",
                     GIT_PROVENANCE_SIGNING_KEY=str(broken))
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"git-provenance: commit not attested: cannot sign with {broken}")
    assert TRAILER not in _message(repo)


def test_a_rejected_commit_is_not_signed(trusted: Path, home: Path) -> None:
    result = _commit(trusted, home, "app.py", "x = 1\n", "-m", "Add app")
    assert result.returncode == 1 and "missing-disclosure" in result.stderr
    assert TRAILER not in (trusted / ".git" / "PROVENANCE_REJECTED_MSG").read_text()


def test_the_editor_path_keeps_the_typed_text_and_adds_the_trailer(trusted: Path, home: Path,
                                                                   tmp_path: Path) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text("import sys\nopen(sys.argv[1], 'w').write('Add app\\n\\nA body.\\n# a comment\\n\\n"
                      "AI-Assisted: none\\n')\n")
    result = _commit(trusted, home, "app.py", "x = 1\n", GIT_EDITOR=f"{sys.executable} {editor}")
    assert result.returncode == 0, result.stderr
    message = _message(trusted)
    assert message.startswith("Add app\n\nA body.\n\nAI-Assisted: none\nProvenance-Attestation: v1 ")
    assert _verify(trusted, home).returncode == 0
