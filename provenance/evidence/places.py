"""Comparing where a record says it was with where the repository is: paths written on any
system (``C:\\Users\\ada\\repo\\a.py``, ``/home/ada/repo/a.py``) and remote URLs in any spelling
(``git@host:org/repo.git``, ``https://user@host/org/repo``)."""

from __future__ import annotations

import posixpath
import re

_DRIVE = re.compile(r"^[A-Za-z]:/")
_SCP_URL = re.compile(r"^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/]+@)?([^/:]+)(?::\d+)?/(.+)$", re.IGNORECASE)


def normalise_path(path: str) -> str:
    """Forward slashes, no trailing slash, ``.``/``..`` resolved; a Windows path keeps its drive
    (in lower case: Windows paths are compared without case)."""
    slashed = path.replace("\\", "/")
    windows = bool(_DRIVE.match(slashed)) or slashed.startswith("//")
    cleaned = posixpath.normpath(slashed) if slashed else slashed
    if slashed.startswith("//") and not cleaned.startswith("//"):
        cleaned = "/" + cleaned  # normpath keeps a UNC prefix only sometimes
    return cleaned.casefold() if windows else cleaned


def is_absolute(path: str) -> bool:
    slashed = path.replace("\\", "/")
    return slashed.startswith("/") or bool(_DRIVE.match(slashed))


def relative_to(top: str, path: str) -> str | None:
    """``path`` relative to the folder ``top`` (both absolute), or None when it is outside."""
    top_n, path_n = normalise_path(top), normalise_path(path)
    if _DRIVE.match(path_n) or _DRIVE.match(top_n):
        top_n, path_n = top_n.casefold(), path_n.casefold()
    if path_n == top_n:
        return ""
    prefix = top_n.rstrip("/") + "/"
    return path_n[len(prefix):] if path_n.startswith(prefix) else None


def resolve(path: str, cwd: str | None) -> str | None:
    """An absolute form of a recorded path (relative ones against the session's cwd)."""
    if is_absolute(path):
        return path
    return f"{cwd.rstrip('/')}/{path}" if cwd and is_absolute(cwd) else None


def normalise_url(url: str) -> str:
    """``host/path`` in lower case without user, port, scheme or ``.git``: the same repository
    however it was cloned."""
    text = url.strip()
    match = _URL.match(text) or _SCP_URL.match(text)
    if match is None:
        return text.rstrip("/").removesuffix(".git").casefold()
    host, rest = match.group(1), match.group(2)
    return f"{host}/{rest.strip('/').removesuffix('.git')}".casefold()
