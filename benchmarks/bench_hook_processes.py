#!/usr/bin/env python3
"""Each git-provenance hook process on its own, with evidence and signing on and off: where the
hook budget's time goes (BENCHMARKS.md, "The hook budget").

    .venv/bin/python benchmarks/bench_hook_processes.py [--runs 21] [--records-mb 200]

Writes --records-mb of records in the tools' formats (benchmarks/evidence_records.py) under a
throw-away HOME, makes a repository with the hooks installed and a staged one-line change, warms
the evidence index with one commit-msg run, then times the hook scripts' own Python command line
(read from the installed hook, so `-S` and its paths are as a commit runs them) for each case:
prepare-commit-msg on an editor's fresh message, commit-msg taking over what it read,
commit-msg reading the evidence itself (as with `git commit -m`), each with signing (keygen's
key) and with evidence off, each in its own Python; and commit-msg handed to the standby
prepare-commit-msg started (this script stands in for git, the parent of both). Medians of wall
and CPU (user + system of the process and its git children). Standard library only; no
assertions on time.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchutil import adopt_orphans, children, clean_env, fail, reap_orphans
from evidence_records import generate

REPO_ROOT = Path(__file__).resolve().parent.parent
STANDBY_VARIABLE = "GIT_PROVENANCE_STANDBY"
STANDBY_READY_SECONDS = 0.3
EDITOR_MESSAGE = ("\n# Please enter the commit message for your changes. Lines starting\n"
                  "# with '#' will be ignored, and an empty message aborts the commit.\n")
TYPED_MESSAGE = "Add retry\n\nAssisted-by: Claude:claude-sonnet-4-5\n"


def hook_command(repo: Path, hook_type: str) -> list[str]:
    """The Python command line the installed hook script runs."""
    script = (repo / ".git" / "hooks" / hook_type).read_text(encoding="utf-8")
    python = re.search(r"^INSTALL_PYTHON='(.*)'$", script, re.MULTILINE)
    paths = re.search(r"^INSTALL_PATHS='(.*)'$", script, re.MULTILINE)
    code = re.search(r" -S -c '(.*?)' \"\$INSTALL_PATHS\"", script, re.DOTALL)
    if not (python and paths and code):
        fail(f"cannot read the command line of {hook_type}'s installed script")
    return [python.group(1), "-S", "-c", code.group(1), paths.group(1), "hook", hook_type]


def timed(command: list[str], repo: Path, env: dict[str, str], prepare: Callable[[], None],
          runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        running = children()  # before prepare(), so a standby it starts is waited for and counted
        prepare()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, cwd=repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append((time.perf_counter() - start) * 1000)
        reap_orphans(running)  # a standby that served the call, so its CPU is counted (Linux)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def setup(work: Path, megabytes: float) -> tuple[Path, dict[str, str]]:
    repo = work / "repo"
    repo.mkdir()
    env = clean_env()
    commands = (["init", "-q", "-b", "main"], ["config", "user.name", "Ada"],
                ["config", "user.email", "ada@example.com"])
    for arguments in commands:
        subprocess.run(["git", *arguments], cwd=repo, env=env, check=True)
    (repo / "notes.txt").write_text("bench\n")
    subprocess.run(["git", "add", "notes.txt"], cwd=repo, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "--no-verify", "-m", "Start", "-m", "AI-Assisted: none"], cwd=repo, env=env,
                   check=True)
    env.update(generate(work / "records", megabytes, repo))
    python = str(REPO_ROOT / ".venv" / "bin" / "python")
    subprocess.run([python, "-m", "provenance", "install"], cwd=repo, env=env, check=True, capture_output=True)
    (repo / "notes.txt").write_text("bench, changed\n")
    subprocess.run(["git", "add", "notes.txt"], cwd=repo, env=env, check=True)
    subprocess.run([python, "-m", "provenance", "keygen", "--file", str(work / "key")], cwd=repo, env=env, check=True,
                   capture_output=True)
    env["GIT_EDITOR"] = "vi"  # hooks read that an editor runs; none is started here
    env[STANDBY_VARIABLE] = "0"  # each hook in its own Python, but for the one case that asks for the standby
    return repo, env


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--records-mb", type=float, default=200.0)
    args = parser.parse_args()
    adopt_orphans()
    work = Path(tempfile.mkdtemp(prefix="bench-hook-processes-"))
    try:
        repo, env = setup(work, args.records_mb)
        message = repo / ".git" / "COMMIT_EDITMSG"
        prepare_cmd, commit_cmd = hook_command(repo, "prepare-commit-msg"), hook_command(repo, "commit-msg")

        def fresh() -> None:
            message.write_text(EDITOR_MESSAGE)

        def typed() -> None:
            message.write_text(TYPED_MESSAGE)

        def prepared() -> None:  # what git does through the editor: prepare-commit-msg, then the message typed
            fresh()
            subprocess.run([*prepare_cmd, str(message)], cwd=repo, env=env, capture_output=True)
            typed()

        def on_standby() -> None:  # the same, with the standby prepare-commit-msg starts (this process is its git)
            fresh()
            subprocess.run([*prepare_cmd, str(message)], cwd=repo, env=standby, capture_output=True)
            typed()
            time.sleep(STANDBY_READY_SECONDS)  # while the developer types, it imports

        typed()
        subprocess.run([*commit_cmd, str(message)], cwd=repo, env=env, capture_output=True)  # warm the index
        signing = {**env, "GIT_PROVENANCE_SIGNING_KEY": str(work / "key")}
        off = {**env, "GIT_PROVENANCE_EVIDENCE": "off"}
        standby = {**signing}
        del standby[STANDBY_VARIABLE]
        cases = [
            ("prepare-commit-msg, evidence off", prepare_cmd, off, fresh),
            ("prepare-commit-msg, evidence read (editor)", prepare_cmd, env, fresh),
            ("commit-msg, evidence off", commit_cmd, off, typed),
            ("commit-msg, taking over what prepare-commit-msg read", commit_cmd, env, prepared),
            ("commit-msg, taking over + signing (own key)", commit_cmd, signing, prepared),
            ("commit-msg on the standby, taking over + signing (CPU: the standby's whole life too)", commit_cmd,
             standby, on_standby),
            ("commit-msg reading evidence itself (-m)", commit_cmd, env, typed),
            ("commit-msg reading evidence itself + signing (-m)", commit_cmd, signing, typed),
        ]
        print(f"| hook process ({args.records_mb:g} MB of records, median of {args.runs}) | wall (ms) | CPU (ms) |")
        print("|---|---:|---:|")
        for label, command, case_env, before in cases:
            wall, cpu = timed([*command, str(message)], repo, case_env, before, args.runs)
            print(f"| {label} | {wall:.1f} | {cpu:.1f} |")
        print(f"\nLoad average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
