"""What the benchmark scripts share: failing clearly, a clean environment, the tools, machine facts, p90."""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

# git sets these while a hook runs; CI sets the others. Neither may steer what is measured.
_DROPPED_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CONFIG",
                      "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GITHUB_BASE_REF",
                      "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "GITHUB_EVENT_PATH",
                      "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")


def fail(message: str) -> NoReturn:
    print(f"{Path(sys.argv[0]).stem}: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def clean_env() -> dict[str, str]:
    """The environment without git's hook variables and CI's base-branch hints; every tool uses
    its cached bytecode."""
    return {k: v for k, v in os.environ.items()
            if k not in _DROPPED_VARIABLES and not k.startswith("GIT_PROVENANCE_")}


def tool_output(argv: list[str], cwd: str | None = None) -> str:
    try:
        proc = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              env=clean_env())
    except OSError as exc:
        fail(f"cannot run {argv[0]}: {exc.strerror}")
    return (proc.stdout or proc.stderr).strip()


def require(path: Path, what: str, hint: str) -> str:
    if not (path.is_file() and os.access(path, os.X_OK)):
        fail(f"{what} not found at {path}; {hint}")
    return str(path)


def locate_tools(venv: str) -> tuple[str, str, str]:
    """(git-provenance, gitlint, python) in the virtualenv ``venv``; exits with a one-line message
    naming what to install if git or one of them is missing."""
    if shutil.which("git") is None:
        fail("git is not on PATH; install git")
    bin_dir = Path(venv) / "bin"
    ours = require(bin_dir / "git-provenance", "git-provenance", "pip install -e . in that venv")
    gitlint = require(bin_dir / "gitlint", "gitlint", "pip install 'gitlint-core==0.19.1' (or -e '.[bench]')")
    python = require(bin_dir / "python", "python", "create the venv with python -m venv .venv")
    return ours, gitlint, python


def machine_info(python: str) -> dict[str, str]:
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": str(nproc),
        "cpu": cpu or platform.processor() or "unknown",
        "os": f"{platform.system()} {platform.release()}",
        "python": tool_output([python, "-c", "import sys; print(sys.version.split()[0])"]),
        "git": tool_output(["git", "--version"]).removeprefix("git version "),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def p90(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def adopt_orphans() -> bool:
    """Make this process the one orphaned descendants are handed to (Linux's child subreaper), so
    a process a hook leaves running in the background (the commit-msg standby) is reaped here and
    its CPU counted in RUSAGE_CHILDREN. False where the system has no such thing."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    set_child_subreaper = 36  # PR_SET_CHILD_SUBREAPER, <linux/prctl.h>
    return int(ctypes.CDLL(None, use_errno=True).prctl(set_child_subreaper, 1, 0, 0, 0)) == 0


def children() -> set[int]:
    """This process's children now (Linux), adopted ones included."""
    try:
        with open(f"/proc/{os.getpid()}/task/{os.getpid()}/children", encoding="ascii") as listing:
            return {int(pid) for pid in listing.read().split()}
    except OSError:
        return set()


def reap_orphans(keep: set[int]) -> None:
    """Wait for every child but ``keep`` (those the benchmark runs on purpose, such as an
    ssh-agent) to end: the adopted ones (a standby leaves within 0.2 s of its git process)."""
    for pid in children() - keep:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
