"""Score files on disk and the lines a commit adds, for `git provenance classify`.

Inputs that cannot be judged (binary, non-UTF-8, minified, huge, too short) come back as skipped
results, never as failures.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.languages import GENERIC, language_for_path
from provenance.classifier.features.screening import MAX_INPUT_BYTES, Skip
from provenance.classifier.model.format import Model
from provenance.classifier.scoring.pipeline import ScoreResult, score_bytes
from provenance.gitio.patch import git_show_patch, parse_added_lines

# Folders that hold dependencies or build output rather than the project's own code.
_IGNORED_FOLDERS = {"node_modules", "venv", ".venv", "__pycache__", "dist", "build", "target", "vendor"}


def _walk_source_files(folder: str) -> Iterator[str]:
    for root, directories, files in os.walk(folder):
        directories[:] = sorted(
            name for name in directories if not name.startswith(".") and name not in _IGNORED_FOLDERS
        )
        for name in sorted(files):
            if language_for_path(name) is not GENERIC:
                yield os.path.join(root, name)


def _not_a_file(path: str, follow_links: bool) -> Skip | None:
    """Why ``path`` is not read: only regular files are. A FIFO would block the read forever, and a
    link met while searching a folder may point anywhere (outside the repository, say), so links are
    followed only when named on the command line."""
    try:
        mode = (os.stat(path) if follow_links else os.lstat(path)).st_mode
    except OSError:
        return Skip("unreadable", "a symbolic link to nothing" if os.path.islink(path) else "cannot be read")
    if stat.S_ISLNK(mode):
        return Skip("symlink", "a symbolic link; links are not followed inside a folder")
    if not stat.S_ISREG(mode):
        return Skip("not-a-file", "not a regular file")
    return None


def _score_path(path: str, model: Model, follow_links: bool) -> ScoreResult:
    language = language_for_path(path)
    skip = _not_a_file(path, follow_links)
    if skip is None and os.path.getsize(path) > MAX_INPUT_BYTES:
        skip = Skip("huge", f"larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    if skip is not None:
        return ScoreResult(path, language.name, None, False, skip)
    with open(path, "rb") as handle:
        data = handle.read()
    return score_bytes(data, path, language, model)


def classify_paths(paths: Sequence[str], model: Model) -> list[ScoreResult]:
    """Score each file; folders are searched for files in known languages."""
    results: list[ScoreResult] = []
    for path in paths:
        if os.path.isdir(path):
            results.extend(_score_path(found, model, follow_links=False) for found in _walk_source_files(path))
        elif os.path.islink(path) and not os.path.exists(path):
            raise ClassifierUsageError(f"{path}: a symbolic link to {os.readlink(path)!r}, which does not exist")
        elif os.path.lexists(path):
            results.append(_score_path(path, model, follow_links=True))
        else:
            raise ClassifierUsageError(f"no such file or folder: {path}")
    return results


def classify_revision(revision: str, model: Model, only_paths: Sequence[str] = ()) -> list[ScoreResult]:
    """Score the lines `revision` adds: each file as a whole, then each of its hunks."""
    results = []
    for change in parse_added_lines(git_show_patch(revision)):
        if only_paths and not any(
            change.path == wanted or change.path.startswith(wanted.rstrip("/") + "/") for wanted in only_paths
        ):
            continue
        language = language_for_path(change.path)
        if change.binary:
            results.append(ScoreResult(change.path, language.name, None, False, Skip("binary", "binary file")))
            continue
        if language is GENERIC:
            results.append(
                ScoreResult(change.path, language.name, None, False, Skip("unsupported", "not a source file type"))
            )
            continue
        results.append(score_bytes(change.data(), change.path, language, model))
        for hunk in change.hunks:
            results.append(score_bytes(hunk.data(), change.path, language, model, hunk.start_line, hunk.end_line))
    return results
