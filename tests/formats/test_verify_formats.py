"""verify's SARIF and GitHub formats, on a real repository, validated against their consumers' rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from provenance.cli.verify import VERIFY_FORMATS
from provenance.formats import FORMATS
from provenance.formats.github import _annotation
from provenance.policy.rules import Finding
from tests.gitutil import clean_env, commit_file, init_repo
from tests.paths import PROJECT_ROOT

PROJECT_ROOT = PROJECT_ROOT
SARIF_SCHEMA = PROJECT_ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
CODE = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n    return result\n"


def run_verify(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", "verify", "--range", "HEAD", *args],
                          cwd=repo, env=clean_env(**env), capture_output=True, text=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name="totals.py", content=CODE)
    commit_file(repo, "Undisclosed change, with: a colon\n", name="notes.txt", content="notes\n")
    commit_file(repo, "Tune\n\nAI-Assisted: perhaps\n", name="notes.txt", content="more notes\n")
    return repo


def test_cli_offers_every_format() -> None:
    assert VERIFY_FORMATS == list(FORMATS)


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="../shared/schemas is absent")
def test_sarif_is_valid_and_locates_hunks(repo: Path, always_flagging_model: Path) -> None:
    pytest.importorskip("tree_sitter")
    proc = run_verify(repo, "--format", "sarif", "-c", f"classifier-model={always_flagging_model}")
    assert proc.returncode == 1, proc.stderr
    document = json.loads(proc.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.validators.validator_for(schema)(schema).validate(document)

    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all(rule["fullDescription"]["text"] and rule["help"]["text"] for rule in rules)
    (result,) = run["results"]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "C1"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "totals.py"
    assert location["region"] == {"startLine": 1, "endLine": 5}
    assert len(result["partialFingerprints"]["gitProvenance/v1"]) == 64

    notifications = run["invocations"][0]["toolExecutionNotifications"]
    rule_ids = sorted(n["descriptor"]["id"] for n in notifications)
    assert rule_ids == ["D1", "D2"]
    assert all(n["locations"][0]["logicalLocations"][0]["kind"] == "commit" for n in notifications)


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="../shared/schemas is absent")
def test_sarif_of_a_clean_range_is_valid(tmp_path: Path) -> None:
    clean = init_repo(tmp_path / "clean")
    commit_file(clean, "Fine\n\nAI-Assisted: none\n")
    proc = run_verify(clean, "--format", "sarif", "-c", "classifier=off")
    assert proc.returncode == 0
    document = json.loads(proc.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.validators.validator_for(schema)(schema).validate(document)
    assert document["runs"][0]["results"] == []


def test_github_annotations_and_step_summary(repo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    proc = run_verify(repo, "--format", "github", "-c", "classifier=off", GITHUB_STEP_SUMMARY=str(summary))
    assert proc.returncode == 1
    annotations = [line for line in proc.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 2
    missing = next(a for a in annotations if "missing-disclosure" in a)
    assert missing.startswith("::error title=git-provenance missing-disclosure::commit ")
    assert '"Undisclosed change, with: a colon"' in missing
    assert "verify: 3 commit(s) in HEAD" in proc.stdout  # the text report follows for the log
    written = summary.read_text()
    assert written.startswith("earlier step\n## git-provenance")
    assert "**2 failing**" in written and "| none | 1 |" in written


def test_annotation_escaping() -> None:
    finding = Finding("C1", "undisclosed-ai-style", "warning", "50%\nscore", line=3, path="a,b:c.py", end_line=4)
    line = _annotation("0" * 40, "subject", finding)
    assert line == ("::warning title=git-provenance undisclosed-ai-style,file=a%2Cb%3Ac.py,line=3,endLine=4::"
                    "50%25%0Ascore (commit 000000000000)")
