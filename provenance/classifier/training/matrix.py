"""Labelled samples as a feature matrix, through the same normalise/screen/extract path scoring uses.

A row holds NaN where a feature is not measurable; fitting fills those with `imputation_values`
(the per-feature mean of the rows it trains on), and the model file keeps the fill so scoring
imputes the same way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from provenance.classifier.features.languages import language_by_name
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.screening import screen_text
from provenance.classifier.features.vector import FEATURE_NAMES, extract_features
from provenance.classifier.training.data import LabelledSample

# A stored row: None where not measurable (JSON has no NaN); None for the whole row when screening
# skips the text.
StoredRow = list[float | None] | None
_MISSING = "missing"


@dataclass(frozen=True)
class FeatureMatrix:
    """Features of the samples that passed screening (NaN where not measurable), with labels."""

    values: np.ndarray
    labels: np.ndarray
    groups: np.ndarray
    samples: list[LabelledSample]

    def subset(self, mask: np.ndarray) -> FeatureMatrix:
        return FeatureMatrix(
            values=self.values[mask],
            labels=self.labels[mask],
            groups=self.groups[mask],
            samples=[sample for sample, keep in zip(self.samples, mask, strict=True) if keep],
        )

    def feature_rows(self) -> list[dict[str, float | None]]:
        """Rows as the feature dictionaries scoring works on (None where not measurable)."""
        return [
            {name: None if math.isnan(value) else float(value) for name, value in zip(FEATURE_NAMES, row, strict=True)}
            for row in self.values
        ]


@dataclass(frozen=True)
class RowCache:
    """Where benchmarks keep feature rows between runs: `get(key, default)`, `set(key, row)` and the
    `key` of a sample (its text's hash, say)."""

    get: Callable[[str, object], object]
    set: Callable[[str, StoredRow], None]
    key: Callable[[LabelledSample], str]


def feature_row(text: str, language: str) -> list[float] | None:
    """The feature vector of one text (NaN where not measurable), or None when screening skips it."""
    if screen_text(text) is not None:
        return None
    features = extract_features(normalise_source(text), language_by_name(language))
    return [math.nan if (value := features[name]) is None else float(value) for name in FEATURE_NAMES]


def featurise(samples: Sequence[LabelledSample], cache: RowCache | None = None) -> FeatureMatrix:
    """Feature rows of the samples that pass screening, computed once per key with a `cache`."""
    kept: list[LabelledSample] = []
    rows: list[list[float]] = []
    for sample in samples:
        row = feature_row(sample.text, sample.language) if cache is None else _cached_row(sample, cache)
        if row is not None:
            rows.append(row)
            kept.append(sample)
    return FeatureMatrix(
        values=np.array(rows, dtype=float).reshape(len(rows), len(FEATURE_NAMES)),
        labels=np.array([sample.label for sample in kept], dtype=int),
        groups=np.array([sample.group for sample in kept]),
        samples=kept,
    )


def _cached_row(sample: LabelledSample, cache: RowCache) -> list[float] | None:
    key = cache.key(sample)
    stored = cache.get(key, _MISSING)
    if stored == _MISSING:
        row = feature_row(sample.text, sample.language)
        cache.set(key, None if row is None else [None if math.isnan(value) else value for value in row])
        return row
    if not isinstance(stored, list):
        return None
    return [math.nan if value is None else float(value) for value in stored]


def imputation_values(values: np.ndarray) -> np.ndarray:
    """Per-feature mean over the samples where it was measurable (0 if it never was)."""
    measured = ~np.isnan(values)
    sums = np.where(measured, values, 0.0).sum(axis=0)
    counts = measured.sum(axis=0)
    means: np.ndarray = np.divide(sums, counts, out=np.zeros(values.shape[1]), where=counts > 0)
    return means


def impute(values: np.ndarray, fill: np.ndarray) -> np.ndarray:
    """`values` with every NaN replaced by its column's fill value."""
    filled: np.ndarray = np.where(np.isnan(values), fill, values)
    return filled
