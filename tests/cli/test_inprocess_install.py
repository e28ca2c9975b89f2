"""`install` and `uninstall` in-process, in real repositories: where the hooks go, what happens to
hooks that were there, and that the installed hooks then run on a real `git commit`."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.inprocess import Cli
from tests.gitutil import clean_env, git

MARKER = "git-provenance-managed-hook"
FOREIGN = "#!/bin/sh\necho foreign hook ran >&2\nexit 0\n"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, repo: Path) -> Cli:
    runner = Cli(capsys, monkeypatch)
    monkeypatch.chdir(repo)
    return runner


def real_commit(repo: Path, message: str) -> subprocess.CompletedProcess[str]:
    (repo / "file.txt").write_text(message)
    git(repo, "add", "file.txt")
    return subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo, env=clean_env(),
                          capture_output=True, text=True)


def test_install_writes_both_hooks_that_then_check_real_commits(cli: Cli, repo: Path) -> None:
    hooks = repo / ".git" / "hooks"
    done = cli("install")
    assert (done.code, done.err) == (0, "")
    assert done.out.splitlines() == [f"installed {hooks / 'commit-msg'}", f"installed {hooks / 'prepare-commit-msg'}"]
    for name in ("commit-msg", "prepare-commit-msg"):
        script = (hooks / name).read_text()
        assert MARKER in script and sys.executable in script and "@INSTALL_PYTHON@" not in script
        assert (hooks / name).stat().st_mode & stat.S_IXUSR
    rejected = real_commit(repo, "Undisclosed\n")
    assert rejected.returncode != 0 and "error[missing-disclosure]" in rejected.stderr
    accepted = real_commit(repo, "Disclosed\n\nAI-Assisted: none\n")
    assert accepted.returncode == 0, accepted.stderr


def test_one_hook_type_only(cli: Cli, repo: Path) -> None:
    done = cli("install", "--hook-type", "commit-msg")
    assert done.out.splitlines() == [f"installed {repo / '.git' / 'hooks' / 'commit-msg'}"]
    assert not (repo / ".git" / "hooks" / "prepare-commit-msg").exists()


def test_an_existing_hook_is_kept_chained_and_restored(cli: Cli, repo: Path) -> None:
    hooks = repo / ".git" / "hooks"
    (hooks / "commit-msg").write_text(FOREIGN)
    (hooks / "commit-msg").chmod(0o755)
    done = cli("install")
    assert done.out.splitlines() == [
        "kept the existing commit-msg hook as commit-msg.pre-provenance; it runs first",
        f"installed {hooks / 'commit-msg'}",
        f"installed {hooks / 'prepare-commit-msg'}",
    ]
    assert (hooks / "commit-msg.pre-provenance").read_text() == FOREIGN
    chained = real_commit(repo, "Disclosed\n\nAI-Assisted: none\n")
    assert chained.returncode == 0 and "foreign hook ran" in chained.stderr

    # Installing again replaces only our own hook; the kept one stays kept.
    again = cli("install")
    assert again.out.splitlines() == [f"installed {hooks / 'commit-msg'}", f"installed {hooks / 'prepare-commit-msg'}"]

    done = cli("uninstall")
    assert done.out.splitlines() == [
        f"removed {hooks / 'commit-msg'}",
        "restored the previous commit-msg hook",
        f"removed {hooks / 'prepare-commit-msg'}",
    ]
    assert (hooks / "commit-msg").read_text() == FOREIGN
    assert not (hooks / "commit-msg.pre-provenance").exists() and not (hooks / "prepare-commit-msg").exists()


def test_uninstall_leaves_a_foreign_hook_alone(cli: Cli, repo: Path) -> None:
    hooks = repo / ".git" / "hooks"
    (hooks / "commit-msg").write_text(FOREIGN)
    done = cli("uninstall", "--hook-type", "commit-msg")
    assert (done.code, done.out) == (0, f"left {hooks / 'commit-msg'} alone: it is not a git-provenance hook\n")
    assert (hooks / "commit-msg").read_text() == FOREIGN


def test_a_kept_hook_and_a_foreign_hook_together_are_one_line(cli: Cli, repo: Path) -> None:
    hooks = repo / ".git" / "hooks"
    (hooks / "commit-msg").write_text(FOREIGN)
    (hooks / "commit-msg.pre-provenance").write_text(FOREIGN)
    line = cli("install", "--hook-type", "commit-msg").one_line_error(2)
    assert line == (f"git-provenance: error: {hooks / 'commit-msg'} and {hooks / 'commit-msg.pre-provenance'} both "
                    "exist; remove or merge one of them, then install again")


def test_core_hooks_path_inside_the_repository_is_honoured(cli: Cli, repo: Path) -> None:
    git(repo, "config", "core.hooksPath", ".githooks")
    done = cli("install")
    assert done.code == 0
    assert done.out.splitlines()[0] == f"installed {(repo / '.githooks' / 'commit-msg').resolve()}"
    assert real_commit(repo, "Undisclosed\n").returncode != 0


def test_core_hooks_path_outside_needs_force(cli: Cli, repo: Path, tmp_path: Path) -> None:
    shared = tmp_path / "global-hooks"
    git(repo, "config", "core.hooksPath", str(shared))
    line = cli("install").one_line_error(2)
    assert line == (f"git-provenance: error: core.hooksPath points outside this repository ({shared}), so hooks there "
                    "run for other repositories too; unset it (git config --unset-all core.hooksPath) or pass --force")
    assert not shared.exists()
    assert cli("uninstall").one_line_error(2) == line
    assert cli("install", "--force").code == 0
    assert MARKER in (shared / "commit-msg").read_text()
    assert cli("uninstall", "--force").code == 0
    assert sorted(os.listdir(shared)) == []


def test_a_hooks_folder_that_cannot_be_written_is_one_line(cli: Cli, repo: Path) -> None:
    git(repo, "config", "core.hooksPath", "not-a-folder")
    (repo / "not-a-folder").write_text("a file where the hooks folder should be\n")
    line = cli("install").one_line_error(2)
    assert line.startswith(f"git-provenance: error: cannot write hooks in {(repo / 'not-a-folder').resolve()}: ")


def test_install_outside_a_repository_is_a_git_error(cli: Cli, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    cli.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    line = cli("install", cwd=plain).one_line_error(4)
    assert line == f"git-provenance: error: {plain} is not inside a git work tree; run this from a repository checkout"
