"""aider's chat history: ``.aider.chat.history.md`` in the repository's top folder (aider's
``--chat-history-file``, also set by ``AIDER_CHAT_HISTORY_FILE``; a relative name is taken from the
top folder).

Format from ../shared/research/record-formats.md (aider's own source is not read here): Markdown,
each session starting ``# aider chat started at YYYY-MM-DD HH:MM:SS`` in *local time without a
zone* (taken here in this machine's time zone, which is where aider ran); user turns are
``#### …`` lines, aider's own output is quoted (``> Main model: NAME with … edit format``,
``> Applied edit to PATH``, ``> Commit abc1234 …``). Edits are the assistant's SEARCH/REPLACE
blocks (a file name line, then ``<<<<<<< SEARCH``, old lines, ``=======``, the new lines,
``>>>>>>> REPLACE``) or, in the udiff format, ``+++ PATH`` followed by ``+`` lines. Paths are
relative to the repository top. A session spans from its header to the next one (the last one
is open). Whole-file replies (the ``whole`` edit format) are not read yet.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

from provenance.evidence.lines import written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_HEADER = re.compile(r"^# aider chat started at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")
_MODEL = re.compile(r"^> (?:Main )?[Mm]odel: (\S+)")
_SEARCH = re.compile(r"^<{5,9} SEARCH\b")
_DIVIDER = re.compile(r"^={5,9}\s*$")
_REPLACE = re.compile(r"^>{5,9} REPLACE\b")
_UDIFF_TARGET = re.compile(r"^\+\+\+ (?:b/)?(\S.*)$")
_FENCE = re.compile(r"^(```|~~~)")


def _locations(platform: Platform) -> list[str]:
    name = platform.env("AIDER_CHAT_HISTORY_FILE") or ".aider.chat.history.md"
    return [os.path.join(top, name) for top in platform.repository_tops]


@dataclass
class _Edit:
    path: str
    line: int
    udiff: bool = False
    in_replace: bool = False
    added: list[str] = field(default_factory=list)


@dataclass
class _Session:
    start: datetime | None
    header_line: int
    model: str | None = None
    edits: list[_Edit] = field(default_factory=list)


def _local_time(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").astimezone(timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


class _Parser:
    """Reads the history line by line: sessions, their model, and their edit blocks."""

    def __init__(self) -> None:
        self.sessions: list[_Session] = [_Session(None, 0)]
        self.previous = ""  # the last line outside a block that could name a file
        self.block: _Edit | None = None

    def feed(self, number: int, line: str) -> None:
        header = _HEADER.match(line)
        if header:
            self.close()
            self.sessions.append(_Session(_local_time(header.group(1)), number))
        elif self.block is not None and self._block_line(line):
            return
        elif _SEARCH.match(line.strip()):
            self.block = _Edit(self.previous.strip().strip("`*"), number)
        elif (target := _UDIFF_TARGET.match(line)) and not line.startswith("+++ /dev/null"):
            self.block = _Edit(target.group(1).strip(), number, udiff=True, in_replace=True)
        elif (model := _MODEL.match(line)) and self.sessions[-1].model is None:
            self.sessions[-1].model = model.group(1)
        elif line.strip() and not _FENCE.match(line.strip()):
            self.previous = line

    def _block_line(self, line: str) -> bool:
        """Take ``line`` into the open block; False when it ends a udiff block and is itself
        to be read as an ordinary line (the next file's header)."""
        block = self.block
        assert block is not None
        stripped = line.strip()
        if block.udiff:
            if _FENCE.match(stripped) or line.startswith(("--- ", "+++ ")):
                self.close()
                return not line.startswith("+++ ")
            if line.startswith("+"):
                block.added.append(line[1:])
        elif _REPLACE.match(stripped):
            self.close()
        elif _DIVIDER.match(stripped) and not block.in_replace:
            block.in_replace = True
        elif block.in_replace:
            block.added.append(line)
        return True

    def close(self) -> None:
        if self.block is not None and self.block.path and self.block.added:
            self.sessions[-1].edits.append(self.block)
        self.block = None


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    parser = _Parser()
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError as exc:
            log.skip(number, f"not UTF-8 (byte {exc.start})")
            continue
        parser.feed(number, line)
    parser.close()
    sessions = [s for s in parser.sessions if s.header_line or s.edits]
    log.records_read += sum(len(s.edits) for s in sessions)
    folder = os.path.dirname(path)
    for index, session in enumerate(sessions):
        following = sessions[index + 1].start if index + 1 < len(sessions) else None
        session_id = f"aider@{session.start.isoformat()}" if session.start else None
        for edit in session.edits:
            yield EvidenceRecord(
                source=SOURCE.id, level="edit", session_id=session_id, model=session.model, time=session.start,
                until=following, open_ended=following is None, hints=SessionHints(cwd=folder, in_repository=True),
                source_file=path, source_line=edit.line, file_path=edit.path,
                line_hashes=written_line_hashes(edit.added),
            )  # fmt: skip


SOURCE = Source(
    id="aider", tool="aider", agent="aider", level="edit",
    basis="../shared/research/record-formats.md (observed chat histories)",
    best_effort=False, environment=("AIDER_CHAT_HISTORY_FILE",), locations=_locations,
    file_names=(".aider.chat.history.md",), read=read,
)  # fmt: skip
