"""Score files on disk and the lines a commit adds, for `git provenance classify`.

Inputs that cannot be judged (binary, non-UTF-8, minified, huge, too short) come back as skipped
results, never as failures.
"""

from __future__ import annotations

import os
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


def _score_path(path: str, model: Model) -> ScoreResult:
    language = language_for_path(path)
    if os.path.getsize(path) > MAX_INPUT_BYTES:
        skip = Skip("huge", f"larger than {MAX_INPUT_BYTES // 1_000_000} MB")
        return ScoreResult(path, language.name, None, False, skip)
    with open(path, "rb") as handle:
        data = handle.read()
    return score_bytes(data, path, language, model)


def classify_paths(paths: Sequence[str], model: Model) -> list[ScoreResult]:
    """Score each file; folders are searched for files in known languages."""
    results: list[ScoreResult] = []
    for path in paths:
        if os.path.isdir(path):
            results.extend(_score_path(found, model) for found in _walk_source_files(path))
        elif os.path.isfile(path):
            results.append(_score_path(path, model))
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
