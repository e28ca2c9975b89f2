"""What a source is: a tool, where its records live on each system, and the reader for one file.

A ``Source`` names its default locations as a function of the ``Platform`` (system, home folder,
environment, the repository's top), honouring the tool's own environment overrides; the user's
settings add paths or turn it off. ``best_effort`` marks sources whose format was learnt from
observed records rather than the tool's own source code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from provenance.evidence.records import EvidenceRecord, FileLog, Level

_NO_ENVIRONMENT: Mapping[str, str] = MappingProxyType({})


class Platform(NamedTuple):
    """The machine a scan runs on: ``system`` is "linux", "darwin" or "windows"."""

    system: str
    home: str
    environ: Mapping[str, str] = _NO_ENVIRONMENT
    repository_tops: tuple[str, ...] = ()

    @classmethod
    def current(cls, repository_tops: tuple[str, ...] = ()) -> Platform:
        system = "windows" if sys.platform.startswith("win") else "darwin" if sys.platform == "darwin" else "linux"
        return cls(system, os.path.expanduser("~"), dict(os.environ), repository_tops)

    def env(self, name: str) -> str | None:
        value = self.environ.get(name, "").strip()
        return value or None

    def join_home(self, *parts: str) -> str:
        return os.path.join(self.home, *parts)

    def xdg_data_home(self) -> str:
        return self.env("XDG_DATA_HOME") or self.join_home(".local", "share")

    def xdg_config_home(self) -> str:
        return self.env("XDG_CONFIG_HOME") or self.join_home(".config")

    def local_app_data(self) -> str:
        return self.env("LOCALAPPDATA") or self.join_home("AppData", "Local")

    def app_config_home(self) -> str:
        """Where desktop applications keep their settings and data (VS Code's ``Code/User``, Jan):
        ``%APPDATA%`` on Windows, ``~/Library/Application Support`` on macOS, the XDG config folder
        elsewhere."""
        if self.system == "windows":
            return self.env("APPDATA") or self.join_home("AppData", "Roaming")
        if self.system == "darwin":
            return self.join_home("Library", "Application Support")
        return self.xdg_config_home()


ReadFile = Callable[[str, bytes, FileLog], Iterator[EvidenceRecord]]

# Reading the complete lines appended to a file after an earlier part was read: ``state`` is what
# the reader kept from the earlier lines (a JSON object, empty at the file's start), updated in
# place; line numbers count from 1 at the first appended line (the index adds the lines before).
ResumeRead = Callable[[str, bytes, FileLog, dict[str, Any]], Iterator[EvidenceRecord]]


def stateless(read: ReadFile) -> ResumeRead:
    """The resume reader of a line format whose lines need nothing from earlier lines."""

    def resume(path: str, data: bytes, log: FileLog, state: dict[str, Any]) -> Iterator[EvidenceRecord]:
        return read(path, data, log)

    resume.stateless_read = read  # type: ignore[attr-defined]  # the catalogue rebuilds it from the read
    return resume


class Source(NamedTuple):
    """One tool's records: where they are and how one file of them is read."""

    id: str
    tool: str  # as a person names it: "Claude Code"
    agent: str  # as Assisted-by names it: "Claude"
    level: Level
    basis: str  # where the format was learnt (file and version of the tool's source, or notes)
    best_effort: bool
    environment: tuple[str, ...]  # the tool's own variables that move its records
    locations: Callable[[Platform], list[str]]
    file_names: tuple[str, ...]  # fnmatch patterns of the record files inside a location folder
    read: ReadFile
    # A database the reader opens itself (SQLite): it is given the path and no bytes.
    opens_itself: bool = False
    # Files that only grow, one record a line (JSONL, logs): the index reads only their new lines.
    # Reading the whole file must give what reading it in pieces with ``resume`` gives.
    resume: ResumeRead | None = None
    resume_names: tuple[str, ...] = ("*",)  # fnmatch patterns of the files ``resume`` can read
    # ``locations`` reads a file (LM Studio's home pointer), so the catalogue asks it every time.
    locations_read_files: bool = False
    # Other files ``read`` reads for a record file, relative to its folder (the project a Gemini
    # chat belongs to, a Jan thread's model, a Cline task's folder): a change to one of them is a
    # change to the record file's records, so the index reads the file again, whole.
    side_files: tuple[str, ...] = ()
