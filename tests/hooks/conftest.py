"""Fixtures of the hook tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A developer's home folder of their own (see ``developer_home``)."""
    folder = tmp_path / "developer-home"
    folder.mkdir()
    return folder
