"""A developer's home folder of their own for hook tests that read what lives there (AI tools'
records, evidence settings, a signing key), and the environment that points git and the hooks at it."""

from __future__ import annotations

from pathlib import Path

from tests.gitutil import clean_env


def home_env(home: Path, **extra: str) -> dict[str, str]:
    return clean_env(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                     **extra)
