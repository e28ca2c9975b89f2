"""aider's chat history: ``.aider.chat.history.md`` in the repository's top folder (aider's
``--chat-history-file``, also set by ``AIDER_CHAT_HISTORY_FILE``; a relative name is taken from the
top folder).

Format from ../shared/research/record-formats.md (aider's own source is not read here): Markdown,
each session starting ``# aider chat started at YYYY-MM-DD HH:MM:SS`` in *local time without a
zone* (taken here in this machine's time zone, which is where aider ran); user turns are
``#### …`` lines, aider's own output is quoted (``> Main model: NAME with … edit format``,
``> Applied edit to PATH``, ``> Commit abc1234 …``). Edits are the assistant's SEARCH/REPLACE
blocks (a file name line, then ``<<<<<<< SEARCH``, old lines, ``=======``, the new lines,
``>>>>>>> REPLACE``) or, in the udiff format, ``+++ PATH`` followed by ``+`` lines. In the
``whole`` edit format (and ``editor-whole``) the assistant writes the file name alone on a line,
then the whole new file in a fenced block (```` ``` ```` or ``~~~``, possibly longer, with a
language or not); such a block counts only when aider's ``> Applied edit to PATH`` for the same
file follows in the same session, since a fenced block after a file name may as well be code
shown in an answer. A fenced block holding SEARCH/REPLACE or a udiff is read as that, never as a
whole file. Paths are relative to the repository top. A session spans from its header to the
next one (the last one is open).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
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
_FENCE_OPENING = re.compile(r"^(`{3,}|~{3,})[^`~]*$")
_APPLIED = re.compile(r"^> Applied edit to (.+?)\s*$")
_NOT_A_FILE_NAME = ("#", ">", "-", "+", "<", "=", "@")


def _locations(platform: Platform) -> list[str]:
    name = platform.env("AIDER_CHAT_HISTORY_FILE") or ".aider.chat.history.md"
    return [os.path.join(top, name) for top in platform.repository_tops]


class _Edit:
    """One edit block: the file, the history line it starts on and the lines it writes."""

    __slots__ = ("added", "in_replace", "line", "path", "udiff")

    def __init__(self, path: str, line: int, udiff: bool = False, in_replace: bool = False) -> None:
        self.path = path
        self.line = line
        self.udiff = udiff
        self.in_replace = in_replace
        self.added: list[str] = []


class _Session:
    __slots__ = ("applied", "edits", "header_line", "model", "start", "wholes")

    def __init__(self, start: datetime | None, header_line: int) -> None:
        self.start = start
        self.header_line = header_line
        self.model: str | None = None
        self.edits: list[_Edit] = []
        self.wholes: list[_Edit] = []  # whole-file blocks, read once aider says it applied them
        self.applied: set[str] = set()

    def confirmed_edits(self) -> list[_Edit]:
        wholes = [whole for whole in self.wholes if _same_path(whole.path) in self.applied]
        return sorted([*self.edits, *wholes], key=lambda edit: edit.line)


def _same_path(path: str) -> str:
    return path.strip().strip("`").replace("\\", "/")


def _file_name(line: str) -> str | None:
    """The file a whole-file block names on the line before its fence, if it can be one."""
    name = line.strip().strip("`*").rstrip(":").strip()
    if not name or len(name) > 400 or name.startswith(_NOT_A_FILE_NAME):
        return None
    return name


def _closes(stripped: str, opening: str) -> bool:
    """Whether a line closes a fence opened by ``opening`` (the same character, at least as many)."""
    return len(stripped) >= len(opening) and stripped == opening[0] * len(stripped)


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
        self.last_line = ""  # the line just before, whatever it was
        self.block: _Edit | None = None
        self.fence: str | None = None  # the opening of the fenced block the line is in
        self.whole: _Edit | None = None  # a fenced block after a file name: maybe a whole file

    def feed(self, number: int, line: str) -> None:
        header = _HEADER.match(line)
        if header:
            self.close()
            self.fence = self.whole = None
            self.sessions.append(_Session(_local_time(header.group(1)), number))
        else:
            self._whole_file(number, line)
            self._edit_blocks(number, line)
        self.last_line = line

    def _whole_file(self, number: int, line: str) -> None:
        """Follow fenced blocks; collect one that follows a file name as a possible whole file."""
        stripped = line.strip()
        applied = _APPLIED.match(line)
        if applied:
            self.sessions[-1].applied.add(_same_path(applied.group(1)))
            self.fence = self.whole = None  # aider speaks: any reply (and its fences) is over
        elif self.fence is None:
            opening = _FENCE_OPENING.match(stripped)
            if opening:
                self.fence = opening.group(1)
                name = _file_name(self.last_line) if self.block is None else None
                self.whole = _Edit(name, number) if name else None
        elif _closes(stripped, self.fence):
            if self.whole is not None and self.whole.added:
                self.sessions[-1].wholes.append(self.whole)
            self.fence = self.whole = None
        elif self.whole is not None:
            diff = _SEARCH.match(stripped) or (not self.whole.added and line.startswith(("--- ", "+++ ", "@@")))
            if diff:
                self.whole = None  # a SEARCH/REPLACE or udiff block in a fence: read as that
            else:
                self.whole.added.append(line)

    def _edit_blocks(self, number: int, line: str) -> None:
        if self.block is not None and self._block_line(line):
            return
        if _SEARCH.match(line.strip()):
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
    sessions = [(s, s.confirmed_edits()) for s in parser.sessions]
    sessions = [(s, edits) for s, edits in sessions if s.header_line or edits]
    log.records_read += sum(len(edits) for _, edits in sessions)
    folder = os.path.dirname(path)
    for index, (session, edits) in enumerate(sessions):
        following = sessions[index + 1][0].start if index + 1 < len(sessions) else None
        session_id = f"aider@{session.start.isoformat()}" if session.start else None
        for edit in edits:
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
