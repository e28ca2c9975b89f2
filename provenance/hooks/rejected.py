"""Copies of rejected commit messages, kept in the git dir so no typed text is lost.

The newest is ``PROVENANCE_REJECTED_MSG``; the ones before it are ``PROVENANCE_REJECTED_MSG.1``
(the previous) to ``.4``, so a long message rejected from the editor survives a quick
``git commit -m wip`` that is rejected after it. Each holds the bytes git would have committed.
"""

from __future__ import annotations

import os

REJECTED_COPY = "PROVENANCE_REJECTED_MSG"
KEPT_COPIES = 5


def copy_paths(git_dir: str) -> list[str]:
    """The copies' paths, newest first."""
    newest = os.path.abspath(os.path.join(git_dir, REJECTED_COPY))
    return [newest] + [f"{newest}.{number}" for number in range(1, KEPT_COPIES)]


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def _shift_older(paths: list[str]) -> None:
    """Each copy moves one place back; the oldest falls off the end."""
    for older, newer in zip(reversed(paths[1:]), reversed(paths[:-1]), strict=True):
        if os.path.exists(newer):
            os.replace(newer, older)


def keep_rejected(git_dir: str, data: bytes) -> str | None:
    """Save ``data`` as the newest copy and return its path (None if it cannot be written).

    The same message rejected twice in a row is kept once, so retries do not push out older text.
    """
    paths = copy_paths(git_dir)
    try:
        if not _same_bytes(paths[0], data):
            _shift_older(paths)
            with open(paths[0], "wb") as handle:
                handle.write(data)
    except OSError:
        return None
    return paths[0]


def has_earlier_copies(git_dir: str) -> bool:
    return os.path.exists(copy_paths(git_dir)[1])
