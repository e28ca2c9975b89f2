"""The classifier as the source of the ``code`` the code rules read in ``verify``.

``classifier = off`` means verify reads no code; ``auto`` reads it when the classifier extra
(tree-sitter) is installed; ``on`` insists on it. The scores of every candidate commit of the
range come from one ``git log -p`` process, run the first time a rule asks for any of them. The
classifier is imported here, lazily, so the hooks never load it.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping, Sequence

from provenance.core.errors import ConfigError
from provenance.policy.config import Config
from provenance.policy.context import HunkScores, OpenHunkScores, ScoredHunk


class ClassifierHunkScores:
    """Scores of the hunks ``shas`` add, all computed at the first question about any of them."""

    def __init__(self, top: str, model_path: str | None, shas: Sequence[str]) -> None:
        self._top = top
        self._model_path = model_path
        self._shas = tuple(shas)
        self._loaded: tuple[float, Mapping[str, Sequence[ScoredHunk]]] | None = None

    def _load(self) -> tuple[float, Mapping[str, Sequence[ScoredHunk]]]:
        if self._loaded is None:
            from provenance.classifier.scoring.hunks import score_commits_hunks
            from provenance.classifier.scoring.pipeline import load_scoring_model

            model = load_scoring_model(self._model_path)
            self._loaded = (model.threshold, score_commits_hunks(self._top, self._shas, model=model))
        return self._loaded

    @property
    def threshold(self) -> float:
        return self._load()[0]

    def for_commit(self, sha: str) -> Sequence[ScoredHunk]:
        return self._load()[1].get(sha, ())


def classifier_extra_installed() -> bool:
    return importlib.util.find_spec("tree_sitter") is not None


def classifier_enabled(config: Config) -> bool:
    """Whether verify reads code: 'auto' means when the classifier extra (tree-sitter) is installed."""
    if config.classifier == "off":
        return False
    installed = classifier_extra_installed()
    if config.classifier == "on" and not installed:
        raise ConfigError("classifier = 'on' needs the classifier extra: pip install 'git-provenance[classifier]'")
    return installed


def classifier_hunk_scores(top: str, config: Config) -> OpenHunkScores:
    """For ``check_code``: the classifier's scores of the candidate commits, or None when it is off."""
    model_path = os.path.join(top, config.classifier_model) if config.classifier_model else None

    def open_scores(shas: Sequence[str]) -> HunkScores | None:
        return ClassifierHunkScores(top, model_path, shas) if classifier_enabled(config) else None

    return open_scores
