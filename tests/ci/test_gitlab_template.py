"""The GitLab CI template in ci/gitlab, run by the real gitlab-ci-local (npm, pinned in
tests/ci/node to 4.60.0, the last line that runs on Node 20) with its shell executor, on a real
repository with a merge request branch. The job installs git-provenance from a wheel built here
(``pip wheel --no-deps``) into a virtual environment whose dependencies come from the test
environment, so nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.ci.tools import node, node_bin
from tests.gitutil import clean_env, commit_file, git, init_repo
from tests.paths import PROJECT_ROOT

TEMPLATE = PROJECT_ROOT / "ci" / "gitlab" / "git-provenance.yml"
REPORT = "gl-code-quality-report.json"


@pytest.fixture(scope="module")
def job_python(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a virtual environment for the job, the project's wheel)."""
    folder = tmp_path_factory.mktemp("job")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(folder / "wheels"), str(PROJECT_ROOT)], check=True, capture_output=True)
    (wheel,) = (folder / "wheels").glob("git_provenance-*.whl")
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = subprocess.run([str(venv / "bin" / "python"), "-c", where],
                             check=True, capture_output=True, text=True).stdout.strip()
    # click and cryptography from the test environment: the job's pip finds them installed.
    Path(purelib, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv, wheel


def merge_request_repo(path: Path, message: str) -> Path:
    repo = init_repo(path)
    (repo / "ci" / "gitlab").mkdir(parents=True)
    shutil.copy(TEMPLATE, repo / "ci" / "gitlab" / TEMPLATE.name)
    (repo / ".gitlab-ci.yml").write_text("include:\n  - local: ci/gitlab/git-provenance.yml\n")
    git(repo, "add", "-A")
    commit_file(repo, "Set up CI\n\nAI-Assisted: none\n")
    git(repo, "checkout", "-q", "-b", "feature")
    commit_file(repo, message, name="feature.txt")
    # gitlab-ci-local reads the project's path from the remote; nothing is fetched from it.
    git(repo, "remote", "add", "origin", "https://gitlab.example.invalid/group/project.git")
    return repo


def gitlab_ci_local(repo: Path, job_python: tuple[Path, Path], source: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("rsync") is None:
        pytest.skip("gitlab-ci-local needs rsync (Debian package rsync; .ci/run installs it)")
    venv, wheel = job_python
    env = clean_env(PATH=f"{venv / 'bin'}{os.pathsep}{Path(node()).parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run([str(node_bin("gitlab-ci-local")), "--force-shell-executor",
                           "--variable", f"CI_PIPELINE_SOURCE={source}",
                           "--variable", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main",
                           "--variable", f"GIT_PROVENANCE_PACKAGE={wheel}"],
                          cwd=repo, env=env, capture_output=True, text=True, check=False)


def test_a_merge_request_with_an_undisclosed_commit_fails_and_leaves_a_code_quality_report(
    tmp_path: Path, job_python: tuple[Path, Path]
) -> None:
    repo = merge_request_repo(tmp_path / "repo", "Undisclosed change\n")
    done = gitlab_ci_local(repo, job_python, "merge_request_event")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "error[missing-disclosure]" in done.stdout
    (issue,) = json.loads((repo / REPORT).read_text())
    assert issue["check_name"] == "git-provenance/missing-disclosure"
    assert issue["severity"] == "major"
    assert issue["location"] == {"path": "COMMIT_EDITMSG", "lines": {"begin": 1}}
    expanded = (repo / ".gitlab-ci-local" / "expanded-gitlab-ci.yml").read_text()
    assert f"codequality: {REPORT}" in expanded


def test_a_disclosed_merge_request_passes_with_an_empty_report(tmp_path: Path, job_python: tuple[Path, Path]) -> None:
    repo = merge_request_repo(tmp_path / "repo", "Disclosed change\n\nAssisted-by: Claude:claude-3-opus\n")
    done = gitlab_ci_local(repo, job_python, "merge_request_event")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads((repo / REPORT).read_text()) == []


def test_the_job_runs_on_merge_request_pipelines_only(tmp_path: Path, job_python: tuple[Path, Path]) -> None:
    repo = merge_request_repo(tmp_path / "repo", "Undisclosed change\n")
    done = gitlab_ci_local(repo, job_python, "push")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "pipeline finished" in done.stdout + done.stderr
    assert "provenance:verify starting" not in done.stdout + done.stderr
    assert not (repo / REPORT).exists()
