"""The standby: a Python that has imported the commit-msg hook's modules and runs one hook call for it.

Started in the background by the prepare-commit-msg hook (``entry``), with /dev/null for its
standard streams and Ctrl-C ignored until it runs the call (git ignores it while the editor
runs, so the standby must outlive it too). It listens in its private folder (``place``), imports the hook's modules
(``PRELOADED``), then waits, polling every ``POLL_SECONDS`` whether the git process that started
it is still there and whether the socket is still its own (a later commit's standby replaces
it); either gone, it leaves. A call is run only if it comes from that git process with the very
environment the standby started in; it then runs on the client's own standard streams, in its
working folder, through ``provenance.cli.main`` exactly as in the hook's process, and the standby
exits after answering.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import socket
import sys

from provenance.standby import place, request

POLL_SECONDS = 0.2
_MAX_INHERITED_FD = 1024
# What commit-msg imports on its way, including what it imports only when it needs it (the
# evidence hand-over, the attestation, a rejection), so that a call imports nothing: checked by
# tests/standby/test_preload.py. cryptography's ed25519 makes signing in-process (``signing``).
PRELOADED = (
    "provenance.cli",
    "provenance.hooks.commit_msg",
    "provenance.hooks.evidence_cache",
    "provenance.hooks.attest",
    "provenance.hooks.rejected",
    "provenance.hooks.utf8",
    "provenance.policy.evidence",
    "provenance.evidence.settings",
    "provenance.evidence.source_ids",
    "provenance.evidence.suggest",
    "provenance.attestation.create",
    "provenance.attestation.agent",
    "provenance.attestation.transport",
    "provenance.policy.policy_digest",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
)


def main(message_file: str, git_pid: int) -> None:
    """Serve one commit-msg call of the git process ``git_pid`` committing with ``message_file``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Whatever else the hook inherited from git (a caller's pipe, a trace file) is not held open
    # for as long as the editor is.
    os.closerange(3, _MAX_INHERITED_FD)
    folder = place.folder_for(message_file)
    if not place.enabled(os.environ) or not place.make_private(folder):
        return
    environ = dict(os.environ)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        identity = place.inside(folder, lambda: _listen(listener))
    except OSError:
        return  # a file system without sockets: the hook runs as before
    try:
        for name in PRELOADED:
            importlib.import_module(name)
        listener.settimeout(POLL_SECONDS)
        while _still_wanted(git_pid, folder, identity):
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            with connection:
                if _serve(connection, git_pid, environ):
                    return
    finally:
        listener.close()
        with contextlib.suppress(OSError):
            if _identity(os.stat(os.path.join(folder, place.SOCKET))) == identity:
                os.unlink(os.path.join(folder, place.SOCKET))


def _listen(listener: socket.socket) -> tuple[int, int, int]:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(place.SOCKET)
    listener.bind(place.SOCKET)
    listener.listen(4)
    return _identity(os.stat(place.SOCKET))


def _identity(status: os.stat_result) -> tuple[int, int, int]:
    """Which socket file this is: an inode number alone can come back for the next one bound."""
    return status.st_dev, status.st_ino, status.st_ctime_ns


def _still_wanted(git_pid: int, folder: str, identity: tuple[int, int, int]) -> bool:
    try:
        os.kill(git_pid, 0)
    except ProcessLookupError:
        return False  # the commit is over (done or aborted)
    except PermissionError:
        pass  # it exists, under another user (a pid reused): keep to the socket test
    try:
        return _identity(os.stat(os.path.join(folder, place.SOCKET))) == identity
    except OSError:
        return False


def _serve(connection: socket.socket, git_pid: int, environ: dict[str, str]) -> bool:
    """Run the call on ``connection`` if it is ours to run; True once one was run."""
    connection.settimeout(POLL_SECONDS * 10)
    fds: list[int] = []  # the client's streams, closed here unless handed to _run, which owns them then
    try:
        call = _receive(connection, fds)
        if (call is None or not place.peer_is_us(connection) or len(fds) != len(request.STANDARD_STREAMS)
                or call.git_pid != git_pid or call.environ != environ or len(call.argv) != 3
                or call.argv[:2] != ["hook", "commit-msg"]):
            connection.sendall(request.DECLINED)
            return False
        connection.sendall(request.ACCEPTED)
        if connection.recv(1) != request.GO:
            return False  # the client gave up waiting and runs the hook itself
        streams, fds = fds, []
        status = _run(call, streams)
        with contextlib.suppress(OSError):  # a client gone meanwhile: the call ran all the same
            connection.sendall(bytes([status & 0xFF]))
        return True
    except OSError:
        return False
    finally:
        for fd in fds:
            os.close(fd)


def _receive(connection: socket.socket, fds: list[int]) -> request.HookCall | None:
    """The call the client sent; the descriptors that came with it go into ``fds`` as they arrive,
    so that the caller closes them whatever happens after."""
    data = b""
    want = request.LENGTH_BYTES
    while len(data) < want:
        chunk, ancillary, _flags, _address = connection.recvmsg(
            want - len(data), socket.CMSG_SPACE(request.FD_BYTES * len(request.STANDARD_STREAMS)))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.extend(request.descriptors(payload))
        if not chunk:
            return None
        data += chunk
        if len(data) == request.LENGTH_BYTES and want == request.LENGTH_BYTES:
            length = int.from_bytes(data, "big")
            if length > request.MAX_LENGTH:
                return None
            want += length
    return request.decode(data[request.LENGTH_BYTES:])


def ask_early(message_file: str) -> None:
    """Start the git questions commit-msg is about to ask (``hook_queries``): the settings; HEAD,
    when prepare-commit-msg handed its evidence over; the staged change, when a key will sign it."""
    from provenance.gitio import hook_queries, runner
    from provenance.gitio.repository import git_dir_for_message_file
    from provenance.hooks.attest import signing_key
    from provenance.hooks.evidence_cache import CACHE_FILE

    queries: list[tuple[str, ...]] = [hook_queries.REPO_SETTINGS]
    git_dir = git_dir_for_message_file(message_file)
    if git_dir is not None and os.path.exists(os.path.join(git_dir, CACHE_FILE)):
        queries.append(hook_queries.HEAD_COMMIT)
    if signing_key(os.environ) is not None:
        queries.append(hook_queries.STAGED_PATCH)
    runner.start_early(queries)


def _run(call: request.HookCall, fds: list[int]) -> int:
    """``provenance.cli.main(call.argv)`` on the client's streams (``fds``, which it closes), in
    its folder; its exit status, whatever happens, so that the client never runs the call again."""
    from provenance.cli import main
    from provenance.cli.guard import EXIT_INTERRUPTED

    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    for fd in fds:
        if fd not in request.STANDARD_STREAMS:
            os.close(fd)
    # From here Ctrl-C stops the call as it would stop the hook's own Python (the editor, during
    # which git ignores it, is closed).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        os.chdir(call.cwd)
        ask_early(call.argv[2])
        status = main(call.argv)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except BaseException:  # main guards the hook; this is what escapes it (a failing chdir, say)
        status = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        # Let go of the client's streams: whoever reads git's output through a pipe sees it end.
        null = os.open(os.devnull, os.O_RDWR)
        for target in request.STANDARD_STREAMS:
            os.dup2(null, target)
        os.close(null)
    return status
