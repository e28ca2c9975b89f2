"""The client and the standby's side of the protocol, in process: what is run, declined or given up.

The standby's ``_run`` (which puts the client's streams in place of its own) is replaced by a
recorder here, so the test process keeps its streams; test_standby.py runs the real one."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.standby import client, place, request, server

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the standby is POSIX only")


class Standby:
    """A standby's listener in a private folder, serving one connection on a thread."""

    def __init__(self, git_dir: Path, git_pid: int, environ: dict[str, str]) -> None:
        self.message_file = str(git_dir / "COMMIT_EDITMSG")
        folder = place.folder_for(self.message_file)
        assert place.make_private(folder)
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(os.path.join(folder, place.SOCKET))
        self.listener.listen(1)
        self.served: list[bool] = []
        self.thread = threading.Thread(target=self._serve_one, args=(git_pid, environ), daemon=True)
        self.thread.start()

    def _serve_one(self, git_pid: int, environ: dict[str, str]) -> None:
        connection, _ = self.listener.accept()
        with connection:
            self.served.append(server._serve(connection, git_pid, environ))

    def close(self) -> None:
        self.thread.join(timeout=10)
        self.listener.close()


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> list[request.HookCall]:
    calls: list[request.HookCall] = []

    def record(call: request.HookCall, fds: list[int]) -> int:
        for fd in fds:
            os.close(fd)
        calls.append(call)
        return 7

    monkeypatch.setattr(server, "_run", record)
    monkeypatch.setattr(server, "ask_early", lambda message_file: None)
    return calls


@pytest.fixture
def git_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "repo" / ".git"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def standby_for(git_dir: Path) -> Iterator[list[Standby]]:
    made: list[Standby] = []
    yield made
    for standby in made:
        standby.close()


def _start(standby_for: list[Standby], git_dir: Path, git_pid: int | None = None,
           environ: dict[str, str] | None = None) -> Standby:
    standby = Standby(git_dir, os.getppid() if git_pid is None else git_pid,
                      dict(os.environ) if environ is None else environ)
    standby_for.append(standby)
    return standby


def test_the_call_runs_on_the_standby_and_its_status_comes_back(
        git_dir: Path, ran: list[request.HookCall], standby_for: list[Standby]) -> None:
    standby = _start(standby_for, git_dir)
    argv = ["hook", "commit-msg", standby.message_file]
    assert client.ask(argv) == 7
    standby.close()
    assert standby.served == [True]
    assert [(call.argv, call.cwd, call.git_pid, call.environ) for call in ran] == [
        (argv, os.getcwd(), os.getppid(), dict(os.environ))]


@pytest.mark.parametrize("mismatch", ["environment", "git process"])
def test_a_call_from_another_environment_or_git_process_is_declined(
        git_dir: Path, ran: list[request.HookCall], standby_for: list[Standby], mismatch: str) -> None:
    if mismatch == "environment":
        standby = _start(standby_for, git_dir, environ={**os.environ, "GIT_PROVENANCE_CONFIG": "other.toml"})
    else:
        standby = _start(standby_for, git_dir, git_pid=os.getppid() + 1)
    assert client.ask(["hook", "commit-msg", standby.message_file]) is None
    standby.close()
    assert standby.served == [False] and ran == []


def test_only_a_plain_commit_msg_call_is_asked(git_dir: Path, ran: list[request.HookCall],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    message_file = str(git_dir / "COMMIT_EDITMSG")
    assert client.ask(["hook", "prepare-commit-msg", message_file]) is None
    assert client.ask(["hook", "commit-msg", message_file, "--config", "x.toml"]) is None
    assert client.ask(["hook", "commit-msg", message_file]) is None  # no folder, so no standby
    monkeypatch.setenv(place.DISABLE_VARIABLE, "0")
    assert client.ask(["hook", "commit-msg", message_file]) is None


def test_a_standby_that_does_not_answer_is_given_up(git_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "ANSWER_SECONDS", 0.2)
    message_file = str(git_dir / "COMMIT_EDITMSG")
    folder = place.folder_for(message_file)
    assert place.make_private(folder)
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        silent.bind(os.path.join(folder, place.SOCKET))
        silent.listen(1)  # connections queue, nobody answers
        assert client.ask(["hook", "commit-msg", message_file]) is None
    finally:
        silent.close()


def _raw(data: bytes, monkeypatch: pytest.MonkeyPatch, fds: tuple[int, ...] = request.STANDARD_STREAMS,
         then: bytes = b"") -> tuple[bool, bytes]:
    """What ``_serve`` makes of ``data`` sent as a client would (with ``fds``), and what it answered."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with ours, theirs:
        ours.sendmsg([data], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, request.descriptor_bytes(fds))] if fds else [])
        if then:
            ours.sendall(then)
        ours.shutdown(socket.SHUT_WR)
        served = server._serve(theirs, os.getppid(), dict(os.environ))
        theirs.shutdown(socket.SHUT_WR)
        answer = b"".join(iter(lambda: ours.recv(64), b""))
    return served, answer


def _encoded(argv: list[str] | None = None) -> bytes:
    return request.encode(request.HookCall(os.getppid(), os.getcwd(), argv or ["hook", "commit-msg", "m"],
                                           dict(os.environ)))


def test_the_standby_runs_nothing_it_cannot_read_or_was_not_told_to(
        ran: list[request.HookCall], monkeypatch: pytest.MonkeyPatch) -> None:
    too_long = (request.MAX_LENGTH + 1).to_bytes(request.LENGTH_BYTES, "big")
    cases = {
        "garbage": (b"\x00\x00\x00\x05hello", request.STANDARD_STREAMS, request.GO),
        "too long": (too_long, request.STANDARD_STREAMS, request.GO),
        "no streams": (_encoded(), (), request.GO),
        "another hook": (_encoded(["hook", "prepare-commit-msg", "m"]), request.STANDARD_STREAMS, request.GO),
        "no go": (_encoded(), request.STANDARD_STREAMS, b""),
        "cut short": (_encoded()[:20], request.STANDARD_STREAMS, b""),
    }
    for name, (data, fds, then) in cases.items():
        served, answer = _raw(data, monkeypatch, fds, then)
        assert not served, name
        assert answer in (request.DECLINED, request.ACCEPTED, b""), name
    assert ran == []
    served, answer = _raw(_encoded(), monkeypatch, request.STANDARD_STREAMS, request.GO)
    assert served and answer == request.ACCEPTED + bytes([7]) and len(ran) == 1


def test_the_standby_leaves_when_its_git_process_is_gone(tmp_path: Path) -> None:
    folder = tmp_path / place.FOLDER
    folder.mkdir(mode=0o700)
    (folder / place.SOCKET).write_text("")
    identity = server._identity((folder / place.SOCKET).stat())
    assert server._still_wanted(os.getpid(), str(folder), identity)
    assert not server._still_wanted(_a_finished_pid(), str(folder), identity)
    (folder / "later").write_text("")  # made while the first exists: another inode
    os.replace(folder / "later", folder / place.SOCKET)  # a later commit's standby took the place
    assert not server._still_wanted(os.getpid(), str(folder), identity)
    (folder / place.SOCKET).unlink()
    assert not server._still_wanted(os.getpid(), str(folder), identity)


def _a_finished_pid() -> int:
    import subprocess

    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
