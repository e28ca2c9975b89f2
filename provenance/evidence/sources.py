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
from dataclasses import dataclass, field

from provenance.evidence.records import EvidenceRecord, FileLog, Level


@dataclass(frozen=True)
class Platform:
    """The machine a scan runs on: ``system`` is "linux", "darwin" or "windows"."""

    system: str
    home: str
    environ: Mapping[str, str] = field(default_factory=dict)
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


ReadFile = Callable[[str, bytes, FileLog], Iterator[EvidenceRecord]]


@dataclass(frozen=True)
class Source:
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
