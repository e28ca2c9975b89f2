"""The user's own evidence settings: which sources are read and where, the time window, the
minimum number of matching lines.

They live in the user's configuration only — ``$GIT_PROVENANCE_EVIDENCE_CONFIG``, else
``$XDG_CONFIG_HOME/git-provenance/evidence.toml`` (``~/.config/…``; on Windows
``%APPDATA%\\git-provenance\\evidence.toml``). Reading private files is the developer's choice, so
nothing here is ever read from a repository: ``load_settings`` takes no repository at all, and a
repository's ``.git-provenance.toml`` cannot name a path to read.

```toml
window = "24h"          # at least this far back from the commit (also "90m", "7d")
min-lines = 3           # non-trivial matching lines (imports excluded) before a tool counts
max-file-size = 256     # MiB; a bigger record file is skipped and counted
enabled = true          # false: read nothing
[sources.ollama]
enabled = false
[sources.claude-code]
paths = ["/mnt/work/claude-projects"]   # read as well as the defaults
```
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from datetime import timedelta
from types import MappingProxyType
from typing import Any, NamedTuple

from provenance.core.errors import ConfigError
from provenance.core.tomlfile import load_toml
from provenance.evidence.source_ids import SOURCE_IDS

ENV_CONFIG = "GIT_PROVENANCE_EVIDENCE_CONFIG"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhd])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}
_TOP_KEYS = ("window", "min-lines", "max-file-size", "enabled", "sources")
_SOURCE_KEYS = ("enabled", "paths")


DEFAULT_WINDOW = timedelta(hours=24)
DEFAULT_MIN_LINES = 3
DEFAULT_MAX_FILE_MIB = 256


# NamedTuples, not dataclasses: the commit hooks load these (BENCHMARKS.md, the hook budget).
class SourceSettings(NamedTuple):
    enabled: bool = True
    paths: tuple[str, ...] = ()


class EvidenceSettings(NamedTuple):
    window: timedelta = DEFAULT_WINDOW
    min_lines: int = DEFAULT_MIN_LINES
    max_file_bytes: int = DEFAULT_MAX_FILE_MIB * 1024 * 1024
    enabled: bool = True
    sources: Mapping[str, SourceSettings] = MappingProxyType({})
    file: str | None = None  # the settings file read, if any

    def source(self, source_id: str) -> SourceSettings:
        default = SourceSettings()
        chosen = self.sources.get(source_id, default)
        return chosen if self.enabled else SourceSettings(enabled=False, paths=chosen.paths)


def settings_path(environ: Mapping[str, str], home: str, windows: bool = sys.platform.startswith("win")) -> str:
    """Where the user's evidence settings are (whether or not the file exists)."""
    explicit = environ.get(ENV_CONFIG, "").strip()
    if explicit:
        return explicit
    if windows and environ.get("APPDATA"):
        return os.path.join(environ["APPDATA"], "git-provenance", "evidence.toml")
    config_home = environ.get("XDG_CONFIG_HOME", "").strip() or os.path.join(home, ".config")
    return os.path.join(config_home, "git-provenance", "evidence.toml")


def load_settings(environ: Mapping[str, str] | None = None, home: str | None = None) -> EvidenceSettings:
    """The user's settings, or the defaults when the file does not exist; an invalid file is a
    ConfigError naming it and the key."""
    environ = os.environ if environ is None else environ
    path = settings_path(environ, home or os.path.expanduser("~"))
    if not os.path.exists(path):
        if environ.get(ENV_CONFIG, "").strip():
            raise ConfigError(f"{path}: no such evidence settings file (named by {ENV_CONFIG})")
        return EvidenceSettings()
    return _parse(path, load_toml(path))


def _unknown(path: str, where: str, key: str, known: tuple[str, ...] | list[str]) -> ConfigError:
    import difflib

    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return ConfigError(f"{path}: {where}{key}: unknown key{hint}; known: {', '.join(known)}")


def _parse(path: str, data: Mapping[str, Any]) -> EvidenceSettings:
    for key in data:
        if key not in _TOP_KEYS:
            raise _unknown(path, "", key, _TOP_KEYS)
    window = _duration(path, data["window"]) if "window" in data else DEFAULT_WINDOW
    min_lines = _positive(path, "min-lines", data.get("min-lines", DEFAULT_MIN_LINES))
    max_mib = _positive(path, "max-file-size", data.get("max-file-size", DEFAULT_MAX_FILE_MIB))
    enabled = _boolean(path, "enabled", data.get("enabled", True))
    sources_table = data.get("sources", {})
    if not isinstance(sources_table, dict):
        raise ConfigError(f"{path}: sources: expected a table ([sources.ID]), got {sources_table!r}")
    sources = {source_id: _source(path, source_id, table) for source_id, table in sources_table.items()}
    return EvidenceSettings(window, min_lines, max_mib * 1024 * 1024, enabled, sources, path)


def _source(path: str, source_id: str, table: Any) -> SourceSettings:
    if source_id not in SOURCE_IDS:
        raise _unknown(path, "sources.", source_id, sorted(SOURCE_IDS))
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: sources.{source_id}: expected a table, got {table!r}")
    for key in table:
        if key not in _SOURCE_KEYS:
            raise _unknown(path, f"sources.{source_id}.", key, _SOURCE_KEYS)
    paths = table.get("paths", [])
    if not isinstance(paths, list) or not all(isinstance(item, str) and item for item in paths):
        raise ConfigError(f"{path}: sources.{source_id}.paths: expected a list of paths, got {paths!r}")
    enabled = _boolean(path, f"sources.{source_id}.enabled", table.get("enabled", True))
    return SourceSettings(enabled, tuple(os.path.expanduser(item) for item in paths))


def _duration(path: str, value: Any) -> timedelta:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return timedelta(hours=value)
    match = _DURATION.match(value) if isinstance(value, str) else None
    if match is None:
        raise ConfigError(f"{path}: window: expected a duration such as \"24h\", \"90m\" or \"7d\", got {value!r}")
    return timedelta(**{_UNITS[match.group(2)]: float(match.group(1))})


def _positive(path: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{path}: {key}: expected a whole number of at least 1, got {value!r}")
    return value


def _boolean(path: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: {key}: expected true or false, got {value!r}")
    return value
