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
    patch          added lines per file and hunk of a commit (one `git show`)
    training_data  labelled folders and the research corpus
    training       scikit-learn fitting, calibration, threshold, export (heavy imports)
    commands       the `classify` and `train` click commands
"""

from .errors import ClassifierError, ClassifierUsageError, GitCommandError, ModelFileError

__all__ = ["ClassifierError", "ClassifierUsageError", "GitCommandError", "ModelFileError"]
