"""From source text to a calibrated probability of AI authorship: screen, normalise, extract, score.

This is the only path scoring takes, for files and diff hunks alike, so what `classify` reports is
exactly what the evaluation scripts measure.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from typing import Any

from provenance.classifier.features.languages import LanguageSpec
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.screening import Skip, decode_source, screen_text
from provenance.classifier.features.vector import (
    FEATURE_NAMES,
    FEATURE_SET,
    extract_features,
)
from provenance.classifier.model.format import Model, load_model

DEFAULT_MODEL_RESOURCE = "default-model.json"


@dataclass(frozen=True)
class ScoreResult:
    """The verdict on one scored unit: a whole file, the added lines of a file, or one hunk."""

    path: str
    language: str
    score: float | None
    flagged: bool
    skipped: Skip | None = None
    start_line: int | None = None
    end_line: int | None = None

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "path": self.path,
            "language": self.language,
            "score": None if self.score is None else round(self.score, 4),
            "flagged": self.flagged,
        }
        if self.start_line is not None:
            document["start_line"] = self.start_line
            document["end_line"] = self.end_line
        if self.skipped is not None:
            document["skipped"] = self.skipped.reason
            document["detail"] = self.skipped.detail
        return document


def default_model_path() -> str:
    return str(resources.files("provenance.classifier").joinpath("data", DEFAULT_MODEL_RESOURCE))


def load_scoring_model(path: str | os.PathLike[str] | None = None) -> Model:
    """The model at `path`, or the packaged default; checked against the features this code computes."""
    return load_model(path if path is not None else default_model_path(), FEATURE_NAMES, FEATURE_SET)


def score_text(text: str, language: LanguageSpec, model: Model) -> float | Skip:
    """Probability that `text` was written by an AI, or why it was not scored."""
    skip = screen_text(text)
    if skip is not None:
        return skip
    normalised = normalise_source(text)
    return model.probability(extract_features(normalised, language))


def score_bytes(
    data: bytes,
    path: str,
    language: LanguageSpec,
    model: Model,
    start_line: int | None = None,
    end_line: int | None = None,
) -> ScoreResult:
    """Decode, screen and score one unit of raw bytes, reporting the outcome for `path`."""
    text = decode_source(data)
    outcome = text if isinstance(text, Skip) else score_text(text, language, model)
    if isinstance(outcome, Skip):
        return ScoreResult(path, language.name, None, False, outcome, start_line, end_line)
    return ScoreResult(path, language.name, outcome, outcome >= model.threshold, None, start_line, end_line)
