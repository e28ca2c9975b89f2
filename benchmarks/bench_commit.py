#!/usr/bin/env python3
"""The hook budget: a whole ``git commit`` with every git-provenance hook installed, against gitlint.

Run from the repository root:

    .venv/bin/python benchmarks/bench_commit.py [--runs N] [--warmup N] [--venv DIR]

Three throw-away repositories, each with one commit, differ only in their hooks:

  git-provenance  ``python -m provenance install`` (every hook, the venv's Python), plus every check
                  listed in PROVENANCE_CHECKS switched on
  gitlint         ``gitlint install-hook`` (gitlint's own commit-msg hook, default rules)
  no hooks        reference: what git itself costs

Each timed run is one whole ``git commit`` of a freshly staged one-line change, in two ways:

  -m      ``git commit -m MESSAGE``
  editor  ``git commit`` with GIT_EDITOR a tiny sh script that writes MESSAGE into git's file
          (the same script for every repository), so prepare-commit-msg takes its template path

MESSAGE (subject, body, ``Assisted-by:``) passes both tools. Staging the change before a run and
``git reset --soft HEAD~`` after it are not timed. The six rows run interleaved, round by round,
after untimed warm-up rounds. Each row's median CPU time (user + system of git and every process
it started, from getrusage) is printed beside the wall times: on a busy machine it shows whether a
wall-time ratio is real. Goal: git-provenance's median ≤ gitlint's, for -m and for editor.

Standard library only; no timing assertions (a missed goal prints MISSED). Exits 2 with a one-line
message if a tool is missing, 1 if a hook does not behave as installed (checked before timing).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchutil import (
    adopt_orphans,
    children,
    clean_env,
    fail,
    locate_tools,
    machine_info,
    p90,
    reap_orphans,
    tool_output,
)

REPO_ROOT = Path(__file__).resolve().parent.parent

SUBJECT = "Add retry with backoff to the artifact download client"
BODY = ("The client now retries idempotent GET requests up to three times\n"
        "with exponential backoff, which fixes the flaky downloads on CI.")
TRAILER = "Assisted-by: Claude:claude-sonnet-4-5"
MESSAGE = f"{SUBJECT}\n\n{BODY}\n\n{TRAILER}\n"

# The git-provenance checks the budget includes beyond the defaults, each switched on in the
# git-provenance repository: (name, lines for .git-provenance.toml, extra `install` arguments).
# Evidence is required (a commit whose evidence was not read is rejected, so no row can skip it),
# read from --records-mb of records in the tools' own formats (benchmarks/evidence_records.py)
# through the warm per-user index. Signing is on through --signing: the developer's own key
# (`git provenance keygen`, in-process) or an ed25519 key held by ssh-agent (`ssh-keygen -Y sign`);
# with a key the commit-msg hook signs every commit it accepts.
PROVENANCE_CHECKS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("evidence (required)", ('evidence = "required"',), ()),
)

SETUP_LABELS = ("git-provenance", "gitlint", "no hooks")
MODES = ("-m", "editor")


@dataclass(frozen=True)
class Tools:
    python: str
    gitlint: str
    env: dict[str, str]  # PATH starts with the venv's bin, as a user's activated venv would


@dataclass(frozen=True)
class Row:
    setup: str
    mode: str
    repo: str

    @property
    def label(self) -> str:
        return f"{self.setup}, {self.mode}"


def run(argv: list[str], cwd: str, env: dict[str, str], what: str) -> None:
    proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"{what} failed (exit {proc.returncode}): {(proc.stderr or proc.stdout).strip()[:300]}")


def git(repo: str, env: dict[str, str], *args: str) -> None:
    run(["git", *args], repo, env, "git " + " ".join(args))


def install_provenance(repo: str, tools: Tools) -> None:
    config = [line for _, lines, _ in PROVENANCE_CHECKS for line in lines]
    if config:
        Path(repo, ".git-provenance.toml").write_text("\n".join(config) + "\n", encoding="utf-8")
        git(repo, tools.env, "add", ".git-provenance.toml")
        git(repo, tools.env, "commit", "-q", "--no-verify", "-m", "Configure git-provenance", "-m", TRAILER)
    install_args = [arg for _, _, args in PROVENANCE_CHECKS for arg in args]
    run([tools.python, "-m", "provenance", "install", *install_args], repo, tools.env, "git provenance install")


def install_gitlint(repo: str, tools: Tools) -> None:
    run([tools.gitlint, "install-hook"], repo, tools.env, "gitlint install-hook")


INSTALLERS: dict[str, Callable[[str, Tools], None]] = {
    "git-provenance": install_provenance,
    "gitlint": install_gitlint,
    "no hooks": lambda repo, tools: None,
}


def make_repo(setup: str, tools: Tools, work: str) -> str:
    repo = os.path.join(work, setup.replace(" ", "-"))
    os.makedirs(repo)
    git(repo, tools.env, "init", "-q", "-b", "main")
    for key, value in (("user.name", "Ada Lovelace"), ("user.email", "ada@example.com"),
                       ("commit.gpgsign", "false")):
        git(repo, tools.env, "config", key, value)
    Path(repo, "notes.txt").write_text("bench\n", encoding="utf-8")
    git(repo, tools.env, "add", "notes.txt")
    git(repo, tools.env, "commit", "-q", "--no-verify", "-m", "Initial commit", "-m", TRAILER)
    INSTALLERS[setup](repo, tools)
    return repo


def write_editor(work: str) -> str:
    """The "editor": replaces whatever git prepared with MESSAGE, as a developer typing it would."""
    editor = os.path.join(work, "editor.sh")
    Path(editor).write_text(f"#!/bin/sh\nprintf '%s' {shlex.quote(MESSAGE)} > \"$1\"\n", encoding="utf-8")
    os.chmod(editor, 0o755)
    return editor


def commit_argv(mode: str, message: str = MESSAGE) -> list[str]:
    return ["git", "commit", "-q", "-m", message] if mode == "-m" else ["git", "commit", "-q"]


# With --ai-commit every row stages the lines a generated Claude Code session wrote (the records'
# staged.py, one line changed per round), so git-provenance's evidence matches and pre-fills.
AI_CHANGE: dict[str, str] = {}


def stage_change(repo: str, env: dict[str, str], round_number: int) -> None:
    if AI_CHANGE:
        target = Path(repo, "src", "evidence_target.py")
        target.parent.mkdir(exist_ok=True)
        target.write_text(AI_CHANGE["text"] + f"# bench round {round_number}\n", encoding="utf-8")
        git(repo, env, "add", "src/evidence_target.py")
        return
    Path(repo, "notes.txt").write_text(f"bench round {round_number}\n", encoding="utf-8")
    git(repo, env, "add", "notes.txt")


def children_cpu_seconds() -> float:
    """User + system CPU of every finished child process, grandchildren git waited for included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_commit(row: Row, env: dict[str, str], round_number: int) -> tuple[float, float]:
    """(wall, CPU) seconds of one whole ``git commit`` with its hooks; staging before and the reset
    after are not timed."""
    stage_change(row.repo, env, round_number)
    running = children()
    cpu_before = children_cpu_seconds()
    start = time.perf_counter()
    proc = subprocess.run(commit_argv(row.mode), cwd=row.repo, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - start
    reap_orphans(running)  # the commit-msg standby, which outlives git by a moment: its CPU is the commit's too
    cpu = children_cpu_seconds() - cpu_before
    if proc.returncode != 0:
        fail(f"{row.label}: git commit exited {proc.returncode}: {proc.stdout.decode(errors='replace').strip()[:300]}")
    git(row.repo, env, "reset", "-q", "--soft", "HEAD~1")
    return elapsed, cpu


def check_hooks_active(repos: dict[str, str], env: dict[str, str]) -> None:
    """Both tools' hooks run: each rejects a message it must reject (so no row times a no-op)."""
    bad_messages = {"git-provenance": "Add a thing\n\nNo disclosure here at all, so it is rejected.",
                    "gitlint": "WIP: add a thing."}
    for setup, message in bad_messages.items():
        stage_change(repos[setup], env, -1)
        proc = subprocess.run(commit_argv("-m", message), cwd=repos[setup], env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True)
        if proc.returncode == 0:
            fail(f"the {setup} hook accepted a message it must reject; is it installed?")


Timings = dict[str, list[float]]  # row label -> milliseconds, one value per timed run


def time_rows(rows: list[Row], env: dict[str, str], runs: int, warmup: int) -> tuple[Timings, Timings]:
    """(wall, CPU) milliseconds per row, the rows interleaved round by round after the warm-up."""
    wall: Timings = {row.label: [] for row in rows}
    cpu: Timings = {row.label: [] for row in rows}
    for round_number in range(warmup + runs):
        for row in rows:
            elapsed, used = timed_commit(row, env, round_number)
            if round_number >= warmup:
                wall[row.label].append(elapsed * 1000)
                cpu[row.label].append(used * 1000)
    return wall, cpu


def print_table(rows: list[Row], times: Timings, cpu: Timings, args: argparse.Namespace, adopted: bool) -> None:
    print("## The hook budget: a whole git commit\n")
    print(f"{args.runs} timed runs per row after {args.warmup} warm-up rounds, the six rows interleaved round by "
          "round; each run commits a freshly staged one-line change.\n")
    print("| hooks | commit | median (ms) | p90 (ms) | min (ms) | median ÷ gitlint median | CPU median (ms) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for row in rows:
        values = times[row.label]
        peer = statistics.median(times[Row("gitlint", row.mode, "").label])
        print(f"| {row.setup} | `{row.mode}` | {statistics.median(values):.1f} | {p90(values):.1f} | "
              f"{min(values):.1f} | {statistics.median(values) / peer:.2f} | {statistics.median(cpu[row.label]):.1f} |")
    standby = ("the commit-msg standby included" if adopted else
               "not the commit-msg standby, which this system cannot hand to the benchmark")
    print(f"\nCPU: user + system time of git and every process it started (hooks, their git calls; {standby}), "
          "a check on the wall times when the machine is busy.\n")
    for mode in MODES:
        ours = statistics.median(times[Row("git-provenance", mode, "").label])
        peer = statistics.median(times[Row("gitlint", mode, "").label])
        verdict = "met" if ours <= peer else "MISSED"
        print(f"Goal for `{mode}` (git-provenance median <= gitlint median): {verdict} "
              f"({ours:.1f} ms vs {peer:.1f} ms, ratio {ours / peer:.2f}).")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per row (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed warm-up rounds (default 3)")
    parser.add_argument("--venv", default=str(REPO_ROOT / ".venv"), help="virtualenv holding git-provenance "
                        "and gitlint (default: .venv in the repository root)")
    parser.add_argument("--records-mb", type=float, default=200.0,
                        help="megabytes of AI tools' records the evidence check reads (default 200; 0: none)")
    parser.add_argument("--signing", choices=("own", "agent", "off"), default="own",
                        help="sign every accepted commit with keygen's key (default), through ssh-agent, or not")
    parser.add_argument("--ai-commit", action="store_true",
                        help="commit lines a recorded tool session wrote (evidence matches) instead of a human edit")
    return parser.parse_args()


def start_signing(mode: str, work: str, tools: Tools, env: dict[str, str]) -> None:
    """A signing key for the git-provenance hooks (the other rows never look for one)."""
    if mode == "off":
        return
    folder = Path(work, "keys")
    folder.mkdir()
    key = folder / "signing_key"
    if mode == "own":
        run([tools.python, "-m", "provenance", "keygen", "--file", str(key)], work, env, "git provenance keygen")
        env["GIT_PROVENANCE_SIGNING_KEY"] = str(key)
        return
    if shutil.which("ssh-agent") is None:
        fail("--signing agent needs ssh-agent and ssh-add (openssh-client)")
    run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], work, env, "ssh-keygen")
    socket = folder / "agent.sock"
    out = subprocess.run(["ssh-agent", "-a", str(socket), "-s"], capture_output=True, text=True, check=True).stdout
    pid = next(part.split("=")[1] for part in out.replace(";", "\n").splitlines() if part.startswith("SSH_AGENT_PID="))
    env.update(SSH_AUTH_SOCK=str(socket), SSH_AGENT_PID=pid, GIT_PROVENANCE_SIGNING_KEY=f"{key}.pub")
    run(["ssh-add", "-q", str(key)], work, env, "ssh-add")
    key.unlink()  # only the agent holds the private key now


def stop_signing(env: dict[str, str]) -> None:
    if "SSH_AGENT_PID" in env:
        subprocess.run(["kill", env["SSH_AGENT_PID"]], capture_output=True, check=False)


def check_signed(repo: str, env: dict[str, str]) -> None:
    """With signing on, the git-provenance hook did sign: the benchmark times what it says."""
    if "GIT_PROVENANCE_SIGNING_KEY" not in env:
        return
    timed_commit(Row("git-provenance", "-m", repo), env, -3)  # committed, then reset: the commit is kept
    proc = subprocess.run(["git", "log", "-1", "--format=%B", "HEAD@{1}"], cwd=repo, env=env, capture_output=True,
                          text=True)
    if "Provenance-Attestation: v1 " not in proc.stdout:
        fail("signing is on but the git-provenance hook added no attestation; is the key usable?")


def write_records(work: str, args: argparse.Namespace, repos: dict[str, str], env: dict[str, str]) -> float | None:
    """--records-mb of records in the tools' formats under a HOME of their own (every row uses it;
    one of the sessions ran in git-provenance's repository), then one untimed-by-the-table
    git-provenance commit: the cold run that builds the per-user index (milliseconds)."""
    if args.records_mb <= 0:
        return None
    from evidence_records import generate  # benchmarks/, beside this script

    records = Path(work, "records")
    env.update(generate(records, args.records_mb, Path(repos["git-provenance"])))
    if args.ai_commit:
        AI_CHANGE["text"] = (records / "staged.py").read_text(encoding="utf-8")
    elapsed, _ = timed_commit(Row("git-provenance", "-m", repos["git-provenance"]), env, -2)
    return elapsed * 1000

def main() -> int:
    args = parse_args()
    adopted = adopt_orphans()
    ours, gitlint, python = locate_tools(args.venv)
    info = machine_info(python)
    versions = [tool_output([ours, "--version"]), tool_output([gitlint, "--version"])]
    env = clean_env()
    # gitlint's hook runs `gitlint` from PATH; an activated venv puts it there.
    env["PATH"] = os.path.dirname(gitlint) + os.pathsep + env.get("PATH", "")
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    work = tempfile.mkdtemp(prefix="bench-commit-")
    try:
        env["HOME"] = work  # no global git config or gitlint settings steer a row
        env["GIT_EDITOR"] = write_editor(work)
        tools = Tools(python, gitlint, env)
        repos = {setup: make_repo(setup, tools, work) for setup in SETUP_LABELS}
        cold = write_records(work, args, repos, env)
        start_signing(args.signing, work, tools, env)
        check_hooks_active(repos, env)
        check_signed(repos["git-provenance"], env)
        rows = [Row(setup, mode, repos[setup]) for mode in MODES for setup in SETUP_LABELS]
        times, cpu = time_rows(rows, env, args.runs, args.warmup)
    finally:
        stop_signing(env)
        shutil.rmtree(work, ignore_errors=True)

    print_table(rows, times, cpu, args, adopted)
    signing = {"own": ["signing (own key: ssh-keygen, in-process on the standby)"], "agent": ["signing (ssh-agent)"],
               "off": []}[args.signing]
    checks = ", ".join([name for name, _, _ in PROVENANCE_CHECKS] + signing) or "none beyond the defaults"
    print(f"\ngit-provenance checks switched on: {checks}.")
    if cold is not None:
        change = "lines a recorded Claude Code session wrote" if args.ai_commit else "a human one-line edit"
        print(f"Evidence: {args.records_mb:g} MB of records in the tools' formats (benchmarks/evidence_records.py); "
              f"each commit stages {change}; the first commit after writing them (cold index) took {cold:.1f} ms.")
    print("Machine: " + ", ".join(f"{k} {v}" for k, v in info.items())
          + f", load average at end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("Tools: " + "; ".join(versions) + f"; git {info['git']}")
    print("Reproduce: " + " ".join(shlex.quote(a) for a in [os.path.relpath(python, REPO_ROOT)
                                                               if python.startswith(str(REPO_ROOT)) else python,
                                                               "benchmarks/bench_commit.py", "--runs", str(args.runs),
                                                               "--warmup", str(args.warmup),
                                                               "--records-mb", f"{args.records_mb:g}",
                                                               "--signing", args.signing,
                                                               *(["--ai-commit"] if args.ai_commit else [])]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
