"""Holding records against a commit: the repository, the time window, then the added lines.

A record belongs to the repository when its session ran in one of its work trees (or a record
names a file in one), or when it names the repository's remote URL, one of its recent commits or
Gemini's hash of its top folder. It falls in the window when its time lies between the window's
start and end. It *matches* when the non-trivial lines it wrote (by hash) are among the commit's
added lines in the same file; a tool counts only when at least ``min_lines`` such lines that are
not imports match, so shared boilerplate never makes a human commit look written by a tool. A
tool whose session in this repository edited a staged file without reaching that is reported as
*touching* it; a local inference server's activity in the window is reported apart, with no file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from provenance.core.digests import sha256_hex
from provenance.evidence.lines import is_trivial, is_weak, line_hash, normalise
from provenance.evidence.places import is_absolute, normalise_url, relative_to, resolve
from provenance.evidence.records import EvidenceRecord
from provenance.gitio.worktrees import RepositoryIdentity

if TYPE_CHECKING:  # the hand-over between the hooks rebuilds reports without reading a diff
    from provenance.gitio.patch import FileAdditions

# How far a commit's time may be behind the records of the edits it holds (clocks, rounding).
COMMIT_SLACK = timedelta(minutes=1)


class AddedLine(NamedTuple):
    path: str
    line: int
    hash: str
    weak: bool


class Target(NamedTuple):
    """What is checked: the non-trivial added lines of the staged changes or of a commit, the
    repository they belong to and the time window records must fall in."""

    description: str
    identity: RepositoryIdentity
    lines: tuple[AddedLine, ...]
    start: datetime
    end: datetime


def added_lines(additions: Sequence[FileAdditions]) -> tuple[AddedLine, ...]:
    """The non-trivial added lines, hashed (binary and non-UTF-8 lines are left out)."""
    found = []
    for file in additions:
        for hunk in file.hunks:
            for offset, raw in enumerate(hunk.lines):
                try:
                    normalised = normalise(raw.decode("utf-8").rstrip("\r"))
                except UnicodeDecodeError:
                    continue
                if not is_trivial(normalised):
                    found.append(AddedLine(file.path, hunk.start_line + offset, line_hash(normalised),
                                           is_weak(normalised)))
    return tuple(found)


def window(since_commit: datetime | None, end: datetime, minimum: timedelta) -> tuple[datetime, datetime]:
    """From the earlier of the previous commit's time and ``end - minimum``, to ``end``."""
    start = end - minimum
    if since_commit is not None and since_commit < start:
        start = since_commit
    return start, end


def _project_hash(top: str) -> str:
    return sha256_hex(top.encode("utf-8", "surrogateescape"))


def repository_link(record: EvidenceRecord, identity: RepositoryIdentity) -> str | None:
    """Why ``record`` belongs to the repository, or None when nothing ties it to it."""
    hints = record.hints
    for top in identity.tops:
        if hints.cwd and relative_to(top, hints.cwd) is not None:
            return "chat history in the work tree" if hints.in_repository else f"session ran in {top}"
        if record.file_path and is_absolute(record.file_path) and relative_to(top, record.file_path) is not None:
            return f"wrote a file in {top}"
    urls = {normalise_url(url) for url in identity.remote_urls}
    if any(normalise_url(url) in urls for url in hints.repository_urls):
        return "session names this repository's remote URL"
    if any(commit in identity.recent_commits for commit in hints.commit_ids):
        return "session started at a commit of this repository"
    hashes = {_project_hash(top) for top in identity.tops}
    if any(value in hashes for value in hints.project_hashes):
        return "project hash of this work tree"
    return None


def repository_path(record: EvidenceRecord, identity: RepositoryIdentity) -> str | None:
    """The file a record wrote, relative to the work tree it lies in; None when outside."""
    if not record.file_path:
        return None
    absolute = resolve(record.file_path, record.hints.cwd)
    for top in identity.tops if absolute else ():
        inside = relative_to(top, absolute or "")
        if inside:
            return inside
    # A moved or re-cloned repository: a path relative to the session's folder is taken as
    # relative to the top (sessions usually run there).
    if not is_absolute(record.file_path):
        relative = record.file_path.replace("\\", "/")
        while relative.startswith("./"):
            relative = relative[2:]
        return relative or None
    if record.hints.cwd:
        return relative_to(record.hints.cwd, record.file_path) or None
    return None


