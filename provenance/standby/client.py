"""The commit-msg side: hand the hook call to the standby and return its exit status.

None means "run it here": no standby, one that declines (another git process or environment),
one of another user, or one that does not answer within ``ANSWER_SECONDS`` (it may still be
importing on a busy machine; the hook then runs as before). Once the client says go, it waits
for the status however long the hook takes (a passphrase prompt). The standby answers whatever
the call does; only a standby killed mid-call ends without a status, and then the hook runs here
after all. That second run keeps the message safe, as any run does, but what the first one had
already taken is gone: an amend marker (so an amend is checked as a new commit) or the evidence
hand-over (read again). Ctrl-C while waiting ends the hook as it ends the hook's own Python.
Standard library builtins only (``_socket``, not ``socket``, which imports enum and selectors).
"""

from __future__ import annotations

import _socket
import os

from provenance.standby import place, request

ANSWER_SECONDS = 5.0
_INTERRUPTED = 130  # cli.guard.EXIT_INTERRUPTED, which the client does not import


def ask(argv: list[str]) -> int | None:
    """The exit status of ``git-provenance ARGV`` run by the standby, or None to run it here."""
    if len(argv) != 3 or argv[:2] != ["hook", "commit-msg"] or not place.enabled(os.environ):
        return None
    folder = place.folder_for(argv[2])
    if not place.is_private(folder):
        return None
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(ANSWER_SECONDS)
        place.inside(folder, lambda: connection.connect(place.SOCKET))
        call = request.HookCall(os.getppid(), os.getcwd(), argv, dict(os.environ))
        _send(connection, request.encode(call))
        if connection.recv(1) != request.ACCEPTED:
            return None
        if not place.peer_is_us(connection):
            return None
        connection.sendall(request.GO)
        connection.settimeout(None)
        status = connection.recv(1)
    except OSError:  # no standby listening, or it did not answer in time
        return None
    except KeyboardInterrupt:  # the standby got the Ctrl-C too, and says it was aborted
        return _INTERRUPTED
    finally:
        connection.close()
    return status[0] if status else None


def _send(connection: _socket.socket, data: bytes) -> None:
    """``data`` with the standard streams' descriptors riding on its first bytes."""
    streams = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, request.descriptor_bytes(request.STANDARD_STREAMS))]
    sent = connection.sendmsg([data], streams)
    connection.sendall(data[sent:])
