"""The hook call the client hands the standby, as bytes: what the hook process would have run.

``version NUL git-pid NUL cwd NUL argc NUL argv... NUL NAME=VALUE...``, preceded by its length
(4 bytes, big-endian); paths and variables travel as the operating system's bytes. The client's
standard input, output and error go beside it as file descriptors (SCM_RIGHTS). The answers are one
byte each: accepted or declined; then, after the client's go, the exit status.
Standard library builtins only: the client imports this on every commit-msg.
"""

from __future__ import annotations

import os
import sys

VERSION = b"provenance-standby-1"
ACCEPTED, DECLINED, GO = b"A", b"D", b"G"
LENGTH_BYTES = 4
MAX_LENGTH = 1 << 20  # an environment of a megabyte is already absurd
STANDARD_STREAMS = (0, 1, 2)
FD_BYTES = 4  # a C int, as SCM_RIGHTS carries descriptors


class HookCall:
    """A plain class: the client must not pay for dataclasses or typing."""

    __slots__ = ("argv", "cwd", "environ", "git_pid")

    def __init__(self, git_pid: int, cwd: str, argv: list[str], environ: dict[str, str]) -> None:
        self.git_pid = git_pid
        self.cwd = cwd
        self.argv = argv
        self.environ = environ


def encode(call: HookCall) -> bytes:
    fields = [VERSION, str(call.git_pid).encode("ascii"), os.fsencode(call.cwd), str(len(call.argv)).encode("ascii"),
              *(os.fsencode(argument) for argument in call.argv),
              *(os.fsencode(name) + b"=" + os.fsencode(value) for name, value in call.environ.items())]
    body = b"\0".join(fields)
    return len(body).to_bytes(LENGTH_BYTES, "big") + body


def decode(body: bytes) -> HookCall | None:
    """The call in ``body`` (without its length), or None for anything else (another version)."""
    fields = body.split(b"\0")
    try:
        if fields[0] != VERSION:
            return None
        git_pid, cwd, argc = int(fields[1]), os.fsdecode(fields[2]), int(fields[3])
        if argc < 0 or 4 + argc > len(fields):
            return None
        argv = [os.fsdecode(argument) for argument in fields[4:4 + argc]]
        environ = {}
        for item in fields[4 + argc:]:
            name, equals, value = item.partition(b"=")
            if not equals:
                return None
            environ[os.fsdecode(name)] = os.fsdecode(value)
    except (IndexError, ValueError):
        return None
    return HookCall(git_pid, cwd, argv, environ)


def descriptor_bytes(fds: tuple[int, ...]) -> bytes:
    return b"".join(fd.to_bytes(FD_BYTES, sys.byteorder) for fd in fds)


def descriptors(data: bytes) -> list[int]:
    return [int.from_bytes(data[at:at + FD_BYTES], sys.byteorder)
            for at in range(0, len(data) - len(data) % FD_BYTES, FD_BYTES)]
