#!/usr/bin/env python3
"""The attestation primitives (issue 11): import cost, keygen, sign and verify, signature sizes.

Run from the repository root:

    .venv/bin/python benchmarks/bench_attestation.py [--runs N] [--verifications N]

Times are CPU time (user + system; of the child for processes), not wall time: the machine
these run on is shared, and CPU time is what one core spends whatever the load. In order:

  1  import: ``python -X importtime`` of what signing in-process loads (cryptography's ed25519
     and OpenSSH key modules), and the whole first signature in a fresh process (interpreter,
     imports, key load, sign) against ``python -c pass``;
  2  keygen: ``keys.keygen`` in-process, and ``ssh-keygen -t ed25519 -N ''`` as a process;
  3  sign: in-process (key already loaded; and loading the key file), ``ssh-keygen -Y sign`` with
     the key file, and ``ssh-keygen -Y sign`` through a real ssh-agent holding a
     passphrase-protected key (added with SSH_ASKPASS);
  4  verify on one core: the SSHSIG check alone, and ``verification.verify`` (parse the armored
     signature and the statement, check, decide against a 50-line trust file) -- signatures/s;
     ``ssh-keygen -Y verify`` as a process, for comparison;
  5  sizes: a typical statement, the armored signature, the compact form, and the smaller
     encodings a trailer could carry.

Standard library plus the project's own dependencies; no timing assertions. Exits 2 with a
one-line message if ssh-keygen, ssh-agent or ssh-add is missing.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchutil import fail, machine_info, p90

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from provenance.attestation import keys, signing, sshsig, statement, trust, verification  # noqa: E402
from provenance.attestation.statement import AgentRecord, DisclosureRecord, Statement  # noqa: E402

PRINCIPAL = "ada@example.com"
PASSPHRASE = "correct horse battery staple"
SAMPLE = Statement(
    patch_id="3f786850e387550fdab836ed7e6dc881de23001b",
    disclosure=DisclosureRecord("assisted", (AgentRecord("Claude Code", "claude-sonnet-4"),), ("assisted-by",)),
    policy=statement.digest(b"policy"), tool="git-provenance 0.1.0", time=1767225600, signer=PRINCIPAL,
    evidence=statement.digest(b"evidence"),
)  # fmt: skip


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each process measurement")
    parser.add_argument("--verifications", type=int, default=20000, help="signatures verified in the throughput loop")
    return parser.parse_args()


def process_ms(argv: list[str], runs: int, stdin: bytes = b"", env: dict[str, str] | None = None) -> list[float]:
    """CPU time (user + system) of each run of the process, in ms: what it costs one core, whatever else
    the shared machine is doing (wall times under load mostly measure the wait)."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run(argv, input=stdin, capture_output=True, env=env, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        if proc.returncode != 0:
            fail(f"{' '.join(argv[:4])} failed: {proc.stderr.decode(errors='replace').strip()[:200]}")
    return times


def per_call_us(function: Callable[[], object], count: int) -> float:
    """Median over 9 batches of the CPU time per call, in microseconds."""
    batches = []
    for _ in range(9):
        start = time.process_time()
        for _ in range(count):
            function()
        batches.append((time.process_time() - start) / count * 1e6)
    return statistics.median(batches)


def row(name: str, values: list[float], unit: str = "ms") -> str:
    return f"| {name} | {statistics.median(values):.2f} {unit} | {p90(values):.2f} {unit} | {min(values):.2f} {unit} |"


def import_section(folder: Path, runs: int) -> None:
    key = keys.keygen(folder / "import_key").private_path
    imports = ("from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey; "
               "from cryptography.hazmat.primitives.serialization import load_ssh_private_key")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", imports], capture_output=True, text=True,
                          check=True)
    total_us = sum(int(line.split("|")[1]) for line in proc.stderr.splitlines()
                   if line.startswith("import time:") and "|" in line and line.split("|")[1].strip().isdigit()
                   and not line.split("|")[2].startswith("  "))
    first_sign = f"from provenance.attestation import signing; signing.signer_for({str(key)!r}).sign(b'statement')"
    hook = "import provenance.cli.app, provenance.hooks.commit_msg"
    commands = {"bare": "pass", "imports": imports, "signing": first_sign, "hook": hook,
                "hook+signing": f"{hook}; {first_sign}"}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so every command sees the same load
        for name, code in commands.items():
            times[name] += process_ms([sys.executable, "-c", code], 1)
    bare, only_imports, first_signature = times["bare"], times["imports"], times["signing"]
    print("### Import and first signature (fresh processes, CPU time)\n")
    print(f"`python -X importtime` of cryptography's ed25519 + OpenSSH key modules: **{total_us / 1000:.1f} ms** "
          "cumulative (top-level imports, one run).\n")
    print("| process | median | p90 | min |\n|---|---:|---:|---:|")
    print(row("`python -c pass`", bare))
    print(row("`python -c` the two cryptography imports", only_imports))
    print(row("`python -c` import provenance.attestation.signing, load the key, sign once", first_signature))
    print(row("`python -c` the commit-msg hook's imports (`provenance.cli.app`, `provenance.hooks.commit_msg`)",
              times["hook"]))
    print(row("`python -c` the hook's imports, then load the key and sign once", times["hook+signing"]))
    share = statistics.median(times["hook+signing"]) - statistics.median(times["hook"])
    alone = statistics.median(first_signature) - statistics.median(bare)
    print(f"\nSigning's share in a fresh process: {alone:.1f} ms "
          f"over bare interpreter start-up; **{share:.1f} ms** on top of what the hook already imports.\n")


