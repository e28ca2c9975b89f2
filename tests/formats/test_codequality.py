"""``--format codequality``: a GitLab Code Quality report, on real commits.

The report is compared byte for byte with tests/formats/golden/codequality.json (commit dates and
identities are fixed, so shas are stable; regenerate as tests/cli/test_golden_output.py says, with
``UPDATE_GOLDEN=1``), checked against the fields GitLab reads (a JSON schema below), and its
fingerprints are checked to be unique and stable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from provenance.cli import main
from provenance.core.findings import Finding
from provenance.formats import VerifyReport
from provenance.formats.codequality import render
from provenance.gitio.log import iter_commits
from provenance.policy.checker import CommitResult, check_commit
from provenance.policy.config import Config
from tests.cli.golden_history import fixed_env
from tests.cli.test_golden_output import check_golden
from tests.gitutil import commit_file, init_repo

GOLDEN = Path(__file__).resolve().parent / "golden"
CODE = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n    return result\n"

# What GitLab's Code Quality widget reads of each issue (docs.gitlab.com, "Code Quality report format").
ISSUE_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def run_codequality(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    *args: str) -> tuple[int, str]:
    monkeypatch.chdir(repo)
    code = main(["verify", "--range", "HEAD", "--format", "codequality", *args])
    out = capsys.readouterr().out
    jsonschema.validate(json.loads(out), ISSUE_SCHEMA)
    return code, out


@pytest.fixture
def history(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commits = [
        ("Add totals\n\nAI-Assisted: none\n", "totals.py", CODE),
        ("Undisclosed change\n", "notes.txt", None),                                  # D1 error
        ("Misplaced\n\nAI-Assisted: none\n\nText.\n\nAI-Assisted: none\n", "notes.txt", None),  # D5 warning
        ("Both\n\nAI-Assisted: maybe\nSigned-off-by: Claude <noreply@anthropic.com>\n", "notes.txt", None),
        ("Fine\n\nAssisted-by: Claude:claude-3-opus\n", "notes.txt", None),
    ]
    for tick, (message, name, content) in enumerate(commits):
        commit_file(repo, message, name=name, content=content, env=fixed_env(tick))
    return repo


def test_the_report_is_the_golden_one(history: Path, always_flagging_model: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_codequality(history, monkeypatch, capsys, "-c", f"classifier-model={always_flagging_model}")
    assert code == 1
    check_golden("codequality.json", json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n", GOLDEN)


def test_severities_locations_and_unique_fingerprints(history: Path, always_flagging_model: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run_codequality(history, monkeypatch, capsys, "-c", f"classifier-model={always_flagging_model}")
    issues = json.loads(out)
    by_check = {issue["check_name"]: issue for issue in issues}
    assert by_check["git-provenance/missing-disclosure"]["severity"] == "major"
    assert by_check["git-provenance/misplaced-disclosure"]["severity"] == "minor"
    assert by_check["git-provenance/missing-disclosure"]["location"] == {"path": "COMMIT_EDITMSG",
                                                                        "lines": {"begin": 1}}
    assert 'commit ' in by_check["git-provenance/missing-disclosure"]["description"]
    assert '"Undisclosed change"' in by_check["git-provenance/missing-disclosure"]["description"]
    classifier = by_check["git-provenance/undisclosed-ai-style"]
    assert classifier["location"] == {"path": "totals.py", "lines": {"begin": 1}}
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(fingerprints) == len(set(fingerprints)) >= 5
    # The same range gives the same fingerprints (GitLab compares them between pipelines).
    _, again = run_codequality(history, monkeypatch, capsys, "-c", f"classifier-model={always_flagging_model}")
    assert [issue["fingerprint"] for issue in json.loads(again)] == fingerprints


def test_off_findings_are_left_out_and_a_clean_range_is_an_empty_array(
    history: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_codequality(history, monkeypatch, capsys, "-c", "classifier=off", "-c",
                                "severity=D1=off,D2=off,D5=off,D3=off,D4=off,D6=off,D7=off")
    assert code == 0
    assert out.strip() == "[]"


def test_identical_findings_on_one_commit_still_get_distinct_fingerprints(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "one")
    commit_file(repo, "Undisclosed\n")
    (result,) = [check_commit(facts, Config()) for facts in iter_commits(["-1", "HEAD"], cwd=repo)]
    finding = Finding("D1", "missing-disclosure", "error", "no disclosure")
    twice = CommitResult(result.facts, result.subject, result.analysis, (finding, finding))
    issues = json.loads(render(VerifyReport("HEAD", [twice])))
    assert len(issues) == 2
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]
    assert issues[0]["fingerprint"] == json.loads(render(VerifyReport("HEAD", [twice])))[0]["fingerprint"]
