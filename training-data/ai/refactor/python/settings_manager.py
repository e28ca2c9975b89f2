"""
Application settings, refactored from module-level globals into a class.

Before, settings lived in globals (DEBUG, DB_URL, ...) that any module could
reassign, and `load_settings()` mutated them with `global` statements. That made
tests order-dependent and hid where values came from.

Now:
  - `Settings` is an immutable dataclass, so nothing can change it by accident.
  - `Settings.from_sources()` merges defaults < config file < environment, in
    one place, and records where each value came from (handy for debugging).
  - `get_settings()` caches one instance; tests call `get_settings.cache_clear()`
    or just build their own `Settings(...)`.
"""

import json
import os
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

ENV_PREFIX = "MYAPP_"


def _to_bool(value: str) -> bool:
    # Accept the usual spellings people put in env vars
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {value!r}")


@dataclass(frozen=True)
class Settings:
    debug: bool = False
    db_url: str = "sqlite:///app.db"
    log_level: str = "INFO"
    workers: int = 4
    allowed_hosts: tuple[str, ...] = ("localhost",)
    # Where each value came from: "default", "file" or "env"
    sources: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_sources(cls, config_file: Path | None = None, environ: Mapping[str, str] | None = None) -> "Settings":
        environ = os.environ if environ is None else environ
        settings = cls()
        origin = {f.name: "default" for f in fields(cls) if f.name != "sources"}

        # 1) Values from the JSON config file override the defaults
        if config_file is not None and config_file.exists():
            data = json.loads(config_file.read_text(encoding="utf-8"))
            settings = settings._merge(data, origin, "file")

        # 2) Environment variables (MYAPP_DEBUG, MYAPP_WORKERS, ...) win over everything
        env_values = {
            name[len(ENV_PREFIX):].lower(): value
            for name, value in environ.items()
            if name.startswith(ENV_PREFIX)
        }
        settings = settings._merge(env_values, origin, "env")
        return replace(settings, sources=origin)

    def _merge(self, values: Mapping[str, Any], origin: dict[str, str], label: str) -> "Settings":
        updates: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "sources" or f.name not in values:
                continue
            updates[f.name] = self._coerce(f.name, values[f.name])
            origin[f.name] = label
        unknown = set(values) - {f.name for f in fields(self)}
        if unknown and label == "file":
            # Typos in the config file used to be silently ignored
            raise ValueError(f"unknown setting(s) in config file: {', '.join(sorted(unknown))}")
        return replace(self, **updates)

    @staticmethod
    def _coerce(name: str, value: Any) -> Any:
        # JSON already has the right types; env vars are always strings
        if not isinstance(value, str):
            return tuple(value) if isinstance(value, list) else value
        if name == "debug":
            return _to_bool(value)
        if name == "workers":
            return int(value)
        if name == "allowed_hosts":
            return tuple(h.strip() for h in value.split(",") if h.strip())
        if name == "log_level":
            return value.upper()
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings (loaded once, on first use)."""
    config_path = os.environ.get(ENV_PREFIX + "CONFIG", "config.json")
    return Settings.from_sources(Path(config_path))


if __name__ == "__main__":
    # Example: MYAPP_DEBUG=yes MYAPP_WORKERS=8 python settings_manager.py
    s = Settings.from_sources(environ={"MYAPP_DEBUG": "yes", "MYAPP_ALLOWED_HOSTS": "a.com, b.com"})
    print(s)
    for name, source in s.sources.items():
        print(f"  {name:<14} from {source}")