def keygen_section(folder: Path, runs: int) -> None:
    in_process = []
    for index in range(runs):
        start = time.process_time()
        keys.keygen(folder / f"bench_key_{index}")
        in_process.append((time.process_time() - start) * 1000)
    ssh = []
    for index in range(runs):
        target = folder / f"ssh_key_{index}"
        ssh += process_ms(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(target)], 1)
    print("### keygen (CPU time)\n\n| how | median | p90 | min |\n|---|---:|---:|---:|")
    print(row("`keys.keygen` in-process (after the imports)", in_process))
    print(row("`ssh-keygen -t ed25519 -N ''` (process)", ssh))
    print()


def start_agent(folder: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    socket = folder / "agent.sock"
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", str(socket)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not socket.exists():
        if agent.poll() is not None or time.monotonic() > deadline:
            fail("ssh-agent did not start")
        time.sleep(0.02)
    return agent, {**os.environ, "SSH_AUTH_SOCK": str(socket)}


def add_key_to_agent(folder: Path, env: dict[str, str]) -> Path:
    key = folder / "agent_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", PASSPHRASE, "-f", str(key)], check=True)
    askpass = folder / "askpass.sh"
    askpass.write_text(f"#!/bin/sh\necho '{PASSPHRASE}'\n")
    askpass.chmod(0o700)
    subprocess.run(["ssh-add", "-q", str(key)], env={**env, "SSH_ASKPASS": str(askpass),
                   "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"}, stdin=subprocess.DEVNULL, check=True)
    return key.with_name("agent_key.pub")


def sign_section(folder: Path, runs: int, message: bytes) -> None:
    key = keys.keygen(folder / "sign_key").private_path
    loaded = signing.load_ed25519(key)
    assert loaded is not None
    in_process = per_call_us(lambda: sshsig.sign_ed25519(loaded, message), 2000)
    load_and_sign = per_call_us(lambda: signing.signer_for(key).sign(message), 500)
    argv = ["ssh-keygen", "-q", "-Y", "sign", "-n", sshsig.NAMESPACE, "-f"]
    with_file = process_ms([*argv, str(key)], runs, message)
    agent, env = start_agent(folder)
    try:
        public = add_key_to_agent(folder, env)
        through_agent = process_ms([*argv, str(public)], runs, message, env=env)
    finally:
        agent.terminate()
        agent.wait()
    print("### Sign (one statement; CPU time)\n\n| how | median | p90 | min |\n|---|---:|---:|---:|")
    print(f"| in-process, key loaded (`sshsig.sign_ed25519`) | {in_process:.1f} µs | | |")
    print(f"| in-process, load the key file and sign (`signing.signer_for(path).sign`) | {load_and_sign:.1f} µs | | |")
    print(row("`ssh-keygen -Y sign -f KEY` (process, unencrypted key)", with_file))
    print(row("`ssh-keygen -Y sign -f KEY.pub` through ssh-agent (passphrase-protected key)", through_agent))
    print()