def in_window(record: EvidenceRecord, start: datetime, end: datetime) -> bool:
    if record.time is None:
        return False
    last = end if record.open_ended else (record.until or record.time)
    return record.time <= end + COMMIT_SLACK and last >= start


class ToolEvidence:
    """One tool's evidence for the target: its sessions, models, files and matched lines.

    A plain class, not a dataclass: the commit hooks build these, and importing ``dataclasses``
    costs every hook process about 10 ms (BENCHMARKS.md)."""

    __slots__ = ("agent", "files", "first", "last", "link", "matched", "models", "records", "sessions", "source_id",
                 "tool")

    def __init__(self, source_id: str, link: str, tool: str | None = None, agent: str | None = None) -> None:
        self.source_id = source_id
        self.link = link
        if tool is None or agent is None:
            from provenance.evidence.registry import SOURCES_BY_ID  # every reader: not on a cached run's path

            tool, agent = SOURCES_BY_ID[source_id].tool, SOURCES_BY_ID[source_id].agent
        self.tool = tool  # as a person names it: "Claude Code"
        self.agent = agent  # as Assisted-by names it: "Claude"
        self.models: set[str] = set()
        self.sessions: set[str] = set()
        self.first: datetime | None = None
        self.last: datetime | None = None
        self.files: set[str] = set()
        self.records: set[tuple[str, int]] = set()
        self.matched: set[AddedLine] = set()

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ToolEvidence) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable while the matcher fills it

    def __repr__(self) -> str:
        return f"ToolEvidence({self.source_id!r}, {len(self.matched)} lines, sessions={sorted(self.sessions)!r})"

    @property
    def strong_lines(self) -> int:
        return sum(1 for line in self.matched if not line.weak)

    def add(self, record: EvidenceRecord) -> None:
        if record.model:
            self.models.add(record.model)
        if record.session_id:
            self.sessions.add(record.session_id)
        if record.time is not None:
            self.first = min(self.first, record.time) if self.first else record.time
            self.last = max(self.last, record.until or record.time) if self.last else (record.until or record.time)
        self.records.add((record.source_file, record.source_line))


class EvidenceReport(NamedTuple):
    target: Target
    min_lines: int
    matches: list[ToolEvidence]
    touches: list[ToolEvidence]
    activity: list[ToolEvidence]

    @property
    def total_lines(self) -> int:
        return len(self.target.lines)


def _by_file(lines: Iterable[AddedLine]) -> dict[str, dict[str, list[AddedLine]]]:
    files: dict[str, dict[str, list[AddedLine]]] = defaultdict(lambda: defaultdict(list))
    for line in lines:
        files[line.path][line.hash].append(line)
    return files


# Source id -> (tool, agent), as the sources that were read name them.
SourceNames = Mapping[str, tuple[str, str]]


def _tool_evidence(found: dict[str, ToolEvidence], source_id: str, link: str,
                   names: SourceNames | None) -> ToolEvidence:
    if source_id not in found:
        tool, agent = names[source_id] if names is not None and source_id in names else (None, None)
        found[source_id] = ToolEvidence(source_id, link, tool, agent)
    return found[source_id]


def match(records: Iterable[EvidenceRecord], target: Target, min_lines: int,
          names: SourceNames | None = None) -> EvidenceReport:
    """Each tool's evidence for ``target``: matches (at least ``min_lines`` non-import lines),
    touches (a staged file edited, too few lines) and local inference activity. ``names``: each
    source's tool and agent (else the registry's)."""
    staged = _by_file(target.lines)
    edits: dict[str, ToolEvidence] = {}
    activity: dict[str, ToolEvidence] = {}
    for record in records:
        if not in_window(record, target.start, target.end):
            continue
        if record.level == "activity":
            _tool_evidence(activity, record.source, "local activity in the window", names).add(record)
            continue
        link = repository_link(record, target.identity)
        path = repository_path(record, target.identity) if link else None
        if link is None or path is None or path not in staged:
            continue
        evidence = _tool_evidence(edits, record.source, link, names)
        evidence.add(record)
        evidence.files.add(path)
        for hashed in record.line_hashes & staged[path].keys():
            evidence.matched.update(staged[path][hashed])
    matches = [e for e in edits.values() if e.strong_lines >= min_lines]
    touches = [e for e in edits.values() if e.strong_lines < min_lines]
    return EvidenceReport(target, min_lines, matches, touches, list(activity.values()))
