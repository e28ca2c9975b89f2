"""Where the standby listens: ``<git dir>/provenance-standby/socket``, in a folder only its owner can enter.

The git dir is the one holding the message file git passes both hooks (a linked worktree's own).
The folder must be a real directory owned by this user with no access for others: in a shared
repository (core.sharedRepository) another user could otherwise put a socket there and receive the
hook's terminal, or answer for it. A socket's path is limited to ~104 bytes, so both sides reach
it from inside the folder (a relative name), and go back to where they were.
Standard library builtins only: the client imports this on every commit-msg.
"""

from __future__ import annotations

import _socket
import os
import stat
import sys

TYPE_CHECKING = False  # typing itself costs the client ~3 ms of imports; mypy reads this name as true
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import TypeVar

    Result = TypeVar("Result")

FOLDER = "provenance-standby"
SOCKET = "socket"
DISABLE_VARIABLE = "GIT_PROVENANCE_STANDBY"


def folder_for(message_file: str) -> str:
    return os.path.join(os.path.dirname(os.path.abspath(message_file)), FOLDER)


def enabled(environ: Mapping[str, str]) -> bool:
    return os.name == "posix" and environ.get(DISABLE_VARIABLE, "1") != "0"


def is_private(folder: str) -> bool:
    """The folder is a directory (not a link) of this user's that nobody else may enter."""
    try:
        return _private(os.lstat(folder))
    except OSError:
        return False


def _private(status: os.stat_result) -> bool:
    return (stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid()
            and stat.S_IMODE(status.st_mode) & 0o077 == 0)


def make_private(folder: str) -> bool:
    """Create the folder (or find the one an earlier standby made); False when it is not private."""
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    return is_private(folder)


def inside(folder: str, action: Callable[[], Result]) -> Result:
    """``action()`` run with the folder as the working folder, which is then restored. The folder
    is opened without following a link and checked once open, so it cannot be swapped for another
    between the check and the socket; ``PermissionError`` when it is not private."""
    back = os.open(".", os.O_RDONLY)
    try:
        opened = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0))
        try:
            if not _private(os.fstat(opened)):
                raise PermissionError(f"{folder} is not private")
            os.fchdir(opened)
        finally:
            os.close(opened)
        return action()
    finally:
        os.fchdir(back)
        os.close(back)


def peer_is_us(connection: _socket.socket) -> bool:
    """The process at the other end of a Unix socket runs as this user (Linux's SO_PEERCRED; where
    the system does not tell, the private folder alone stands)."""
    option = getattr(_socket, "SO_PEERCRED", None)
    if option is None:
        return True
    credentials = connection.getsockopt(_socket.SOL_SOCKET, option, 12)  # struct ucred: pid, uid, gid
    return int.from_bytes(credentials[4:8], sys.byteorder) == os.getuid()
