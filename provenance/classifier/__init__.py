"""Stylometric classifier: an independent estimate of whether code was written by an AI.

Trailers catch the honest; this estimates AI authorship from the code itself, for changes that
arrive with no disclosure. Importing this package is cheap: tree-sitter is loaded only when a file is
parsed, and numpy/scikit-learn only by the training module.

Modules, one job each:
    normalise      strip formatting artifacts that leak the label in the corpora
    screening      skip binary, non-UTF-8, minified, huge and too-short inputs
    languages      extension -> language, comment syntax, keywords
    lexical        language-agnostic layout/naming/comment/lexis features
    syntax         tree-sitter shape features (lazy import)
    features       the ordered feature vector
    model          versioned JSON model format and pure-Python scoring
    scoring        the text -> probability pipeline used by every caller
    patch          added lines per file and hunk of a commit (one `git show`), and of many commits
                   from one `git log --patch` stream
    hunks          score_commits_hunks(repo_dir, shas): every hunk of many commits, one git process
                   (for `verify`; pure Python)
    training_data  labelled folders and the research corpus
    training       scikit-learn fitting, calibration, threshold, export (heavy imports)
    history_training  `train --from-history`: labels from disclosures, time split, warm-started fit
    commands       the `classify` and `train` click commands

`score_commits_hunks` and `HunkScore` are also importable from this package (loaded on first use).
"""

from typing import Any

from .errors import ClassifierError, ClassifierUsageError, GitCommandError, ModelFileError

__all__ = [
    "ClassifierError", "ClassifierUsageError", "GitCommandError", "ModelFileError", "HunkScore", "score_commits_hunks",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in ("HunkScore", "score_commits_hunks"):
        from . import hunks

        return getattr(hunks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
