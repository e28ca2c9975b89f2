"""The files other tools read from this repository are valid for those tools."""

from __future__ import annotations

import subprocess
import sys

import yaml

from tests.paths import PROJECT_ROOT

PROJECT_ROOT = PROJECT_ROOT
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


def test_hook_manifest_is_valid_for_pre_commit() -> None:
    result = subprocess.run([*PRE_COMMIT, "validate-manifest", str(PROJECT_ROOT / ".pre-commit-hooks.yaml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_own_pre_commit_config_is_valid_and_uses_the_hooks() -> None:
    config = PROJECT_ROOT / ".pre-commit-config.yaml"
    result = subprocess.run([*PRE_COMMIT, "validate-config", str(config)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    hook_ids = {hook["id"] for repo in yaml.safe_load(config.read_text())["repos"] for hook in repo["hooks"]}
    manifest_ids = {hook["id"] for hook in yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert manifest_ids <= hook_ids


def test_manifest_offers_commit_msg_prepare_and_manual_stages() -> None:
    manifest = yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text())
    stages = {hook["id"]: hook["stages"] for hook in manifest}
    assert stages == {"provenance-commit-msg": ["commit-msg"],
                      "provenance-prepare-commit-msg": ["prepare-commit-msg"],
                      "provenance-verify": ["manual"]}


def test_ci_run_executes_the_readme_test_command() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text()
    ci_run = (PROJECT_ROOT / ".ci" / "run").read_text()
    command = "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && python -m pytest"
    assert command in readme
    assert command in ci_run


def test_ci_integrations_run_verify() -> None:
    action = yaml.safe_load((PROJECT_ROOT / "ci" / "github" / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert any("verify.sh" in step.get("run", "") for step in action["runs"]["steps"])
    assert "git provenance verify --format github" in (PROJECT_ROOT / "ci" / "github" / "verify.sh").read_text()
    gitlab = yaml.safe_load((PROJECT_ROOT / "ci" / "gitlab" / "git-provenance.yml").read_text())
    assert gitlab["provenance:verify"]["script"][-1] == "git provenance verify"
    assert gitlab["provenance:verify"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
