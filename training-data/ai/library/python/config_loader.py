"""
Layered configuration loading.

Values are resolved in this order (later wins):

1. built-in defaults
2. a TOML or JSON config file
3. environment variables with a prefix, e.g. ``MYAPP_DATABASE__HOST``
4. explicit overrides passed by the caller

Nested keys in environment variables are separated by a double underscore.
"""

import copy
import json
import os

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None


class ConfigError(Exception):
    pass


def deep_merge(base, override):
    """Recursively merge ``override`` into a copy of ``base`` and return it."""
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def _coerce(raw):
    """Turn an environment string into a bool, int, float or leave it as str."""
    lowered = raw.strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    for cast in (int, float):
        try:
            return cast(raw)
        except ValueError:
            pass
    return raw


def load_file(path):
    """Load a config file, choosing the parser from its extension."""
    if not os.path.exists(path):
        raise ConfigError(f"config file not found: {path}")
    if path.endswith(".toml"):
        if tomllib is None:
            raise ConfigError("TOML config requires Python 3.11+")
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as fh:
            try:
                return json.load(fh)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}: invalid JSON ({exc})") from exc
    raise ConfigError(f"unsupported config format: {path}")


def from_env(prefix, environ=None):
    """Collect ``PREFIX_A__B=value`` variables into ``{"a": {"b": value}}``."""
    environ = os.environ if environ is None else environ
    prefix = prefix.upper().rstrip("_") + "_"
    tree = {}
    for name, raw in environ.items():
        if not name.startswith(prefix):
            continue
        path = name[len(prefix):].lower().split("__")
        node = tree
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = _coerce(raw)
    return tree


def load_config(defaults, path=None, env_prefix=None, overrides=None, environ=None):
    """Build the final configuration dictionary from all sources."""
    config = copy.deepcopy(defaults)
    if path:
        config = deep_merge(config, load_file(path))
    if env_prefix:
        config = deep_merge(config, from_env(env_prefix, environ))
    if overrides:
        config = deep_merge(config, overrides)
    return config


def get_path(config, dotted, default=None):
    """Look up ``"database.host"`` style keys."""
    node = config
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node
