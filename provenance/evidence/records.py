"""The summarised record every reader produces, and what a reader reports about its files.

A record keeps what matching and the report need — tool, model, session, time, where the session
ran, which file it wrote and the hashes of the lines it wrote — and nothing of the prompt or the
code. ``source_file`` and ``source_line`` say where it came from, so every match can be traced.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal, NamedTuple

Level = Literal["edit", "activity"]


# NamedTuples, not dataclasses: these are built on the commit hooks' path, where importing
# ``dataclasses`` (and with it ``inspect``) and building frozen dataclass instances cost more than
# the whole hook budget allows (BENCHMARKS.md).
class SessionHints(NamedTuple):
    """Where a session ran, as its records say: any of these can tie it to a repository."""

    cwd: str | None = None
    repository_urls: tuple[str, ...] = ()
    commit_ids: tuple[str, ...] = ()
    project_hashes: tuple[str, ...] = ()
    in_repository: bool = False  # the record file lives in the work tree (aider's chat history)


class EvidenceRecord(NamedTuple):
    """One tool action: an edit (a file and the hashes of the lines written) or, for a local
    inference server, activity at a time with a model and no file."""

    source: str  # registry id, e.g. "claude-code"
    level: Level
    session_id: str | None
    model: str | None
    time: datetime | None  # UTC; None when the record has none (then the file's mtime stands in)
    hints: SessionHints
    source_file: str
    source_line: int
    file_path: str | None = None  # as recorded: absolute, or relative to the session's cwd
    line_hashes: frozenset[str] = frozenset()
    until: datetime | None = None  # for a record that spans time (an aider chat session)
    open_ended: bool = False  # spans from ``time`` to now (the last session of a chat history)


class Skip(NamedTuple):
    """A record or file that was not read, and why (file and line, 0 for the whole file)."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}" if self.line else f"{self.path}: {self.reason}"


class FileLog:
    """What reading one file produced besides records: how many records, which were skipped."""

    __slots__ = ("path", "records_read", "skips")

    def __init__(self, path: str, records_read: int = 0, skips: list[Skip] | None = None) -> None:
        self.path = path
        self.records_read = records_read
        self.skips: list[Skip] = [] if skips is None else skips

    def skip(self, line: int, reason: str) -> None:
        self.skips.append(Skip(self.path, line, reason))


def parse_iso_time(value: object) -> datetime | None:
    """An ISO 8601 time as UTC; a time without a zone is taken as UTC (the tools that write ISO
    times write UTC); None for anything else."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    # Python 3.10 accepts at most 6 fractional digits and needs "+HH:MM".
    text = _trim_fraction(text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _trim_fraction(text: str) -> str:
    dot = text.find(".", 10)
    if dot < 0:
        return text
    end = dot + 1
    while end < len(text) and text[end].isdigit():
        end += 1
    digits = text[dot + 1 : end][:6].ljust(6, "0")
    return f"{text[:dot]}.{digits}{text[end:]}"


def from_epoch(value: object) -> datetime | None:
    """Seconds or milliseconds since the epoch as UTC."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    seconds = value / 1000 if value > 1e11 else value
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
