"""The gates can fail: each planted violation of an architecture rule is reported by the tool that
guards it, and CI runs every gate."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import PROJECT_ROOT

BIN = Path(sys.executable).parent
GATES = ("tests", "coverage", "mypy", "ruff", "imports")


def _tool(name: str) -> str:
    # The test extra installs the tools beside this interpreter; PATH is the fallback.
    beside = BIN / name
    return str(beside) if beside.exists() else shutil.which(name) or name


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of the package and its configuration, to plant violations in."""
    shutil.copytree(PROJECT_ROOT / "provenance", tmp_path / "provenance",
                    ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(PROJECT_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    # lint-imports puts the working directory first on the import path, so the copy is what it reads.
    return subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=root, capture_output=True, text=True, timeout=300)


def test_the_contracts_hold_for_the_package(package_copy: Path) -> None:
    done = lint_imports(package_copy)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize(("module", "planted", "contract"), [
    ("core/errors.py", "import provenance.policy.config\n", "Packages import downwards only"),
    ("core/trailers.py", "import click\n", "core imports the standard library only"),
    ("gitio/runner.py", "from provenance.formats import render\n", "Packages import downwards only"),
    ("formats/text.py", "from provenance.classifier.scoring import hunks\n",
     "Only policy, verify and cli import the classifier"),
    ("hooks/commit_msg.py", "def _load() -> None:\n    import numpy\n",
     "Only the classifier imports tree-sitter, numpy, scikit-learn"),
    ("verify/run.py", "from provenance.cli import main\n", "Nothing imports the command line"),
    ("policy/checker.py", "from provenance.gitio import runner\n", "policy does not run git itself"),
    ("ci/environment.py", "from provenance.gitio import runner\n", "Packages import downwards only"),
    ("hooks/commit_msg.py", "from provenance.ci import environment\n", "Only verify reads the CI environment"),
    ("attestations/__init__.py", '"""A subsystem with no layer yet."""\n', "every package has a layer"),
])
def test_a_planted_import_breaks_its_contract(package_copy: Path, module: str, planted: str, contract: str) -> None:
    path = package_copy / "provenance" / module
    path.parent.mkdir(exist_ok=True)
    path.write_text((path.read_text() if path.exists() else "") + planted)
    done = lint_imports(package_copy)
    assert done.returncode == 1, done.stdout + done.stderr
    broken = [line for line in done.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), done.stdout


def ruff_on(source: str, filename: str) -> subprocess.CompletedProcess[str]:
    """ruff with the project's configuration on ``source`` as if it were ``filename``."""
    return subprocess.run([_tool("ruff"), "check", "--no-cache", "--output-format", "concise",
                           "--stdin-filename", filename, "-"], cwd=PROJECT_ROOT, input=source,
                          capture_output=True, text=True, timeout=120)


AT_MODULE_LEVEL = ('"""A module."""\n\nfrom provenance.classifier.scoring.hunks import score_commits_hunks\n\n'
                   '__all__ = ["score_commits_hunks"]\n')
INSIDE_A_FUNCTION = ('"""A module."""\n\n\ndef load() -> object:\n'
                     '    from provenance.classifier.scoring import hunks\n\n    return hunks\n')


@pytest.mark.parametrize(("filename", "allowed"), [
    ("provenance/policy/rules.py", False),
    ("provenance/hooks/commit_msg.py", False),
    ("provenance/verify/run.py", False),
    ("provenance/cli/classify.py", True),  # command modules are themselves imported lazily
    ("provenance/classifier/scoring/files.py", True),
])
def test_the_classifier_is_imported_at_module_level_only_where_allowed(filename: str, allowed: bool) -> None:
    done = ruff_on(AT_MODULE_LEVEL, filename)
    assert ("TID253" in done.stdout) is not allowed, done.stdout + done.stderr
    assert "TID253" not in ruff_on(INSIDE_A_FUNCTION, filename).stdout


@pytest.mark.parametrize(("source", "rule"), [
    ("def f(a, b, c, d, e, f, g):\n    return a\n", "PLR0913"),
    ("def f(x=[]):\n    return x\n", "B006"),
    ("def f(x):\n" + "".join(f"    if x == {i}:\n        return {i}\n" for i in range(11)) + "    return x\n", "C901"),
])
def test_ruff_enforces_arguments_bugbear_and_complexity(source: str, rule: str) -> None:
    assert rule in ruff_on(source, "provenance/core/example.py").stdout


def test_ci_runs_every_gate() -> None:
    gates = (PROJECT_ROOT / ".ci" / "gates").read_text()
    for gate in GATES:
        assert f"gate_{gate}()" in gates, gate
    for command in ("mypy", "ruff check provenance tests benchmarks man", "lint-imports", "coverage report",
                    "python -m pytest -p randomly --randomly-seed="):
        assert command in gates, command
    ci_run = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert "--randomly-seed=" in ci_run and "--cov" in ci_run
    assert ".ci/gates coverage mypy ruff imports" in ci_run


def test_an_unknown_gate_is_refused() -> None:
    done = subprocess.run(["bash", str(PROJECT_ROOT / ".ci" / "gates"), "lint"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("gates: unknown gate 'lint'; choose from: ")


def test_the_pre_commit_hooks_run_the_same_gates() -> None:
    import yaml

    config = yaml.safe_load((PROJECT_ROOT / ".pre-commit-config.yaml").read_text())
    entries = {hook["id"]: hook["entry"] for repo in config["repos"] for hook in repo["hooks"]}
    assert entries["mypy"] == "mypy"
    assert entries["lint-imports"] == "lint-imports"
    assert entries["ruff"].startswith("ruff check")
    assert "pre-commit" in config["default_install_hook_types"]
