"""The sources as a scan needs them, without importing every reader: the catalogue.

Knowing where a source's records live means calling its ``locations``, which lives in its reader
module, and importing all ~25 reader modules costs a commit hook ~15 ms (BENCHMARKS.md, the hook
budget) although a warm index reads no file. So the indexed scan keeps, beside the index, what the
registry's sources said last time: their metadata, their locations for this platform and where
their reading functions are. It is used while nothing they depend on changed — the evidence
package's files (size and time of each module: a changed or added reader), the system, the home
folder, the repository tops, and every environment variable a source's ``locations`` may read
(its ``environment`` and the common folders' variables; ``tests/evidence/test_catalogue.py``
checks that no source reads another). A source whose locations depend on a file's contents
(``locations_read_files``) is always asked anew. The reading functions load their module on
first call: only a file that changed imports its reader.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from provenance.core.digests import sha256_hex
from provenance.evidence.sources import Platform, Source, stateless

VERSION = 1
FILE_NAME = "evidence-sources.json"
# What the platform's common folders read (sources.Platform), besides each source's own variables.
COMMON_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA")
_METADATA = ("id", "tool", "agent", "level", "basis", "best_effort", "environment", "file_names", "opens_itself",
             "resume_names", "locations_read_files", "side_files")


class LazyFunction:
    """A module-level function of a reader, imported on its first call."""

    def __init__(self, module: str, name: str) -> None:
        self.__module__ = module
        self.__name__ = name
        self._function: Any = None

    def __call__(self, *args: Any) -> Any:
        if self._function is None:
            self._function = getattr(importlib.import_module(self.__module__), self.__name__)
        return self._function(*args)


def _reference(function: Any) -> list[str] | None:
    """[module, name] of a module-level function; None for anything else (a closure, a lambda)."""
    module, name = getattr(function, "__module__", None), getattr(function, "__qualname__", "")
    if not module or not name or "." in name or "<" in name:
        return None
    return [module, name]


def _variables(sources: Iterable[Source]) -> list[str]:
    return sorted({"HOME", *COMMON_VARIABLES, *(name for source in sources for name in source.environment)})


def _key(platform: Platform, variables: list[str], package: str) -> str:
    environment = [(name, platform.environ.get(name, "")) for name in variables]
    text = json.dumps([VERSION, package, platform.system, platform.home, list(platform.repository_tops), environment])
    return sha256_hex(text.encode("utf-8", "surrogateescape"))


def _defining_module(source: Source) -> str | None:
    """The reader module whose ``SOURCE`` is ``source`` (the registry imported them all)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("provenance.evidence.readers.") and getattr(module, "SOURCE", None) is source:
            return name
    return None


def _resume_reference(source: Source) -> list[str] | None:
    """Where the resume reader is: a module-level function, or ``["stateless"]`` for
    ``sources.stateless`` of the source's own read."""
    if source.resume is None:
        return None
    if getattr(source.resume, "stateless_read", None) is source.read:
        return ["stateless"]
    return _reference(source.resume)


def _entry(source: Source, platform: Platform) -> dict[str, Any] | None:
    read, resume = _reference(source.read), _resume_reference(source)
    locations = _reference(source.locations)
    if read is None or (source.resume is not None and resume is None) or locations is None:
        # Built by a factory (Cline and Roo Code share one): its own module is imported when asked.
        module = _defining_module(source)
        return {"id": source.id, "source_module": module} if module else None
    entry = {name: getattr(source, name) for name in _METADATA}
    entry.update(read=read, resume=resume, locations_function=locations,
                 locations=None if source.locations_read_files else source.locations(platform))
    return entry


def _light(entry: Mapping[str, Any]) -> Source:
    if "source_module" in entry:
        source: Source = importlib.import_module(entry["source_module"]).SOURCE
        return source
    stored = entry["locations"]
    locations: Any = LazyFunction(*entry["locations_function"]) if stored is None else (
        lambda _platform, found=tuple(stored): list(found))
    read = LazyFunction(*entry["read"])
    resume: Any = None
    if entry["resume"] == ["stateless"]:
        resume = stateless(read)
    elif entry["resume"] is not None:
        resume = LazyFunction(*entry["resume"])
    metadata: dict[str, Any] = {name: tuple(entry[name]) if isinstance(entry[name], list) else entry[name]
                                for name in _METADATA}
    return Source(**metadata, locations=locations, read=read, resume=resume)


def _load(path: str, platform: Platform, package: str) -> tuple[Source, ...] | None:
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        if document.get("version") != VERSION or document.get("key") != _key(platform, document["variables"],
                                                                              package):
            return None
        return tuple(_light(entry) for entry in document["sources"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent, damaged or of another shape: ask the registry


def _save(path: str, platform: Platform, package: str, sources: tuple[Source, ...]) -> None:
    entries = [_entry(source, platform) for source in sources]
    if any(entry is None for entry in entries):
        return  # a source the catalogue cannot describe: the registry is asked every time
    variables = _variables(sources)
    document = {"version": VERSION, "key": _key(platform, variables, package), "variables": variables,
                "sources": entries}
    with contextlib.suppress(OSError):
        temporary = f"{path}.{os.getpid()}"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(document, handle)
        os.replace(temporary, path)  # whole or not at all, whoever else writes it


def catalogued_sources(folder: str, platform: Platform, package: str) -> tuple[Source, ...]:
    """The registry's sources, from the catalogue in ``folder`` when it is current for this
    platform and this code (``package``: a stamp of the evidence package's files), else from the
    registry, writing the catalogue for next time."""
    path = os.path.join(folder, FILE_NAME)
    found = _load(path, platform, package)
    if found is not None:
        return found
    from provenance.evidence.registry import SOURCES

    _save(path, platform, package, SOURCES)
    return SOURCES
