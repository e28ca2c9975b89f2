"""verify flags AI-looking hunks in commits that declare AI-Assisted: none (issue 3's verify part)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitutil import clean_env, commit_file, init_repo

pytest.importorskip("tree_sitter")

PYTHON_CODE = '''\
def parse_pairs(text):
    """Split "a=1;b=2" into a dict, ignoring empty items."""
    result = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        key, _, value = item.partition("=")
        result[key.strip()] = value.strip()
    return result
'''


def verify(repo: Path, *args: str) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, "-m", "provenance", "verify", "--format", "json", *args],
                          cwd=repo, env=clean_env(), capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.fixture
def repo_with_code(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "Add parser\n\nAI-Assisted: none\n", name="pairs.py", content=PYTHON_CODE)
    commit_file(repo, "Add parser copy\n\nAssisted-by: Claude:claude-3-opus\n", name="copy.py", content=PYTHON_CODE)
    return repo


def test_flagged_hunks_of_no_ai_commits_become_located_warnings(
    repo_with_code: Path, always_flagging_model: Path
) -> None:
    code, doc = verify(repo_with_code, "--range", "HEAD", "-c", f"classifier-model={always_flagging_model}")
    assert code == 0  # warnings by default
    by_subject = {c["subject"]: c for c in doc["commits"]}
    (finding,) = by_subject["Add parser"]["findings"]
    assert finding["rule"] == "undisclosed-ai-style" and finding["severity"] == "warning"
    assert (finding["path"], finding["line"], finding["end_line"]) == ("pairs.py", 1, 9)
    # A commit that discloses AI is not second-guessed.
    assert by_subject["Add parser copy"]["findings"] == []


def test_severity_error_fails_verify_and_text_names_file_and_lines(repo_with_code: Path,
                                                                  always_flagging_model: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "provenance", "verify", "--range", "HEAD",
                           "-c", f"classifier-model={always_flagging_model}",
                           "-c", "severity=undisclosed-ai-style=error"],
                          cwd=repo_with_code, env=clean_env(), capture_output=True, text=True)
    assert proc.returncode == 1
    assert "pairs.py:1-9: error[undisclosed-ai-style]" in proc.stdout


def test_classifier_off_and_default_threshold(repo_with_code: Path, always_flagging_model: Path) -> None:
    _, doc = verify(repo_with_code, "--range", "HEAD", "-c", "classifier=off",
                    "-c", f"classifier-model={always_flagging_model}")
    assert all(c["findings"] == [] for c in doc["commits"])
    # With the shipped model, verify reports exactly the hunks that `classify --rev` flags at the
    # model's own threshold (whatever that set is; the boundary itself is tested in
    # tests/classifier/scoring/test_catches_threshold.py).
    _, doc = verify(repo_with_code, "--range", "HEAD")
    (scored,) = [c for c in doc["commits"] if c["involvement"] == "none"]
    reported = {(f["path"], f["line"], f["end_line"]) for f in scored["findings"] if f["id"] == "C1"}
    proc = subprocess.run([sys.executable, "-m", "provenance", "classify", "--rev", scored["sha"], "--format", "json"],
                          cwd=repo_with_code, env=clean_env(), capture_output=True, text=True, check=True)
    hunks = [r for r in json.loads(proc.stdout) if "start_line" in r]
    assert hunks, "classify scored no hunk of the commit verify checked"
    flagged = {(r["path"], r["start_line"], r["end_line"]) for r in hunks if r["flagged"]}
    assert reported == flagged


def test_bad_model_file_is_a_configuration_error(repo_with_code: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    proc = subprocess.run([sys.executable, "-m", "provenance", "verify", "--range", "HEAD",
                           "-c", f"classifier-model={broken}"],
                          cwd=repo_with_code, env=clean_env(), capture_output=True, text=True)
    assert proc.returncode == 3
    assert "broken.json" in proc.stderr and proc.stderr.count("\n") == 1
