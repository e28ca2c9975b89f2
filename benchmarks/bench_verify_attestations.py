#!/usr/bin/env python3
"""verify with attestations required on a 10,000-commit history: commits/s, and what the checks cost.

Run from the repository root:

    .venv/bin/python benchmarks/bench_verify_attestations.py [--runs N] [--commits N]

The history is bench_verify.py's (same generator, same seed), rebuilt with every commit attested:
each message gets the Provenance-Attestation trailer the commit-msg hook would have written --
the stable patch id of the commit's change, the disclosure verify reads from the message, signed
with the committer's key (one ed25519 key per person). The trust file lives on a separate branch
``trust`` (verify reads it with ``--trust-from trust``, as CI reads the base branch's). Cached in
benchmarks/.work/ while its marker matches.

Each round runs, as fresh processes, interleaved:
  A  git-provenance verify --last N                               (attestations off)
  B  git-provenance verify --last N --attestation required --trust-from trust
  C  B with --format json (checked: every commit's attestation valid, no attestation finding)
Throughput is commits / median wall time (B and C check in two processes: a range this long
hands its attestations to verify's second process). Then, in this process, the signature checks
alone on 1 and 2 threads (CPU and wall), to show what threads buy. No timing assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import bench_verify
from bench_verify import PEOPLE, REPO_ROOT, WORK_DIR, ensure_history
from benchutil import clean_env, fail, locate_tools, machine_info, p90

GENERATOR_VERSION = 1


def _git(repo: Path, *args: str, data: bytes | None = None) -> bytes:
    proc = subprocess.run(["git", *args], cwd=repo, env=clean_env(), input=data, capture_output=True)
    if proc.returncode != 0:
        fail(f"git {args[0]} failed: {proc.stderr.decode(errors='replace').strip()[:300]}")
    return proc.stdout


def _keys(folder: Path) -> dict[str, Path]:
    from provenance.attestation import keys

    made = {}
    for _name, email in PEOPLE:
        path = folder / f"key-{email}"
        if not path.exists():
            keys.keygen(path)
        made[email] = path
    return made


def _trailers(base: Path, key_paths: dict[str, Path]) -> list[str]:
    """The attestation line of every commit of ``base``, oldest first."""
    from provenance.attestation import signing, statement, transport
    from provenance.core.message import ParsedMessage
    from provenance.gitio.log import iter_commits
    from provenance.gitio.patch_ids import range_patch_ids
    from provenance.policy.checker import message_context
    from provenance.policy.config import Config
    from provenance.policy.policy_digest import policy_digest

    config = Config()
    policy = policy_digest(config)
    signers = {email: signing.signer_for(path) for email, path in key_paths.items()}
    patch_ids = range_patch_ids(["main"], base)
    lines = []
    for facts in reversed(list(iter_commits(["main"], cwd=base))):
        disclosure = message_context(ParsedMessage(facts), config).analysis.disclosure
        signed = statement.Statement(patch_ids[facts.sha or ""], statement.DisclosureRecord.from_disclosure(disclosure),
                                     policy, "git-provenance 0.1.0", 1_767_225_600, facts.committer_email)
        lines.append(transport.encode(signed, signers[facts.committer_email].sign(statement.serialise(signed))))
    return lines


def ensure_attested_history(count: int) -> tuple[Path, bool]:
    from provenance.attestation import transport

    repo = WORK_DIR / f"attested-{count}"
    marker = repo / ".git" / "bench-attested.json"
    wanted = {"generator": GENERATOR_VERSION, "base": bench_verify.GENERATOR_VERSION, "commits": count,
              "seed": bench_verify.SEED}
    if marker.is_file() and json.loads(marker.read_text()) == wanted:
        return repo, False
    base, _, _ = ensure_history(count, regenerate=False)
    building = WORK_DIR / f"attested-{count}.building"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    key_paths = _keys(building / "keys-outside-git")
    lines = _trailers(base, key_paths)
    original = bench_verify.make_message

    def attested(rng, index, author, subjects):  # type: ignore[no-untyped-def]
        return transport.with_attestation(original(rng, index, author, subjects), lines[index - 1])

    bench_verify.make_message = attested  # the same history, each message with its trailer
    try:
        stream = bench_verify.fast_import_stream(count)
    finally:
        bench_verify.make_message = original
    _git(building, "init", "-q", "-b", "main")
    _git(building, "fast-import", "--quiet", "--done", data=stream)
    _git(building, "reset", "-q", "--hard", "main")
    trust_text = "".join(f'{email} namespaces="git-provenance" {_public(path)}\n'
                         for email, path in key_paths.items())
    blob = _git(building, "hash-object", "-w", "--stdin", data=trust_text.encode()).decode().strip()
    tree = _git(building, "mktree", data=f"100644 blob {blob}\tallowed_signers\n".encode()).decode().strip()
    tree = _git(building, "mktree", data=f"040000 tree {tree}\t.git-provenance\n".encode()).decode().strip()
    commit = _git(building, "commit-tree", tree, "-m", "Trust file", data=b"").decode().strip()
    _git(building, "update-ref", "refs/heads/trust", commit)
    marker_path = building / ".git" / "bench-attested.json"
    marker_path.write_text(json.dumps(wanted) + "\n")
    shutil.rmtree(repo, ignore_errors=True)
    building.rename(repo)
    return repo, True


def _public(path: Path) -> str:
    return " ".join(path.with_name(path.name + ".pub").read_text().split()[:2])


def _time(argv: list[str], repo: Path) -> tuple[float, float, bytes]:
    """(wall seconds, CPU seconds of the process and every process it started, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=repo, env=clean_env(), stdin=subprocess.DEVNULL, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        fail(f"{' '.join(argv[1:])} failed (exit {proc.returncode}): {proc.stderr.decode(errors='replace')[:300]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.stdout


def _check_json(out: bytes, count: int) -> None:
    report = json.loads(out)
    if report["summary"]["commits"] != count:
        fail(f"verify checked {report['summary']['commits']} commits, expected {count}")
    bad = [f for c in report["commits"] for f in c["findings"] if f["id"].startswith("A")]
    if bad:
        fail(f"{len(bad)} attestation findings on the attested history, e.g. {bad[0]['message']}")


def _signature_checks_alone(repo: Path, count: int) -> list[str]:
    """check_commits on the whole history in this process, 1 and 2 threads: (cpu, wall) seconds."""
    from provenance.attestation import check, trust
    from provenance.attestation.statement import DisclosureRecord
    from provenance.core.message import ParsedMessage
    from provenance.gitio.log import iter_commits
    from provenance.gitio.patch_ids import range_patch_ids
    from provenance.policy.checker import message_context
    from provenance.policy.config import Config

    trusted = trust.parse(_git(repo, "show", "trust:.git-provenance/allowed_signers").decode(), "trust")
    patch_ids = range_patch_ids(["-n", str(count), "main"], repo)
    commits = [check.CommitToCheck(f.sha or "", f.message, f.committer_email, f.author_email,
                                   patch_ids.get(f.sha or ""), DisclosureRecord.from_disclosure(
                                       message_context(ParsedMessage(f), Config()).analysis.disclosure))
               for f in iter_commits(["-n", str(count), "main"], cwd=repo)]
    rows = []
    for workers in (1, 2):
        cpu, wall = time.process_time(), time.perf_counter()
        verdicts = check.check_commits(commits, check.CheckSettings(trusted, workers=workers))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        valid = sum(v.status == "valid" for v in verdicts.values())
        rows.append(f"| check_commits, {workers} thread(s) | {len(commits):,} | {valid:,} | {cpu:.2f} | {wall:.2f} "
                    f"| {len(commits) / wall:,.0f} |")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--commits", type=int, default=10_000)
    parser.add_argument("--venv", default=str(REPO_ROOT / ".venv"))
    args = parser.parse_args()
    ours, _gitlint, python = locate_tools(args.venv)
    repo, generated = ensure_attested_history(args.commits)
    n = args.commits
    base = [ours, "verify", "--last", str(n)]
    attested = [*base, "--attestation", "required", "--trust-from", "trust"]
    commands = {"verify --last N": base, "verify --last N --attestation required": attested,
                "... --format json": [*attested, "--format", "json"]}
    _check_json(_time(commands["... --format json"], repo)[2], n)  # warm-up, and the correctness check
    times: dict[str, list[float]] = {label: [] for label in commands}
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(args.runs):
        for label, argv in commands.items():
            wall, used, _ = _time(argv, repo)
            times[label].append(wall)
            cpu[label].append(used)
    print(f"## verify with attestations required: {n:,} attested commits\n")
    how = "generated" if generated else "cached"
    print(f"{args.runs} runs each, interleaved, whole-process wall time; history {how}.\n")
    print("| command | median (s) | p90 (s) | min (s) | commits/s (median) | commits/s (best) | CPU median (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, values in times.items():
        median = statistics.median(values)
        print(f"| `{label}` | {median:.3f} | {p90(values):.3f} | {min(values):.3f} | {n / median:,.0f} "
              f"| {n / min(values):,.0f} | {statistics.median(cpu[label]):.2f} |")
    print("\nSignature checks alone (in process, after the history is read):\n")
    print("| step | commits | valid | CPU (s) | wall (s) | commits/s (wall) |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(_signature_checks_alone(repo, n)))
    print("\nMachine: " + ", ".join(f"{k} {v}" for k, v in machine_info(python).items()))
    print(f"Load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
