"""A hook runs inside the repository being committed to, which may be an untrusted clone: none of
its files may be imported as Python, whether they shadow the standard library or the package."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitutil import clean_env, git, init_repo
from tests.paths import PROJECT_ROOT

PLANTED = ("dataclasses.py", "shlex.py", "provenance/__init__.py", "provenance/__main__.py",
           "provenance/cli/__init__.py")


def _plant(repo: Path) -> Path:
    """Modules that, if imported, leave a mark (and would run any code a cloned repository holds)."""
    mark = repo.parent / "imported-from-the-repository"
    for name in PLANTED:
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"open({str(mark)!r}, 'a').write({name!r} + '\\n')\n", encoding="utf-8")
    return mark


def _commit(repo: Path, message: str) -> subprocess.CompletedProcess[str]:
    (repo / "change.txt").write_text(message, encoding="utf-8")
    git(repo, "add", "change.txt")
    return subprocess.run(["git", "commit", "-m", message], cwd=repo, env=clean_env(), capture_output=True,
                          text=True, check=False)


def _install_script(repo: Path, script: Path, hook_type: str) -> None:
    target = repo / ".git" / "hooks" / hook_type
    target.write_text(script.read_text(encoding="utf-8").replace("@INSTALL_PYTHON@", sys.executable),
                      encoding="utf-8")
    target.chmod(target.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize("script", [
    PROJECT_ROOT / "hooks" / "commit-msg",
    PROJECT_ROOT / "tests" / "compat" / "fixtures" / "installed-commit-msg-0.1.0",
], ids=["current", "installed-by-0.1.0"])
def test_the_commit_msg_hook_imports_nothing_from_the_repository(tmp_path: Path, script: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    _install_script(repo, script, "commit-msg")
    mark = _plant(repo)
    if "0.1.0" in script.name:  # `python -m provenance` finds a provenance/ package there before ours
        for name in PLANTED:
            if name.startswith("provenance/"):
                (repo / name).unlink()
    rejected = _commit(repo, "no disclosure")  # the rejection path quotes with shlex
    assert rejected.returncode == 1, rejected.stderr
    assert "git-provenance: commit rejected" in rejected.stderr
    accepted = _commit(repo, "fix the parser\n\nAI-Assisted: none")
    assert accepted.returncode == 0, accepted.stderr
    assert not mark.exists(), mark.read_text(encoding="utf-8")
