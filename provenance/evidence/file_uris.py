"""File URIs as tools record them (``file:///home/ada/repo/a.py``, VS Code's
``file:///c%3A/Users/ada/repo/a.py``, ``file://server/share/a.py``) turned into the paths the
matching compares; anything that is not a ``file:`` URI is taken as a path already."""

from __future__ import annotations

import re

_DRIVE_AFTER_SLASH = re.compile(r"^/[A-Za-z]:")


def path_from_file_uri(value: str) -> str:
    """The local path a ``file:`` URI names (percent-escapes decoded, a Windows drive without
    its leading slash, a UNC host as ``//host/…``); other strings unchanged."""
    if not value.lower().startswith("file:"):
        return value
    from urllib.parse import unquote, urlsplit  # only when a URI is met: off the commit hooks' path

    parts = urlsplit(value)
    path = unquote(parts.path)
    if _DRIVE_AFTER_SLASH.match(path):
        return path[1:]
    if parts.netloc and parts.netloc.lower() != "localhost":
        return f"//{parts.netloc}{path}"
    return path
