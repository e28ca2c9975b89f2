"""The commit-msg side: hand the hook call to the standby and return its exit status.

None means "run it here": no standby, one that declines (another git process or environment), or
one that does not answer within ``ANSWER_SECONDS`` (it may still be importing on a busy machine;
the hook then runs as before). Once the client says go, it waits for the status however long
the hook takes (a passphrase prompt), and a standby that dies without one means the hook runs
here after all: the hook only reads the message and rewrites it whole, so running it twice is safe.
Standard library builtins only (``_socket``, not ``socket``, which imports enum and selectors).
"""

from __future__ import annotations

import _socket
import os

from provenance.standby import place, request

ANSWER_SECONDS = 5.0


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
        connection.sendall(request.GO)
        connection.settimeout(None)
        status = connection.recv(1)
    except OSError:  # no standby listening, or it did not answer in time
        return None
    finally:
        connection.close()
    return status[0] if status else None


def _send(connection: _socket.socket, data: bytes) -> None:
    """``data`` with the standard streams' descriptors riding on its first bytes."""
    streams = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, request.descriptor_bytes(request.STANDARD_STREAMS))]
    sent = connection.sendmsg([data], streams)
    connection.sendall(data[sent:])
