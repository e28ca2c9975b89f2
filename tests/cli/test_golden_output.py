"""Golden-file tests: what people read from the CLI, byte for byte.

Commit dates and identities are fixed, so shas are stable. After a deliberate change to the
output, regenerate with ``UPDATE_GOLDEN=1 python -m pytest tests/cli/test_golden_output.py``: each
test whose file it rewrites FAILS, so a run that rewrote anything is never green. Review the diff
of tests/cli/golden/ and run again without UPDATE_GOLDEN. Under CI=true nothing is ever rewritten.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.cli import main
from tests.cli.golden_history import build_golden_history
from tests.gitutil import clean_env
from tests.paths import GOLDEN

GOLDEN = GOLDEN


def transcript(args: tuple[str, ...], code: int, stdout: str, stderr: str) -> str:
    return f"$ git-provenance {' '.join(args)}\n[exit {code}]\n--- stdout\n{stdout}--- stderr\n{stderr}"


def run_cli_subprocess(repo: Path, *args: str) -> str:
    """As a user runs it: ``python -m provenance`` (what installed hooks run) in a new process."""
    proc = subprocess.run([sys.executable, "-m", "provenance", *args], cwd=repo, env=clean_env(),
                          capture_output=True, text=True)
    return transcript(args, proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., str]:
    """The same transcript from ``provenance.cli.main`` in this process (seen by coverage and by
    the mutation tests); test_python_dash_m_prints_the_same_bytes keeps the two honest."""
    def run(repo: Path, *args: str) -> str:
        monkeypatch.chdir(repo)
        capsys.readouterr()
        code = main(list(args))
        shown = capsys.readouterr()
        return transcript(args, code, shown.out, shown.err)
    return run


def _may_rewrite() -> bool:
    # CI compares, never writes: a CI job with UPDATE_GOLDEN set would otherwise pass any output.
    return bool(os.environ.get("UPDATE_GOLDEN")) and os.environ.get("CI", "").lower() not in ("true", "1")


def check_golden(name: str, actual: str, folder: Path = GOLDEN) -> None:
    path = folder / name
    expected = path.read_text() if path.exists() else None
    if actual == expected:
        return
    if _may_rewrite():
        path.write_text(actual)
        pytest.fail(f"golden file {path} rewritten; review the diff (git diff -- {path}) and rerun "
                    "without UPDATE_GOLDEN", pytrace=False)
    assert expected is not None, f"{path} is missing; run with UPDATE_GOLDEN=1 to create it, then review it"
    assert actual == expected


@pytest.fixture
def history(tmp_path: Path) -> Path:
    return build_golden_history(tmp_path / "repo")


VERIFY_TEXT = ("verify", "--range", "HEAD")
VERIFY_JSON = ("verify", "--range", "HEAD~3..HEAD", "--format", "json")


def test_verify_text(history: Path, run_cli: Callable[..., str]) -> None:
    check_golden("verify-text.txt", run_cli(history, *VERIFY_TEXT))


def test_verify_json(history: Path, run_cli: Callable[..., str]) -> None:
    check_golden("verify-json.txt", run_cli(history, *VERIFY_JSON))


def test_commit_msg_rejection(history: Path, tmp_path: Path, run_cli: Callable[..., str]) -> None:
    message = tmp_path / "COMMIT_EDITMSG"
    message.write_text("Add feature\n\nSome text.\nAssisted-by: Claude:claude-3-opus\n")
    output = run_cli(history, "hook", "commit-msg", str(message)).replace(str(tmp_path), "<tmp>")
    check_golden("commit-msg-rejection.txt", output)


def test_rules_listing(history: Path, run_cli: Callable[..., str]) -> None:
    check_golden("rules.txt", run_cli(history, "rules"))


@pytest.mark.parametrize("args", [VERIFY_TEXT, VERIFY_JSON, ("rules",)], ids=["verify-text", "verify-json", "rules"])
def test_python_dash_m_prints_the_same_bytes(history: Path, run_cli: Callable[..., str], args: tuple[str, ...]) -> None:
    assert run_cli_subprocess(history, *args) == run_cli(history, *args)


def test_update_golden_rewrites_a_changed_file_and_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out.txt").write_text("old\n")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match="rewritten; review the diff"):
        check_golden("out.txt", "new\n", tmp_path)
    assert (tmp_path / "out.txt").read_text() == "new\n"
    check_golden("out.txt", "new\n", tmp_path)  # unchanged now: nothing to rewrite, nothing to fail


def test_update_golden_creates_a_missing_file_and_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match="rewritten"):
        check_golden("new.txt", "text\n", tmp_path)
    assert (tmp_path / "new.txt").read_text() == "text\n"


@pytest.mark.parametrize("ci", ["true", "TRUE", "1"])
def test_under_ci_golden_files_are_compared_never_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            ci: str) -> None:
    (tmp_path / "out.txt").write_text("old\n")
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    with pytest.raises(AssertionError):
        check_golden("out.txt", "new\n", tmp_path)
    assert (tmp_path / "out.txt").read_text() == "old\n"
    with pytest.raises(AssertionError, match="missing"):
        check_golden("absent.txt", "new\n", tmp_path)
    assert not (tmp_path / "absent.txt").exists()


def test_without_update_golden_a_difference_fails_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out.txt").write_text("old\n")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    with pytest.raises(AssertionError):
        check_golden("out.txt", "new\n", tmp_path)
    assert (tmp_path / "out.txt").read_text() == "old\n"
