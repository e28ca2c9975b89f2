"""What users already hold keeps working: installed hook scripts, the console script, the pre-commit
hook ids, configuration files and model files written by earlier ``train`` runs.

The frozen inputs are in fixtures/ (see its README); none of them may be regenerated.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from provenance.cli import main
from tests.gitutil import clean_env, git, init_repo
from tests.paths import CLASSIFIER_FIXTURES, PROJECT_ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MODELS = ("model-0.1.0-logistic.json", "model-0.1.0-trees-logistic.json", "model-format1-logistic.json")


def _install_old_hook(repo: Path, hook_type: str) -> None:
    script = (FIXTURES / f"installed-{hook_type}-0.1.0").read_text(encoding="utf-8")
    target = repo / ".git" / "hooks" / hook_type
    target.write_text(script.replace("@INSTALL_PYTHON@", sys.executable), encoding="utf-8")
    target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def _commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (repo / "change.txt").write_text("a change\n", encoding="utf-8")
    git(repo, "add", "change.txt")
    return subprocess.run(["git", "commit", *args], cwd=repo, env=clean_env(), capture_output=True, text=True,
                          check=False)


def test_commit_msg_hook_installed_by_0_1_0_still_checks_commits(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    _install_old_hook(repo, "commit-msg")
    rejected = _commit(repo, "-m", "no disclosure here")
    assert rejected.returncode != 0
    assert "git-provenance: commit rejected" in rejected.stderr
    assert "missing-disclosure" in rejected.stderr
    accepted = _commit(repo, "-m", "fix the parser\n\nAI-Assisted: none")
    assert accepted.returncode == 0, accepted.stderr
    assert git(repo, "log", "-1", "--format=%s").stdout == "fix the parser\n"


def test_prepare_commit_msg_hook_installed_by_0_1_0_still_adds_the_template(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    _install_old_hook(repo, "prepare-commit-msg")
    editor = tmp_path / "editor.sh"
    # The "editor" keeps a copy of what the hook prepared, then writes a disclosed message.
    editor.write_text(
        f'#!/bin/sh\ncp "$1" {tmp_path / "seen.txt"}\nprintf "subject\\n\\nAI-Assisted: none\\n" > "$1"\n'
    )
    editor.chmod(0o755)
    (repo / "change.txt").write_text("a change\n", encoding="utf-8")
    git(repo, "add", "change.txt")
    done = subprocess.run(["git", "commit"], cwd=repo, env=clean_env(GIT_EDITOR=str(editor)), capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    seen = (tmp_path / "seen.txt").read_text(encoding="utf-8")
    assert "# git-provenance: declare AI involvement" in seen
    assert "# AI-Assisted: none" in seen


def test_console_script_is_installed_and_runs_as_git_subcommand(tmp_path: Path) -> None:
    script = shutil.which("git-provenance", path=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    assert script is not None, "the git-provenance console script is not installed"
    repo = init_repo(tmp_path / "repo")
    env = clean_env(PATH=os.path.dirname(script) + os.pathsep + os.environ["PATH"])
    done = subprocess.run(["git", "provenance", "--version"], cwd=repo, env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("git-provenance, version ")


def test_python_dash_m_provenance_is_the_entry_point_hooks_call(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "provenance", "rules"], cwd=tmp_path, env=clean_env(),
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "missing-disclosure" in done.stdout


def test_pre_commit_hook_ids_are_unchanged() -> None:
    hooks = yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) >= {"provenance-commit-msg", "provenance-prepare-commit-msg", "provenance-verify"}
    assert by_id["provenance-commit-msg"]["entry"] == "git-provenance hook commit-msg"
    assert by_id["provenance-prepare-commit-msg"]["entry"] == "git-provenance hook prepare-commit-msg"
    assert by_id["provenance-verify"]["entry"] == "git-provenance verify"


@pytest.mark.parametrize("layout", ["dedicated-top-level", "dedicated-tool-table", "pyproject"])
def test_configuration_files_of_every_documented_shape_are_read(tmp_path: Path, layout: str,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    repo = init_repo(tmp_path / "repo")
    body = 'conventions = "strict"\nexempt-authors = ["someone-else"]\n[severity]\nmisplaced-disclosure = "error"\n'
    if layout == "dedicated-top-level":
        (repo / ".git-provenance.toml").write_text(body, encoding="utf-8")
    elif layout == "dedicated-tool-table":
        tabled = body.replace("[severity]", "[tool.git-provenance.severity]")
        (repo / ".git-provenance.toml").write_text("[tool.git-provenance]\n" + tabled, encoding="utf-8")
    else:
        tabled = body.replace("[severity]", "[tool.git-provenance.severity]")
        (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n[tool.git-provenance]\n" + tabled,
                                             encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "add config\n\nCo-authored-by: Claude <noreply@anthropic.com>")
    monkeypatch.chdir(repo)
    assert main(["verify", "--last", "1"]) == 1  # strict: the co-author convention is not accepted
    assert "only disclosures this policy does not accept were found" in capsys.readouterr().out


@pytest.mark.parametrize("model", MODELS)
def test_model_files_written_by_earlier_train_runs_score_as_they_did(model: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((FIXTURES / "expected-scores.json").read_text(encoding="utf-8"))[model]
    code = main(["classify", "--format", "json", "--model", str(FIXTURES / model), str(CLASSIFIER_FIXTURES)])
    assert code == 0
    scores = {Path(result["path"]).name: result["score"] for result in json.loads(capsys.readouterr().out)}
    assert scores == pytest.approx(expected, abs=1e-4)
    assert len(scores) == len(expected) >= 9
