#!/usr/bin/env python3
"""Whole-process time of the commit-msg hook against gitlint on the same message.

Run from the repository root:

    .venv/bin/python benchmarks/bench_commit_msg.py [--runs N] [--warmup N] [--venv DIR]

Each round runs, in this order and each as a fresh process with a real temporary git
repository as its working directory and git's own message file (.git/COMMIT_EDITMSG):

  A  .venv/bin/git-provenance hook commit-msg .git/COMMIT_EDITMSG
  B  .venv/bin/gitlint --msg-filename .git/COMMIT_EDITMSG          (gitlint's default rules)
  C  .venv/bin/python -m provenance hook commit-msg .git/COMMIT_EDITMSG   (what the installed hook runs)
  D  .venv/bin/python -c pass                                       (reference: interpreter start-up)

so that all rows see the same machine state (A,B,C,D,A,B,C,D,...). Warm-up rounds are not
timed. Afterwards it prints ``python -X importtime`` hints (the five slowest top-level imports)
and checks, in a fresh interpreter, that running the hook in-process through
``provenance.cli.main`` imports none of sklearn, numpy, git (GitPython) or tree_sitter.

Standard library only; no timing assertions. Exits 2 with a one-line message if a tool is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchutil import clean_env, fail, locate_tools, machine_info, p90, tool_output

REPO_ROOT = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("sklearn", "numpy", "git", "tree_sitter")

MESSAGE = """\
Add retry with backoff to the artifact download client

The client now retries idempotent GET requests up to three times
with exponential backoff, which fixes the flaky downloads we saw on
CI runners that drop connections under load.

Assisted-by: Claude:claude-sonnet-4-5
Signed-off-by: Ada Lovelace <ada@example.com>
"""

# One line of ``python -X importtime``: (depth, module, self ms, cumulative ms).
ImportRow = tuple[int, str, float, float]


def make_repo(message: str) -> tuple[str, str]:
    """A real git repository with one commit and ``message`` in .git/COMMIT_EDITMSG."""
    repo = tempfile.mkdtemp(prefix="bench-commit-msg-")
    env = clean_env()

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    git("init", "-q", "-b", "main")
    git("config", "user.name", "Ada Lovelace")
    git("config", "user.email", "ada@example.com")
    git("config", "commit.gpgsign", "false")
    Path(repo, "README.md").write_text("bench\n", encoding="utf-8")
    git("add", "README.md")
    git("commit", "-q", "-m", "Initial commit", "-m", "AI-Assisted: none")
    message_file = os.path.join(".git", "COMMIT_EDITMSG")
    Path(repo, message_file).write_text(message, encoding="utf-8")
    return repo, message_file


def run_once(argv: list[str], cwd: str, env: dict[str, str]) -> tuple[float, int, bytes]:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stdout


def importtime_rows(python: str, cwd: str, message_file: str) -> list[ImportRow]:
    """One ``python -X importtime -m provenance hook commit-msg`` run: (depth, module, self ms, cumulative ms)."""
    proc = subprocess.run([python, "-X", "importtime", "-m", "provenance", "hook", "commit-msg", message_file],
                          cwd=cwd, env=clean_env(), stdin=subprocess.DEVNULL, capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line.split(":", 1)[1].split("|", 2)
        # One space follows the "|"; importtime indents each nested level by two more.
        depth = (len(name) - 1 - len(name[1:].lstrip(" "))) // 2
        rows.append((depth, name.strip(), int(self_us) / 1000, int(cumulative_us) / 1000))
    if not rows:
        fail(f"python -X importtime printed no import times: {proc.stderr.strip()[:200]}")
    return rows


def slowest(rows: list[ImportRow], depth: int, count: int = 5) -> list[ImportRow]:
    return sorted((row for row in rows if row[0] == depth), key=lambda row: row[3], reverse=True)[:count]


def heavy_module_check(python: str, cwd: str, message_file: str) -> tuple[int, list[str], int]:
    """Run the hook in-process in a fresh interpreter; (exit code, heavy modules loaded, module count)."""
    code = (
        "import json, sys\n"
        "from provenance.cli import main\n"
        f"rc = main(['hook', 'commit-msg', {message_file!r}])\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY_MODULES!r})\n"
        "print(json.dumps({'rc': rc, 'heavy': heavy, 'modules': len(sys.modules)}))\n"
    )
    proc = subprocess.run([python, "-c", code], cwd=cwd, env=clean_env(), stdin=subprocess.DEVNULL,
                          capture_output=True, text=True)
    if proc.returncode != 0 or not proc.stdout.strip():
        fail(f"in-process hook run failed: {(proc.stderr or proc.stdout).strip().splitlines()[-1:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data["rc"], data["heavy"], data["modules"]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per command (default 30, minimum 20 "
                        "for the published numbers)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed warm-up rounds (default 3)")
    parser.add_argument("--venv", default=str(REPO_ROOT / ".venv"), help="virtualenv holding git-provenance "
                        "and gitlint (default: .venv in the repository root)")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        fail("--runs must be at least 1 and --warmup at least 0")
    return args


def check_commands_pass(commands: dict[str, list[str]], repo: str, env: dict[str, str]) -> None:
    """The message must pass both tools, or we would time an error path."""
    for label, argv in commands.items():
        _, code, out = run_once(argv, repo, env)
        if code != 0:
            fail(f"{label} rejected the benchmark message (exit {code}): "
                 f"{out.decode(errors='replace').strip().splitlines()[:1]}")


def time_commands(commands: dict[str, list[str]], repo: str, env: dict[str, str],
                  runs: int, warmup: int) -> dict[str, list[float]]:
    """Seconds per timed run of each command, the commands interleaved round by round."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for round_number in range(warmup + runs):
        for label, argv in commands.items():
            elapsed, code, out = run_once(argv, repo, env)
            if code != 0:
                fail(f"{label} exited {code} during the benchmark: {out.decode(errors='replace').strip()[:200]}")
            if round_number >= warmup:
                times[label].append(elapsed)
    return times


