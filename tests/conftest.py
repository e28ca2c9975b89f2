from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.gitutil import clean_env, init_repo
from tests.paths import PROJECT_ROOT

DEFAULT_MODEL = PROJECT_ROOT / "provenance" / "classifier" / "data" / "default-model.json"


@pytest.fixture
def always_flagging_model(tmp_path: Path) -> Path:
    """The shipped model with its threshold at 0, so every scored hunk is flagged."""
    document = json.loads(DEFAULT_MODEL.read_text())
    document["threshold"] = 0.0
    path = tmp_path / "always.json"
    path.write_text(json.dumps(document))
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return init_repo(tmp_path / "repo")


@pytest.fixture(autouse=True)
def _isolated_git_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's ~/.gitconfig (hooksPath, templates, signing) must not change what tests see.
    home = tmp_path / "home"
    home.mkdir()
    for key, value in clean_env(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config")).items():
        monkeypatch.setenv(key, value)
    for key in list(os.environ):
        if key in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE") or key.startswith("GIT_PROVENANCE_"):
            monkeypatch.delenv(key)


def _skip_is_a_failure_here() -> bool:
    # .ci/run installs everything the suite needs, so under CI a skip means a missing install step
    # that a green run would hide; locally a skip stays a skip (and its reason is printed by -ra).
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _as_ci_failure(report: pytest.TestReport | pytest.CollectReport) -> None:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    report.outcome = "failed"
    report.longrepr = f"skipped under CI ({reason}); .ci/run must install what this test needs"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and _skip_is_a_failure_here():
        _as_ci_failure(report)


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped and _skip_is_a_failure_here():
        _as_ci_failure(report)
