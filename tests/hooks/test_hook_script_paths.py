"""The installed hook scripts start Python without the site module, from the paths `install`
wrote into them, and still work when those paths have gone stale."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from provenance.hooks.install import install, install_paths
from tests.gitutil import clean_env, git
from tests.paths import PROJECT_ROOT


def _commit(repo: Path, message: str) -> subprocess.CompletedProcess[str]:
    (repo / "file.txt").write_text("x\n")
    git(repo, "add", "file.txt")
    return subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo, env=clean_env(),
                          capture_output=True, text=True)


def test_install_writes_where_the_package_and_its_dependencies_are(repo: Path) -> None:
    install(cwd=str(repo))
    paths = install_paths().split(os.pathsep)
    assert paths[0] == str(PROJECT_ROOT) or Path(paths[0], "provenance", "__init__.py").is_file()
    script = (repo / ".git" / "hooks" / "commit-msg").read_text(encoding="utf-8")
    assert f"INSTALL_PATHS='{install_paths()}'" in script and " -S -c " in script


def test_stale_paths_fall_back_to_the_site_module(repo: Path) -> None:
    install(cwd=str(repo))
    hook = repo / ".git" / "hooks" / "commit-msg"
    hook.write_text(hook.read_text(encoding="utf-8").replace(f"INSTALL_PATHS='{install_paths()}'",
                                                             "INSTALL_PATHS='/nonexistent/moved'"), encoding="utf-8")
    rejected = _commit(repo, "No disclosure")
    assert rejected.returncode == 1 and "missing-disclosure" in rejected.stderr  # the hook ran
    assert _commit(repo, "Disclosed\n\nAI-Assisted: none").returncode == 0

