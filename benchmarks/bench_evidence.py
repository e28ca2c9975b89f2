#!/usr/bin/env python3
"""Evidence at volume: ``git provenance evidence --staged --format json`` over N MB of records.

Run from the repository root:

    .venv/bin/python benchmarks/bench_evidence.py [--sizes 50 200 800] [--warm-runs 5] [--venv DIR]

For each size, ``evidence_records.py`` writes that many MB of records in the tools' real formats
under a throw-away HOME, and a throw-away repository stages the file one of the sessions wrote.
Each timed run is one whole process (``git-provenance evidence --staged --format json --since T``,
T one fixed time 24 hours before the size's first run, so that every run sees the same window),
wall time and peak resident memory (``ru_maxrss`` from ``os.wait4`` in a small launcher process):

  no index    every file in the window read whole (``GIT_PROVENANCE_EVIDENCE_INDEX=off``)
  cold        the first run with the index: every file in the window read and indexed
  warm        nothing changed since: the index answers (median of --warm-runs)
  +1 MB       after appending 1 MB to the five most recent Claude Code transcripts and a line to
              Ollama's log: only the new lines are read (then warm again, median)

The indexed answer is checked against the unindexed one (matches, touches and activity); a
difference exits 1. Standard library only; no timing assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchutil import clean_env, fail, locate_tools, machine_info
from evidence_records import append_megabyte, generate

COMMAND = ["evidence", "--staged", "--format", "json"]
# What a commit hook does (without the CLI): the staged target, the scan narrowed to the records
# a match can use (``EvidenceQuery``), the match. ACTIVITY: whether local inference is loaded.
HOOK_LIKE = """
import json, os, sys
from provenance.evidence.matching import match
from provenance.evidence.run import staged_target
from provenance.evidence.scan import EvidenceQuery, scan
from provenance.evidence.settings import load_settings
from provenance.evidence.sources import Platform
from provenance.evidence.records import parse_iso_time
settings = load_settings()
target = staged_target(os.getcwd(), settings, since=parse_iso_time(sys.argv[2]))
query = EvidenceQuery.of(target.start, {line.hash for line in target.lines}, {line.path for line in target.lines},
                         activity=sys.argv[1] == "on")
result = scan(Platform.current(target.identity.tops), settings, since=target.start, query=query)
report = match(result.records, target, settings.min_lines)
print(json.dumps({"matches": [[e.source_id, len(e.matched)] for e in report.matches], "index": result.index,
                  "records": len(result.records)}))
"""


class Run:
    def __init__(self, seconds: float, peak_mib: float, output: dict[str, Any]) -> None:
        self.seconds = seconds
        self.peak_mib = peak_mib
        self.output = output


# Peak RSS is read by a small launcher process, not by this one: on Linux a child's ru_maxrss
# starts from its parent's size at fork, and this process holds the generated records' bookkeeping.
LAUNCHER = """
import os, sys, time
result, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(result, "w") as handle:
    handle.write(f"{os.waitstatus_to_exitcode(status)} {seconds} {usage.ru_maxrss}")
