#!/usr/bin/env python3
"""What signing costs the commit-msg hook: a hook-like process with and without making the attestation.

Run from the repository root:

    .venv/bin/python benchmarks/bench_hook_signing.py [--runs N]

In a temporary repository with a staged change and a message file, three scripts run as fresh
processes, interleaved round by round:

  hook        what the commit-msg hook runs today: ``provenance.cli.main(['hook', 'commit-msg', FILE])``
  + sign      the same, then ``attestation_trailer`` (staged patch id: two git processes; the
              statement; an in-process ed25519 signature with a ``git provenance keygen`` key) and
              ``with_attestation`` -- what the hook will do once it writes the trailer
  + agent     the same through ssh-agent (``KEY.pub``: one ``ssh-keygen -Y sign`` process)

Wall time (the developer waits for it) and CPU time (user + system, the process and its children),
medians; then the attestation step's parts in process. No timing assertions.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchutil import fail, machine_info, p90

REPO_ROOT = Path(__file__).resolve().parent.parent
MESSAGE = "Add the parser\n\nAssisted-by: Claude:claude-sonnet-4\n"

HOOK = "import sys\nfrom provenance.cli import main\ncode = main(['hook', 'commit-msg', sys.argv[1]])\n"
SIGN = HOOK + (
    "from provenance.attestation.create import SigningSettings, attestation_trailer\n"
    "from provenance.attestation.transport import with_attestation\n"
    "from provenance.core.disclosure import Disclosure, Agent\n"
    "from provenance.policy.config import Config\n"
    "from provenance.policy.policy_digest import policy_digest\n"
    "settings = SigningSettings(sys.argv[2], 'ada@example.com', policy_digest(Config()))\n"
    "disclosure = Disclosure('assisted', (Agent('Claude', 'claude-sonnet-4'),), ('assisted-by',))\n"
    "line = attestation_trailer(disclosure, settings)\n"
    "assert line and with_attestation(open(sys.argv[1]).read(), line)\n"
    "sys.exit(code)\n"
)


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "SSH_A"))}
    env.update(GIT_AUTHOR_NAME="Ada", GIT_AUTHOR_EMAIL="ada@example.com", GIT_COMMITTER_NAME="Ada",
               GIT_COMMITTER_EMAIL="ada@example.com", GIT_CONFIG_NOSYSTEM="1", **extra)
    return env


def _setup(folder: Path) -> tuple[Path, Path, Path]:
    sys.path.insert(0, str(REPO_ROOT))
    from provenance.attestation import keys

    repo = folder / "repo"
    repo.mkdir()
    for args in (["init", "-q", "-b", "main"], ["config", "user.email", "ada@example.com"],
                 ["config", "user.name", "Ada"]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=_env({"HOME": str(folder)}))
    (repo / "parser.py").write_text("def parse(text):\n    return text.split()\n")
    subprocess.run(["git", "add", "parser.py"], cwd=repo, check=True, env=_env({"HOME": str(folder)}))
    message = repo / ".git" / "COMMIT_EDITMSG"
    message.write_text(MESSAGE)
    key = keys.keygen(folder / "signing_key")
    return repo, message, key.private_path


def _agent(folder: Path, key: Path) -> dict[str, str]:
    if shutil.which("ssh-agent") is None or shutil.which("ssh-add") is None:
        return {}
    socket = folder / "agent.sock"
    out = subprocess.run(["ssh-agent", "-a", str(socket), "-s"], capture_output=True, text=True, check=True).stdout
    pid = next(part.split("=")[1] for part in out.replace(";", "\n").splitlines() if part.startswith("SSH_AGENT_PID="))
    env = {"SSH_AUTH_SOCK": str(socket), "SSH_AGENT_PID": pid}
    subprocess.run(["ssh-add", "-q", str(key)], env={**os.environ, **env}, check=True, capture_output=True)
    return env


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        fail(f"{argv[2][:30]!r} failed: {proc.stderr.decode(errors='replace').strip()[-300:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        repo, message, key = _setup(folder)
        agent = _agent(folder, key)
        env = _env({"HOME": str(folder)})
        variants = {"hook": [python, "-c", HOOK, str(message)],
                    "hook + sign (own key)": [python, "-c", SIGN, str(message), str(key)]}
        if agent:
            variants["hook + sign (ssh-agent)"] = [python, "-c", SIGN, str(message), f"{key}.pub"]
        results: dict[str, list[tuple[float, float]]] = {label: [] for label in variants}
        try:
            for round_number in range(args.runs + 1):
                for label, argv in variants.items():
                    measured = _run(argv, repo, {**env, **(agent if "agent" in label else {})})
                    if round_number:
                        results[label].append(measured)
        finally:
            if agent:
                subprocess.run(["kill", agent["SSH_AGENT_PID"]], check=False)
    print(f"## commit-msg hook with signing: {args.runs} interleaved runs, fresh processes\n")
    print("| process | wall median (ms) | wall p90 | wall min | CPU median (ms) | CPU min |")
    print("|---|---:|---:|---:|---:|---:|")
    base_wall = statistics.median(w for w, _ in results["hook"])
    base_cpu = statistics.median(c for _, c in results["hook"])
    for label, values in results.items():
        walls, cpus = [w * 1000 for w, _ in values], [c * 1000 for _, c in values]
        print(f"| {label} | {statistics.median(walls):.1f} | {p90(walls):.1f} | {min(walls):.1f} "
              f"| {statistics.median(cpus):.1f} | {min(cpus):.1f} |")
    for label, values in results.items():
        if label != "hook":
            wall = statistics.median(w for w, _ in values) - base_wall
            cpu = statistics.median(c for _, c in values) - base_cpu
            print(f"\n{label}: signing adds {wall * 1000:.1f} ms wall, {cpu * 1000:.1f} ms CPU (medians)")
    print("\nMachine: " + ", ".join(f"{k} {v}" for k, v in machine_info(python).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
