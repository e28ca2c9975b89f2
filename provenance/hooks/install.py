"""``git provenance install`` / ``uninstall``: plain git hooks that chain to what was there."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from provenance.core.errors import GitError, UsageError
from provenance.gitio.repository import hooks_location

HOOK_TYPES = ("commit-msg", "prepare-commit-msg")
LEGACY_SUFFIX = ".pre-provenance"
MARKER = "git-provenance-managed-hook"
_PYTHON_PLACEHOLDER = "@INSTALL_PYTHON@"
_PATHS_PLACEHOLDER = "@INSTALL_PATHS@"


def _shell_quoted(value: str) -> str:
    """``value`` as one single-quoted sh word (a ``'`` in a virtualenv's path ends the quote,
    is escaped, and reopens it), so the hook script stays valid sh whatever the path."""
    return "'" + value.replace("'", "'\\''") + "'"


def install_paths() -> str:
    """Where this git-provenance and its dependencies are imported from, for a hook that starts
    Python without the site module: the folder holding the package, then this interpreter's
    site-packages (os.pathsep-separated, duplicates dropped)."""
    import sysconfig

    package_parent = str(Path(__file__).resolve().parents[2])
    paths = [package_parent, sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    return os.pathsep.join(dict.fromkeys(path for path in paths if path))


def _script_source(hook_type: str) -> str:
    """The hook script: from the wheel's copy, or from hooks/ in a source checkout."""
    candidates = (
        Path(__file__).resolve().parents[1] / "hook_scripts" / hook_type,
        Path(__file__).resolve().parents[2] / "hooks" / hook_type,
    )
    for candidate in candidates:
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise GitError(f"the {hook_type} hook script is missing from this installation; reinstall git-provenance")


def hooks_dir(cwd: str | None = None, force: bool = False) -> Path:
    """The directory git runs hooks from, honouring core.hooksPath.

    A core.hooksPath outside this repository (often set globally) serves other repositories too;
    writing there needs ``force``, as pre-commit also refuses it.
    """
    top, hooks_path, common_dir = hooks_location(cwd)
    directory, git_dir = Path(hooks_path).resolve(), Path(common_dir).resolve()
    inside = any(directory == base or base in directory.parents for base in (Path(top).resolve(), git_dir))
    if not inside and not force:
        raise UsageError(f"core.hooksPath points outside this repository ({directory}), so hooks there run for "
                         "other repositories too; unset it (git config --unset-all core.hooksPath) or pass --force")
    return directory


def is_managed(path: Path) -> bool:
    try:
        return MARKER in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


@contextmanager
def _os_errors_as_usage_errors(action: str, directory: Path) -> Iterator[None]:
    """A file-system failure while touching the hooks becomes one line naming the folder (exit 2)."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"cannot {action} hooks in {directory}: {exc.strerror}") from None


def install(hook_types: tuple[str, ...] = HOOK_TYPES, cwd: str | None = None, force: bool = False) -> list[str]:
    """Install our hooks; an existing foreign hook is kept as ``<hook>.pre-provenance`` and chained."""
    directory = hooks_dir(cwd, force)
    with _os_errors_as_usage_errors("write", directory):
        return _install_into(directory, hook_types)


def _install_into(directory: Path, hook_types: tuple[str, ...]) -> list[str]:
    directory.mkdir(parents=True, exist_ok=True)
    messages: list[str] = []
    for hook_type in hook_types:
        target = directory / hook_type
        legacy = directory / (hook_type + LEGACY_SUFFIX)
        if target.exists() and not is_managed(target):
            if legacy.exists():
                raise UsageError(f"{target} and {legacy} both exist; remove or merge one of them, then install again")
            target.rename(legacy)
            messages.append(f"kept the existing {hook_type} hook as {legacy.name}; it runs first")
        script = (_script_source(hook_type).replace(f"'{_PYTHON_PLACEHOLDER}'", _shell_quoted(sys.executable))
                  .replace(f"'{_PATHS_PLACEHOLDER}'", _shell_quoted(install_paths())))
        target.write_text(script, encoding="utf-8")
        target.chmod(0o755)
        messages.append(f"installed {target}")
    return messages


def uninstall(hook_types: tuple[str, ...] = HOOK_TYPES, cwd: str | None = None, force: bool = False) -> list[str]:
    """Remove our hooks and put back any hook they had kept aside."""
    directory = hooks_dir(cwd, force)
    with _os_errors_as_usage_errors("change", directory):
        return _uninstall_from(directory, hook_types)


def _uninstall_from(directory: Path, hook_types: tuple[str, ...]) -> list[str]:
    messages: list[str] = []
    for hook_type in hook_types:
        target = directory / hook_type
        legacy = directory / (hook_type + LEGACY_SUFFIX)
        if target.exists() and is_managed(target):
            target.unlink()
            messages.append(f"removed {target}")
        elif target.exists():
            messages.append(f"left {target} alone: it is not a git-provenance hook")
            continue
        if legacy.exists():
            os.replace(legacy, target)
            messages.append(f"restored the previous {hook_type} hook")
    return messages