"""


def timed(argv: list[str], repo: Path, env: dict[str, str], scratch: Path) -> Run:
    """One whole process: wall time, its own peak RSS, its JSON output."""
    out_path, err_path, measured = scratch / "out.json", scratch / "err.txt", scratch / "measured.txt"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        subprocess.run([sys.executable, "-c", LAUNCHER, str(measured), *argv], cwd=repo, env=env,
                       stdin=subprocess.DEVNULL, stdout=out, stderr=err, check=False)
    try:
        code, seconds, peak = measured.read_text().split()
    except (OSError, ValueError):
        fail(f"{' '.join(argv[1:])[:80]}: not measured: {err_path.read_text()[-500:]}")
    if code != "0":
        fail(f"{' '.join(argv[1:])[:80]} exited {code}: {err_path.read_text()[-500:]}")
    measured.unlink()
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
    return Run(float(seconds), int(peak) / divisor, json.loads(out_path.read_text()))


def _answer(output: dict[str, Any]) -> list[Any]:
    keep = ("source", "models", "sessions", "files", "matched_lines", "records")
    return [[{key: tool[key] for key in keep} for tool in output[part]] for part in ("matches", "touches", "activity")]


def _repository(folder: Path) -> Path:
    repo = folder / "repo"
    repo.mkdir(parents=True)
    env = clean_env()
    for argv in (["git", "init", "-q"], ["git", "config", "user.name", "Bench"],
                 ["git", "config", "user.email", "bench@example.com"],
                 ["git", "commit", "-q", "--allow-empty", "-m", "Start\n\nAI-Assisted: none"]):
        subprocess.run(argv, cwd=repo, env=env, check=True)
    return repo


def _volume(home: Path) -> tuple[int, int]:
    files = size = 0
    for folder, _, names in os.walk(home):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(folder, name))
    return files, size


def bench_size(tools: tuple[str, str], megabytes: float, warm_runs: int, keep: Path | None) -> dict[str, Any]:
    ours, python = tools
    # One window start for every run of this size: a run minutes after another must not see a
    # different window (the logs hold records every few minutes around its edge).
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 24 * 3600))
    cli = [ours, *COMMAND, "--since", since]
    folder = Path(tempfile.mkdtemp(prefix=f"evidence-{int(megabytes)}mb-", dir=keep))
    try:
        repo = _repository(folder)
        began = time.perf_counter()
        variables = generate(folder, megabytes, repo)
        generated = time.perf_counter() - began
        (repo / "src").mkdir()
        shutil.copy(folder / "staged.py", repo / "src" / "evidence_target.py")
        subprocess.run(["git", "add", "src"], cwd=repo, env=clean_env(), check=True)
        env = {**clean_env(), **variables}
        files, size = _volume(folder)
        plain = timed(cli, repo, {**env, "GIT_PROVENANCE_EVIDENCE_INDEX": "off"}, folder)
        cold = timed(cli, repo, env, folder)
        warm = [timed(cli, repo, env, folder) for _ in range(warm_runs)]
        hook = {state: [timed([python, "-c", HOOK_LIKE, state, since], repo, env, folder) for _ in range(warm_runs)]
                for state in ("on", "off")}
        append_megabyte(folder)
        grown = timed(cli, repo, env, folder)
        warm_after = [timed(cli, repo, env, folder) for _ in range(warm_runs)]
        if not (_answer(plain.output) == _answer(cold.output) == _answer(warm[-1].output)):
            fail(f"{megabytes} MB: the indexed answer differs from the unindexed one")
        expected = [[tool["source"], tool["matched_lines"]] for tool in plain.output["matches"]]
        if any(runs[-1].output["matches"] != expected for runs in hook.values()):
            fail(f"{megabytes} MB: the hook-like scan's matches differ from the unindexed ones")
        index_file = Path(variables["XDG_CACHE_HOME"]) / "git-provenance" / "evidence-index.sqlite3"
        print(f"{megabytes:.0f} MB done: no index {plain.seconds:.2f} s, cold {cold.seconds:.2f} s, warm "
              f"{_ms(warm)} ms", flush=True)
        return {"mb": megabytes, "files": files, "bytes": size, "generated_s": generated, "plain": plain, "cold": cold,
                "warm": warm, "hook": hook, "grown": grown, "warm_after": warm_after,
                "index_mib": index_file.stat().st_size / (1024 * 1024) if index_file.exists() else 0.0,
                "matched": [tool["matched_lines"] for tool in cold.output["matches"]]}
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def _ms(runs: list[Run]) -> str:
    return f"{statistics.median(run.seconds for run in runs) * 1000:.0f}"


def report(results: list[dict[str, Any]]) -> None:
    print("whole `git-provenance evidence --staged --format json` processes:")
    print("| records | files | no index (ms) | cold (ms) | warm (ms) | +1 MB (ms) | warm after (ms) "
          "| peak RSS no index / cold / warm (MiB) | index (MiB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for r in results:
        peaks = f"{r['plain'].peak_mib:.0f} / {r['cold'].peak_mib:.0f} / {max(w.peak_mib for w in r['warm']):.0f}"
        print(f"| {r['bytes'] / (1024 * 1024):.0f} MB | {r['files']} | {_ms([r['plain']])} | {_ms([r['cold']])} "
              f"| {_ms(r['warm'])} | {_ms([r['grown']])} | {_ms(r['warm_after'])} | {peaks} | {r['index_mib']:.1f} |")
    print("\nhook-like processes (staged target, scan with the staged query, match), warm index:")
    print("| records | with activity (ms) | peak RSS (MiB) | records loaded | without activity (ms) | records loaded |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in results:
        on, off = r["hook"]["on"], r["hook"]["off"]
        print(f"| {r['bytes'] / (1024 * 1024):.0f} MB | {_ms(on)} | {max(run.peak_mib for run in on):.0f} "
              f"| {on[-1].output['records']} | {_ms(off)} | {off[-1].output['records']} |")
    for r in results:
        print(f"{r['mb']:.0f} MB: generated in {r['generated_s']:.1f} s; matched lines {r['matched']}; "
              f"same answer with and without the index")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[50, 200, 800], help="MB of records")
    parser.add_argument("--warm-runs", type=int, default=5)
    parser.add_argument("--venv", default=str(Path(__file__).resolve().parent.parent / ".venv"))
    parser.add_argument("--keep", type=Path, help="write the records under this folder and keep them")
    args = parser.parse_args()
    ours, _, python = locate_tools(args.venv)
    for key, value in machine_info(python).items():
        print(f"{key}: {value}")
    results = [bench_size((ours, python), size, args.warm_runs, args.keep) for size in args.sizes]
    report(results)


if __name__ == "__main__":
    main()