def verify_section(folder: Path, runs: int, count: int, message: bytes) -> None:
    made = keys.keygen(folder / "verify_key")
    others = [keys.keygen(folder / f"other_{index}").allowed_signers_line(f"dev{index}@example.com")
              for index in range(49)]
    trust_path = folder / "allowed_signers"
    trust_path.write_text("\n".join([*others, made.allowed_signers_line(PRINCIPAL)]) + "\n")
    trusted = trust.load(trust_path)
    signer = signing.signer_for(made.private_path)
    signature = signer.sign(message)
    armored = sshsig.armor(signature)
    check_only = per_call_us(lambda: sshsig.is_valid(signature, message), count // 5)
    full = per_call_us(lambda: verification.verify(message, armored, trusted, PRINCIPAL), count // 5)
    assert verification.verify(message, armored, trusted, PRINCIPAL).valid
    signature_file = folder / "statement.sig"
    signature_file.write_text(armored)
    ssh = process_ms(["ssh-keygen", "-Y", "verify", "-f", str(trust_path), "-I", PRINCIPAL, "-n", sshsig.NAMESPACE,
                      "-s", str(signature_file)], runs, message)
    print("### Verify, one core (CPU time)\n\n| how | per signature | signatures/s |\n|---|---:|---:|")
    print(f"| SSHSIG check alone (`sshsig.is_valid`, ed25519) | {check_only:.1f} µs | {1e6 / check_only:,.0f} |")
    print(f"| `verification.verify`: parse armor + statement, check, 50-line trust file | {full:.1f} µs "
          f"| {1e6 / full:,.0f} |")
    ssh_ms = statistics.median(ssh)
    print(f"| `ssh-keygen -Y verify` (process) | {ssh_ms:.2f} ms | {1000 / ssh_ms:,.0f} |")
    print()
    threads_section(made, trusted, count)


def threads_section(made: keys.GeneratedKey, trusted: trust.TrustFile, count: int) -> None:
    """``verify_all`` on one thread and on every usable core: wall-clock signatures/s (the load matters here)."""
    signer = signing.signer_for(made.private_path)
    requests = []
    for index in range(count // 4):
        data = statement.serialise(dataclasses.replace(SAMPLE, patch_id=f"{index:040x}"))
        requests.append(verification.Request(data, sshsig.armor(signer.sign(data)), PRINCIPAL, f"{index:040x}"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    print(f"`verification.verify_all` over {len(requests):,} distinct attestations, wall clock "
          f"(load average {os.getloadavg()[0]:.1f}):\n")
    print("| threads | seconds | signatures/s |\n|---:|---:|---:|")
    for workers in sorted({1, cores}):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            results = verification.verify_all(requests, trusted, workers=workers)
            best = min(best, time.perf_counter() - start)
        assert all(result.valid for result in results)
        print(f"| {workers} | {best:.3f} | {len(requests) / best:,.0f} |")
    print()


def sizes_section(message: bytes, folder: Path) -> None:
    key = signing.load_ed25519(keys.keygen(folder / "size_key").private_path)
    assert key is not None
    signature = sshsig.sign_ed25519(key, message)
    raw = signature.signature[-64:]
    raw_key = signature.public_key[-32:]
    unpadded = len(base64.urlsafe_b64encode(raw).rstrip(b"="))
    print("### Sizes (ed25519)\n\n| what | bytes / characters |\n|---|---:|")
    print(f"| statement, canonical JSON (one agent, evidence and policy digests) | {len(message)} |")
    print(f"| SSHSIG blob, binary | {len(sshsig.encode(signature))} |")
    print(f"| armored signature (ssh-keygen's text, final newline included) | {len(sshsig.armor(signature))} |")
    print(f"| compact: the blob's base64 on one line | {len(sshsig.compact(signature))} |")
    print(f"| public key + signature only (96 bytes), base64 | {len(base64.b64encode(raw_key + raw))} |")
    print(f"| signature only (64 bytes; key found by principal in the trust file), base64url unpadded | {unpadded} |")
    print()


def main() -> None:
    args = parse_args()
    for tool in ("ssh-keygen", "ssh-agent", "ssh-add"):
        if shutil.which(tool) is None:
            fail(f"{tool} is not on PATH; install OpenSSH (openssh-client)")
    message = statement.serialise(SAMPLE)
    print("## Attestation primitives\n")
    for name, value in machine_info(sys.executable).items():
        print(f"- {name}: {value}")
    ssh_version = subprocess.run(["ssh", "-V"], capture_output=True, text=True, check=False).stderr.strip()
    import cryptography

    print(f"- OpenSSH: {ssh_version}\n- cryptography: {cryptography.__version__}\n")
    with tempfile.TemporaryDirectory(prefix="bench-attestation-") as temporary:
        folder = Path(temporary)
        import_section(folder, args.runs)
        keygen_section(folder, args.runs)
        sign_section(folder, args.runs, message)
        verify_section(folder, args.runs, args.verifications, message)
        sizes_section(message, folder)
    print(f"Command: `.venv/bin/python benchmarks/bench_attestation.py --runs {args.runs} "
          f"--verifications {args.verifications}`")


if __name__ == "__main__":
    main()
