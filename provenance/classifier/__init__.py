"""Stylometric classifier: an independent estimate of whether code was written by an AI.

Trailers catch the honest; this estimates AI authorship from the code itself, for changes that
arrive with no disclosure. Importing this package is cheap: tree-sitter is loaded only when a file is
parsed, and numpy/scikit-learn only by the training module.

Subpackages, one stage each:
    features   languages, normalisation, screening, lexical and tree-sitter features, the vector
    model      the versioned JSON model file and pure-Python estimators
    scoring    text -> probability; files; the hunks of many commits from one git stream (verify)
    training   labelled data, scikit-learn fitting, calibration, threshold, --from-history
The `classify` and `train` commands are in provenance.cli (parsing and printing only).

`score_commits_hunks` and `HunkScore` are also importable from this package (loaded on first use).

May import: provenance.core and provenance.gitio. Reached from policy, verify and cli only, and only
through imports inside functions (import-linter and ruff's TID253 enforce both).
"""

from typing import Any

from provenance.classifier.errors import (
    ClassifierError,
    ClassifierUsageError,
    ModelFileError,
)

__all__ = [
    "ClassifierError",
    "ClassifierUsageError",
    "HunkScore",
    "ModelFileError",
    "score_commits_hunks",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in ("HunkScore", "score_commits_hunks"):
        from provenance.classifier.scoring import hunks

        return getattr(hunks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
