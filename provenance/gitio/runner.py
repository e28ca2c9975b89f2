"""The one place that runs git: every call goes through here so failures read the same."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence

from provenance.core.errors import GitError

# Settings that change what `git log` prints; every stream we parse is read with them fixed.
_LOG_SETTINGS = ("-c", "log.showSignature=false", "-c", "core.quotePath=false", "-c", "diff.noprefix=false",
                 "-c", "diff.mnemonicPrefix=false")


def log_command(*args: str) -> list[str]:
    """``git log ARGS`` with the settings that would change its output fixed, messages in UTF-8."""
    return ["git", *_LOG_SETTINGS, "log", "--no-color", "--encoding=UTF-8", *args]


def run(args: Sequence[str], cwd: str | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """Run ``git ARGS`` and return the completed process (stdout and stderr as bytes)."""
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH; install git and try again") from None
    if check and proc.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {first_line(proc.stderr) or 'failed'}")
    return proc


def output(args: Sequence[str], cwd: str | None = None) -> str:
    """stdout of ``git ARGS`` as text, without the final newline."""
    return run(args, cwd=cwd).stdout.decode("utf-8", "replace").rstrip("\n")


def first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""


def work_tree_paths(*git_paths: str, cwd: str | None = None) -> tuple[str, list[str]]:
    """The work tree's top and the absolute paths of ``git_paths`` inside the git dir, from one
    ``git rev-parse`` (``hooks`` honours core.hooksPath)."""
    here = os.path.abspath(cwd or os.curdir)
    arguments = ["rev-parse", "--show-toplevel"] + [a for name in git_paths for a in ("--git-path", name)]
    proc = run(arguments, cwd=cwd, check=False)
    lines = proc.stdout.decode("utf-8", "surrogateescape").splitlines()
    if proc.returncode != 0 or len(lines) != 1 + len(git_paths):
        raise GitError(f"{here} is not inside a git work tree; run this from a repository checkout")
    return lines[0], [os.path.join(here, path) for path in lines[1:]]
