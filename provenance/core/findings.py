"""What a check reports: a finding, its severity and where it points.

A finding points at one of three kinds of place: a line of the commit message (or the whole
message), a span of lines in a file the commit changes, or a record in a local log file (the
evidence and audit logs kept beside a repository). Output formats choose how to show each kind.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

# A notice is reported and never fails anything: something worth knowing, not a fault.
Severity = Literal["error", "warning", "notice", "off"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "notice", "off")


class MessageLine(NamedTuple):
    """A 1-based line of the commit message; ``line`` None means the message as a whole."""

    line: int | None = None


WHOLE_MESSAGE = MessageLine()


class FileSpan(NamedTuple):
    """Lines ``start_line``..``end_line`` (1-based, inclusive) of ``path`` as the commit leaves it."""

    path: str
    start_line: int
    end_line: int


class LogRecord(NamedTuple):
    """A record of a local log file: the file, the 1-based line it starts on and its id, if it has one."""

    path: str
    line: int
    record_id: str | None = None


Location = MessageLine | FileSpan | LogRecord


def _flat_location(line: int | None, path: str | None, end_line: int | None) -> Location:
    if path is None:
        return MessageLine(line)
    start = line if line is not None else 1
    return FileSpan(path, start, end_line if end_line is not None else start)


class _FindingFields(NamedTuple):
    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    location: Location
    hint: tuple[str, ...]


class Finding(_FindingFields):
    """One thing a rule found on one commit, at ``location``; ``hint`` lines say what to write."""

    __slots__ = ()

    # The flat keywords (line=, path=, end_line=) are how findings were built before locations
    # became general; they still give a MessageLine, or a FileSpan when a path is named.
    def __new__(  # noqa: PLR0913 - the flat keywords keep earlier callers working
        cls, rule_id: str, rule_name: str, severity: Severity, message: str,
        line: int | None = None, hint: tuple[str, ...] = (), *,
        path: str | None = None, end_line: int | None = None, location: Location | None = None,
    ) -> Finding:
        return super().__new__(cls, rule_id, rule_name, severity, message,
                               location or _flat_location(line, path, end_line), tuple(hint))

    @property
    def line(self) -> int | None:
        """The first line the finding points at: in the message, the file or the log."""
        location = self.location
        return location.start_line if isinstance(location, FileSpan) else location.line

    @property
    def path(self) -> str | None:
        """The file the finding points into; None for the commit message."""
        return None if isinstance(self.location, MessageLine) else self.location.path

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"rule": self.rule_name, "id": self.rule_id, "severity": self.severity,
                                   "message": self.message, "line": self.line, "hint": list(self.hint)}
        location = self.location
        if isinstance(location, FileSpan):
            data.update(path=location.path, end_line=location.end_line)
        elif isinstance(location, LogRecord):
            data.update(path=location.path, record=location.record_id)
        return data


def reading_order(finding: Finding) -> tuple[int, int]:
    """Sort key: message-wide findings, then message lines in order, then files, then logs.

    Sorting is stable, so findings on files and logs keep the order their rule gave them.
    """
    location = finding.location
    if isinstance(location, MessageLine):
        return (0, -1 if location.line is None else location.line)
    return (1, 0) if isinstance(location, FileSpan) else (2, 0)
