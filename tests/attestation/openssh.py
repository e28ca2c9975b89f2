"""Real OpenSSH for the attestation tests: ssh-keygen to make keys, sign and verify; ssh-agent.

.ci/run installs openssh-client when ssh-keygen is missing, so under CI these never skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

NAMESPACE = "git-provenance"

needs_openssh = pytest.mark.skipif(
    shutil.which("ssh-keygen") is None or shutil.which("ssh-agent") is None,
    reason="OpenSSH (ssh-keygen, ssh-agent) is not installed; install openssh-client",
)


def ssh_keygen(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["ssh-keygen", *args], input=stdin, capture_output=True, env=env, timeout=60, check=False)


def make_key(path: Path, key_type: str = "ed25519", passphrase: str = "", comment: str = "test") -> Path:
    """A new key made by ssh-keygen itself (``-t KEY_TYPE -N PASSPHRASE``); returns the private key's path."""
    extra = ["-b", "2048"] if key_type == "rsa" else []
    result = ssh_keygen("-q", "-t", key_type, *extra, "-N", passphrase, "-C", comment, "-f", str(path))
    assert result.returncode == 0, result.stderr
    return path


def public_line(private_key: Path) -> str:
    """``keytype base64`` of the key, from its .pub file."""
    return " ".join(private_key.with_name(private_key.name + ".pub").read_text().split()[:2])


def sign(key: Path, message: bytes, namespace: str = NAMESPACE, env: dict[str, str] | None = None) -> str:
    """The armored signature ``ssh-keygen -Y sign`` makes of ``message``."""
    result = ssh_keygen("-Y", "sign", "-n", namespace, "-f", str(key), stdin=message, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("ascii")


def verify_time(seconds: int) -> str:
    """ssh-keygen's ``-Overify-time=`` option for a moment, written in UTC."""
    return "-Overify-time=" + datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y%m%d%H%M%SZ")


def openssh_accepts(allowed_signers: Path, principal: str, signature: str, message: bytes, signed_at: int,
                    namespace: str = NAMESPACE) -> bool:
    """Whether ``ssh-keygen -Y verify`` accepts the signature for the principal at ``signed_at``."""
    signature_file = allowed_signers.with_name(allowed_signers.name + ".sig")
    signature_file.write_text(signature)
    result = ssh_keygen("-Y", "verify", "-f", str(allowed_signers), "-I", principal, "-n", namespace,
                        "-s", str(signature_file), verify_time(signed_at), stdin=message)
    return result.returncode == 0


@contextmanager
def agent(folder: Path) -> Iterator[dict[str, str]]:
    """A real ssh-agent for the test's lifetime; yields the environment that reaches it."""
    socket = folder / "agent.sock"
    process = subprocess.Popen(["ssh-agent", "-D", "-a", str(socket)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not socket.exists():
            assert process.poll() is None and time.monotonic() < deadline, "ssh-agent did not start"
            time.sleep(0.02)
        yield {**os.environ, "SSH_AUTH_SOCK": str(socket)}
    finally:
        process.terminate()
        process.wait(timeout=20)


def add_to_agent(key: Path, passphrase: str, env: dict[str, str], folder: Path) -> None:
    """``ssh-add KEY``, answering the passphrase prompt through SSH_ASKPASS (no terminal needed)."""
    askpass = folder / "askpass.sh"
    askpass.write_text(f"#!/bin/sh\necho '{passphrase}'\n")
    askpass.chmod(0o700)
    env = {**env, "SSH_ASKPASS": str(askpass), "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"}
    result = subprocess.run(["ssh-add", str(key)], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
