"""A program on PATH that notes each run, then runs the real one: how a test sees which process ran what."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path


def noting_program(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """(a folder to put first on PATH, the log): the folder's ``name`` appends its arguments to
    the log, a line a run, then runs the real ``name``."""
    real = shutil.which(name)
    assert real is not None, f"{name} is not installed"
    folder = tmp_path / f"noting-{name}"
    folder.mkdir()
    log = tmp_path / f"{name}-runs.log"
    wrapper = folder / name
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{real}" "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    return folder, log