def shown_path(path: str) -> str:
    """``path`` relative to the repository root when it lies inside it, as the reader would type it."""
    return os.path.relpath(path, REPO_ROOT) if path.startswith(str(REPO_ROOT)) else path


def print_timing_table(commands: dict[str, list[str]], times: dict[str, list[float]],
                       args: argparse.Namespace) -> None:
    ms = {label: [t * 1000 for t in values] for label, values in times.items()}
    gitlint_median = statistics.median(ms["gitlint --msg-filename"])
    print("## commit-msg hook: whole-process time, one typical message\n")
    print(f"{args.runs} timed runs per command after {args.warmup} warm-up rounds, interleaved A,B,C,D,A,B,C,D,...; "
          "message: subject, 3-line body, Assisted-by + Signed-off-by (passes both tools).\n")
    print("| command | median (ms) | p90 (ms) | min (ms) | median ÷ gitlint median |")
    print("|---|---:|---:|---:|---:|")
    for label, argv in commands.items():
        values = ms[label]
        shown = " ".join([shown_path(argv[0]), *argv[1:]])
        note = " (reference: interpreter start-up)" if label == "python -c pass" else ""
        print(f"| `{shown}`{note} | {statistics.median(values):.1f} | {p90(values):.1f} | {min(values):.1f} "
              f"| {statistics.median(values) / gitlint_median:.2f} |")
    ours_median = statistics.median(ms["git-provenance hook commit-msg"])
    verdict = "met" if ours_median <= gitlint_median else "MISSED"
    print(f"\nGoal (git-provenance median <= gitlint median): {verdict} "
          f"({ours_median:.1f} ms vs {gitlint_median:.1f} ms, ratio {ours_median / gitlint_median:.2f}).")


def print_import_hints(import_rows: list[ImportRow]) -> None:
    import_total = sum(row[3] for row in import_rows if row[0] == 0)
    first_party_self = sum(row[2] for row in import_rows if row[1].split(".")[0] == "provenance")
    click_cumulative = sum(row[3] for row in import_rows if row[1] == "click")
    print(f"\nImport-time hint (`python -X importtime -m provenance hook commit-msg`, one run): top-level imports "
          f"total {import_total:.1f} ms; `click` {click_cumulative:.1f} ms cumulative; provenance.* modules "
          f"{first_party_self:.1f} ms self time.\n")
    print("| depth | module | cumulative (ms) | self (ms) |")
    print("|---:|---|---:|---:|")
    for depth in (0, 1):  # the five slowest top-level imports, then the five slowest they pull in directly
        for row_depth, name, self_ms, cumulative_ms in slowest(import_rows, depth):
            print(f"| {row_depth} | `{name}` | {cumulative_ms:.1f} | {self_ms:.1f} |")


def print_heavy_check(hook_rc: int, heavy: list[str], module_count: int) -> None:
    print(f"\nIn-process check (`provenance.cli.main(['hook', 'commit-msg', ...])` in a fresh interpreter): "
          f"exit {hook_rc}, {module_count} modules in sys.modules; "
          f"{', '.join(HEAVY_MODULES)} loaded: {', '.join(heavy) if heavy else 'none'} -> "
          f"{'FAIL' if heavy else 'PASS'}")


def main() -> int:
    args = parse_args()
    ours, gitlint, python = locate_tools(args.venv)
    info = machine_info(python)
    versions = {
        "git-provenance": tool_output([ours, "--version"]),
        "gitlint": tool_output([gitlint, "--version"]),
    }
    repo, message_file = make_repo(MESSAGE)
    env = clean_env()
    try:
        commands = {
            "git-provenance hook commit-msg": [ours, "hook", "commit-msg", message_file],
            "gitlint --msg-filename": [gitlint, "--msg-filename", message_file],
            "python -m provenance hook commit-msg": [python, "-m", "provenance", "hook", "commit-msg", message_file],
            "python -c pass": [python, "-c", "pass"],  # reference: the interpreter's own start-up floor
        }
        check_commands_pass(commands, repo, env)
        times = time_commands(commands, repo, env, args.runs, args.warmup)
        import_rows = importtime_rows(python, repo, message_file)
        hook_rc, heavy, module_count = heavy_module_check(python, repo, message_file)
    finally:
        shutil.rmtree(repo, ignore_errors=True)

    print_timing_table(commands, times, args)
    print_import_hints(import_rows)
    print_heavy_check(hook_rc, heavy, module_count)

    print("\nMachine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    print("Tools: " + "; ".join(versions.values()))
    print("Reproduce: " + " ".join(shlex.quote(a) for a in [shown_path(python), "benchmarks/bench_commit_msg.py",
                                                               "--runs", str(args.runs), "--warmup", str(args.warmup)]))
    if heavy:
        print(f"bench_commit_msg: error: the hook imported {', '.join(heavy)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
