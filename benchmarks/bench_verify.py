#!/usr/bin/env python3
"""Throughput of ``git-provenance verify`` on a 10,000-commit history, with gitlint as the peer.

Run from the repository root:

    .venv/bin/python benchmarks/bench_verify.py [--runs N] [--commits N] [--peer-commits N] [--venv DIR]

The history is generated once with ``git fast-import`` into benchmarks/.work/ (git-ignored) and
reused while its marker matches; delete the directory (or pass --regenerate) to rebuild it. It is
a linear history without merges; every commit changes one file and carries a realistic message
from a fixed-seed mix: Assisted-by / Generated-by / AI-Assisted: none trailers, Co-authored-by an
AI or a person, the Claude Code footer, undisclosed commits (which verify reports), reverts and
fixup! commits (exempt by default), and Signed-off-by lines.

Each round runs, in this order, each as a fresh process in the generated repository:

  A  git-provenance verify --last N                     (text report, all N commits)
  B  git-provenance verify --last N --format json       (JSON report, all N commits)
  C  git-provenance verify --range HEAD~P..HEAD         (the last P commits; like-for-like with D)
  D  gitlint --commits HEAD~P..HEAD                     (gitlint's default rules, the last P commits)

gitlint lints roughly 40 commits/s (it starts git processes for every commit), so it runs on the
last P = 300 commits only. Throughput is commits / median wall time of the whole process.
Standard library only; no timing assertions. Exits 2 with a one-line message if a tool is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from benchutil import clean_env, fail, locate_tools, machine_info, p90, tool_output

REPO_ROOT = Path(__file__).resolve().parent.parent
WORK_DIR = REPO_ROOT / "benchmarks" / ".work"
GENERATOR_VERSION = 1
SEED = 20261126

# --- the generated history -------------------------------------------------------------------

PEOPLE = [
    ("Ada Lovelace", "ada@example.com"),
    ("Grace Hopper", "grace@example.org"),
    ("Linus Pauling", "linus.pauling@example.net"),
    ("Margaret Hamilton", "mhamilton@example.com"),
    ("Dennis Ritchie", "dmr@example.org"),
    ("Barbara Liskov", "liskov@example.edu"),
    ("Ken Thompson", "ken@example.org"),
    ("Frances Allen", "fran@example.com"),
]
VERBS = ["Add", "Fix", "Remove", "Refactor", "Rename", "Document", "Speed up", "Simplify", "Handle", "Validate",
         "Cache", "Log", "Test", "Deprecate", "Split", "Inline", "Guard against", "Retry"]
OBJECTS = ["the config loader", "empty trailer values", "the HTTP retry policy", "shallow clone detection",
           "the JSON report", "unicode author names", "the release script", "timeouts in the fetch client",
           "the parser for TOML overrides", "stale lock files", "the CLI help text", "Windows path handling",
           "duplicate findings", "the cache eviction order", "flaky integration tests", "the changelog",
           "error messages for missing files", "the benchmark harness", "signal handling on shutdown"]
AREAS = ["core", "cli", "net", "docs", "build", "tests", "report", "config"]
WORDS = ("the a this that change code path error case value file test handler message output user when "
         "because before after now instead keeps avoids makes returns reads writes checks uses calls "
         "function module option default behaviour request response retry timeout cache parser report "
         "without with from into so it which also only still again once every each small large").split()
AI_TRAILERS = [
    "Assisted-by: Claude:claude-sonnet-4-5",
    "Assisted-by: Claude:claude-opus-4-1 ruff pytest",
    "Assisted-by: Copilot:gpt-4.1",
    "Assisted-by: Cursor:claude-sonnet-4",
    "Generated-by: Copilot gpt-4o",
    "Generated-by: Codex gpt-5-codex",
    "Co-authored-by-AI: aider (gpt-4o)",
]
AI_COAUTHORS = [
    "Co-authored-by: Claude <noreply@anthropic.com>",
    "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>",
    "Co-authored-by: Cursor Agent <cursoragent@cursor.com>",
]
CLAUDE_FOOTER = "🤖 Generated with [Claude Code](https://claude.com/claude-code)"


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(6, 16))
    return " ".join(words).capitalize() + "."


def _body(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3])):
        text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        paragraphs.append(textwrap.fill(text, width=72))
    return "\n\n".join(paragraphs)


def _exempt_message(rng: random.Random, roll: float, subjects: list[str]) -> str | None:
    """A revert or fixup! of an earlier commit (both exempt by default), or None for an ordinary commit."""
    if roll < 0.03 and subjects:
        reverted = rng.choice(subjects[-200:])
        return f'Revert "{reverted}"\n\nThis reverts commit {rng.getrandbits(160):040x}.\n'
    if roll < 0.05 and subjects:
        return f"fixup! {rng.choice(subjects[-50:])}\n"
    return None


def _disclosure(rng: random.Random, roll: float, author: tuple[str, str]) -> tuple[list[str], str]:
    """The disclosure trailers of an ordinary commit, and the Claude Code footer where it has one."""
    if roll < 0.40:
        return [rng.choice(AI_TRAILERS)], ""
    if roll < 0.52:
        return [rng.choice(AI_COAUTHORS)], ""
    if roll < 0.56:  # Claude Code's own default
        return ["Co-Authored-By: Claude <noreply@anthropic.com>"], CLAUDE_FOOTER
    if roll < 0.78:
        return ["AI-Assisted: none"], ""
    if roll < 0.88:
        name, email = rng.choice([p for p in PEOPLE if p != author])
        coauthor = f"Co-authored-by: {name} <{email}>"
        if roll < 0.84:  # a human co-author and an explicit "no AI"
            return [coauthor, "AI-Assisted: none"], ""
        return [coauthor], ""  # a human co-author only: undisclosed
    return [], ""  # undisclosed, no trailers at all


def make_message(rng: random.Random, index: int, author: tuple[str, str], subjects: list[str]) -> str:
    """A commit message from a fixed mix of the cases verify meets in real histories."""
    roll = rng.random()
    subject = f"{rng.choice(AREAS)}: {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    exempt = _exempt_message(rng, roll, subjects)
    if exempt is not None:
        return exempt
    subjects.append(subject)
    body = _body(rng)
    trailers, footer = _disclosure(rng, roll, author)
    if rng.random() < 0.5:
        trailers.append(f"Signed-off-by: {author[0]} <{author[1]}>")
    if rng.random() < 0.1:
        trailers.insert(0, f"Refs: #{rng.randint(1, 4000)}")
    parts = [part for part in (subject, body, footer, "\n".join(trailers)) if part]
    return "\n\n".join(parts) + "\n"


def fast_import_stream(count: int) -> bytes:
    rng = random.Random(SEED)
    out: list[bytes] = []
    subjects: list[str] = []
    files: dict[str, list[str]] = {}
    timestamp = 1_700_000_000
    for index in range(1, count + 1):
        author = rng.choice(PEOPLE)
        committer = author if rng.random() < 0.8 else rng.choice(PEOPLE)
        timestamp += rng.randint(60, 7200)
        message = make_message(rng, index, author, subjects).encode("utf-8")
        path = f"src/{rng.choice(AREAS)}/module_{rng.randint(0, 24):02d}.py"
        lines = files.setdefault(path, [f'"""{path}"""\n'])
        lines.append(f"VALUE_{index} = {rng.randint(0, 10**6)}  # commit {index}\n")
        del lines[1:-40]  # keep files small: the header and the last 40 assignments
        content = "".join(lines).encode("utf-8")
        out.append(b"commit refs/heads/main\n")
        out.append(f"mark :{index}\n".encode())
        out.append(f"author {author[0]} <{author[1]}> {timestamp} +0000\n".encode())
        out.append(f"committer {committer[0]} <{committer[1]}> {timestamp + rng.randint(0, 600)} +0000\n".encode())
        out.append(f"data {len(message)}\n".encode() + message + b"\n")
        out.append(f"M 100644 inline {path}\n".encode())
        out.append(f"data {len(content)}\n".encode() + content + b"\n")
    out.append(b"done\n")
    return b"".join(out)


def ensure_history(count: int, regenerate: bool) -> tuple[Path, bool, float]:
    """The cached repository with ``count`` commits: (path, generated now?, seconds spent generating)."""
    repo = WORK_DIR / f"history-{count}"
    marker = repo / ".git" / "bench-history.json"
    wanted = {"generator": GENERATOR_VERSION, "commits": count, "seed": SEED}
    if not regenerate and marker.is_file():
        try:
            if json.loads(marker.read_text(encoding="utf-8")) == wanted:
                return repo, False, 0.0
        except ValueError:
            pass
    start = time.perf_counter()
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    building = WORK_DIR / f"history-{count}.building"
    shutil.rmtree(building, ignore_errors=True)
    env = clean_env()

    def git(*args: str, data: bytes | None = None) -> None:
        proc = subprocess.run(["git", *args], cwd=building, env=env, input=data, capture_output=True)
        if proc.returncode != 0:
            reason = proc.stderr.decode(errors="replace").strip()[:300]
            fail(f"git {args[0]} failed while generating the history: {reason}")

    building.mkdir()
    git("init", "-q", "-b", "main")
    git("config", "user.name", "Bench Runner")
    git("config", "user.email", "bench@example.com")
    git("fast-import", "--quiet", "--done", data=fast_import_stream(count))
    git("reset", "-q", "--hard", "main")
    (building / ".git" / "bench-history.json").write_text(json.dumps(wanted) + "\n", encoding="utf-8")
    shutil.rmtree(repo, ignore_errors=True)
    building.rename(repo)
    return repo, True, time.perf_counter() - start


# --- timing ----------------------------------------------------------------------------------

def run_once(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, bytes, bytes]:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True)
    return time.perf_counter() - start, proc.returncode, proc.stdout, proc.stderr


def commits_reported(label: str, code: int, out: bytes, err: bytes) -> int | None:
    """How many commits a command says it checked (None where the tool does not say)."""
    text = out.decode("utf-8", "replace")
    if label.startswith("gitlint"):
        if code >= 253:  # 253 usage, 254 git, 255 config error; below that, the number of violations
            fail(f"gitlint failed (exit {code}): {err.decode(errors='replace').strip()[:300]}")
        return None
    if code not in (0, 1):
        fail(f"git-provenance {label} failed (exit {code}): {err.decode(errors='replace').strip()[:300]}")
    if "json" in label:
        return int(json.loads(text)["summary"]["commits"])
    match = re.search(r"^verify: (\d+) commit\(s\)", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed warm-up rounds (default 1)")
    parser.add_argument("--commits", type=int, default=10_000, help="commits in the generated history (default 10000)")
    parser.add_argument("--peer-commits", type=int, default=300,
                        help="last P commits gitlint (and the like-for-like verify) check (default 300)")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the cached history")
    parser.add_argument("--venv", default=str(REPO_ROOT / ".venv"),
                        help="virtualenv holding git-provenance and gitlint (default: .venv in the repository root)")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0 or args.commits < 2 or not 1 <= args.peer_commits < args.commits:
        fail("need --runs >= 1, --warmup >= 0, --commits >= 2 and 1 <= --peer-commits < --commits")
    return args


def check_history_size(repo: Path, expected: int) -> None:
    total = int(subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=repo, env=clean_env(),
                               capture_output=True, text=True, check=True).stdout)
    if total != expected:
        fail(f"{repo} holds {total} commits, expected {expected}; rerun with --regenerate")


# label -> (argv, how many commits it must check)
Commands = dict[str, tuple[list[str], int]]


def time_commands(commands: Commands, repo: Path, runs: int,
                  warmup: int) -> tuple[dict[str, list[float]], dict | None]:
    """Seconds per timed run of each command (interleaved round by round), and the JSON report's
    summary from the first round."""
    env = clean_env()
    summary = None
    times: dict[str, list[float]] = {label: [] for label in commands}
    for round_number in range(warmup + runs):
        for label, (argv, expected) in commands.items():
            elapsed, code, out, err = run_once(argv, repo, env)
            counted = commits_reported(label, code, out, err)
            if counted is not None and counted != expected:
                fail(f"{label} checked {counted} commits, expected {expected}")
            if round_number == 0 and "json" in label:
                summary = json.loads(out)["summary"]
            if round_number >= warmup:
                times[label].append(elapsed)
    return times, summary


def print_throughput_table(commands: Commands, times: dict[str, list[float]],
                           args: argparse.Namespace) -> dict[str, float]:
    """The table of timings; returns commits per second (median) per command."""
    n, p = args.commits, args.peer_commits
    print(f"## verify: throughput on a {n:,}-commit linear history\n")
    print(f"{args.runs} timed runs per command after {args.warmup} warm-up round(s), interleaved A,B,C,D,...; "
          f"whole-process wall time. gitlint lints the last {p} commits only "
          f"(it starts git processes for every commit), "
          f"and verify runs on the same {p} for a like-for-like line.\n")
    print("| command | commits | median (s) | p90 (s) | min (s) | commits/s (median) |")
    print("|---|---:|---:|---:|---:|---:|")
    rates: dict[str, float] = {}
    for label, (_argv, expected) in commands.items():
        values = times[label]
        median = statistics.median(values)
        rates[label] = expected / median
        tool = "gitlint" if label.startswith("gitlint") else "git-provenance"
        shown = f"{tool} {label.removeprefix('gitlint ')}" if tool == "gitlint" else f"git-provenance {label}"
        print(f"| `{shown}` | {expected:,} | {median:.3f} | {p90(values):.3f} | {min(values):.3f} "
              f"| {rates[label]:,.0f} |")
    return rates


def print_goal(rates: dict[str, float], n: int, p: int, peer_range: str) -> None:
    text_rate = rates[f"verify --last {n}"]
    json_rate = rates[f"verify --last {n} --format json"]
    peer_ours, peer_gitlint = rates[f"verify --range {peer_range}"], rates[f"gitlint --commits {peer_range}"]
    worst = min(text_rate, json_rate)
    print(f"\nGoal (>= 5,000 commits/s on {n:,} commits): {'met' if worst >= 5000 else 'MISSED'} "
          f"(text {text_rate:,.0f}/s, json {json_rate:,.0f}/s). On the last {p}: git-provenance "
          f"{peer_ours:,.0f}/s vs gitlint {peer_gitlint:,.0f}/s ({peer_ours / peer_gitlint:,.0f}x).")


def print_history_mix(summary: dict | None) -> None:
    if summary:
        counts = {k: v for k, v in summary.items() if isinstance(v, int)}
        print("History mix (verify's JSON summary): " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
              + "; involvement " + ", ".join(f"{k} {v:,}" for k, v in summary.get("involvement", {}).items()))


def main() -> int:
    args = parse_args()
    ours, gitlint, python = locate_tools(args.venv)
    info = machine_info(python)
    versions = [tool_output([ours, "--version"]), tool_output([gitlint, "--version"])]

    repo, generated, generation_seconds = ensure_history(args.commits, args.regenerate)
    check_history_size(repo, args.commits)
    n, p = args.commits, args.peer_commits
    peer_range = f"HEAD~{p}..HEAD"
    commands: Commands = {
        f"verify --last {n}": ([ours, "verify", "--last", str(n)], n),
        f"verify --last {n} --format json": ([ours, "verify", "--last", str(n), "--format", "json"], n),
        f"verify --range {peer_range}": ([ours, "verify", "--range", peer_range], p),
        f"gitlint --commits {peer_range}": ([gitlint, "--commits", peer_range], p),
    }
    times, summary = time_commands(commands, repo, args.runs, args.warmup)

    rates = print_throughput_table(commands, times, args)
    print_goal(rates, n, p, peer_range)
    print_history_mix(summary)
    classifier = tool_output([python, "-c", "import importlib.util as u; print(bool(u.find_spec('tree_sitter')))"])
    print(f"Classifier step (config classifier = auto): {'on' if classifier == 'True' else 'off'} "
          "(it scores the hunks of the commits that declare AI-Assisted: none, from one extra git process)")
    where = os.path.relpath(repo, REPO_ROOT)
    how = f"generated now in {generation_seconds:.1f} s" if generated else "cached"
    print(f"History: {where} ({how}; generator seed {SEED})")
    print("\nMachine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    print("Tools: " + "; ".join(versions))
    shown_python = os.path.relpath(python, REPO_ROOT) if python.startswith(str(REPO_ROOT)) else python
    print("Reproduce: " + " ".join(shlex.quote(a) for a in [
        shown_python, "benchmarks/bench_verify.py", "--runs", str(args.runs), "--warmup", str(args.warmup),
        "--commits", str(n), "--peer-commits", str(p)]))
    return 0

if __name__ == "__main__":
    sys.exit(main())
