"""Reading a TOML file for configuration, with one-line errors that name the file.

The standard library's ``tomllib`` (its backport ``tomli`` on Python 3.10) is imported only when a
file is read: a hook with no configuration file never pays for it.
"""

from __future__ import annotations

import sys
from typing import Any

from provenance.core.errors import ConfigError


def load_toml(path: str) -> dict[str, Any]:
    """The document in ``path``; a ConfigError naming the file when it cannot be read or parsed."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}; fix the file or remove it") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
