"""Reading an AI tool's SQLite store: read-only, never waiting long on a tool that holds its lock,
and never failing — a store that cannot be opened or queried is skipped with the reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from provenance.evidence.records import FileLog

_Rows = TypeVar("_Rows")
# A tool writing its store holds the lock for milliseconds; a commit does not wait for more.
BUSY_TIMEOUT_SECONDS = 0.2


def read_only_uri(path: str) -> str:
    """``path`` as a read-only SQLite ``file:`` URI (its ``%``, ``?`` and ``#`` escaped, which the
    URI would otherwise read as an escape, the query or the fragment)."""
    escaped = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?mode=ro"


def query_store(path: str, log: FileLog, query: Callable[[sqlite3.Connection], _Rows],
                unreadable: str = "an unknown schema, or locked") -> _Rows | None:
    """What ``query`` reads from the store at ``path``; None, with the reason skipped in ``log``
    (``unreadable`` says what a failing query may mean for this store), when it cannot."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        log.skip(0, f"cannot open the database ({exc})")
        return None
    try:
        return query(connection)
    except sqlite3.Error as exc:
        log.skip(0, f"cannot query the database ({exc}); {unreadable}")
        return None
    finally:
        connection.close()
