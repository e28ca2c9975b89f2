"""The one path from labelled feature rows to a calibrated model, shared by folder training
(`training.fit`) and `train --from-history` (`training.history`):

1. out-of-fold raw scores: a scikit-learn group splitter (`GroupKFold`, `LeaveOneGroupOut`, ...)
   holds out whole units (tasks, projects, data sets, domains, commits), a `Learner` fits on the
   rest, and the held-out files are scored by the model that never saw them;
2. an isotonic calibration map fitted on those scores, so probabilities describe unseen units;
3. the threshold: the lowest calibrated probability that flags at most the target share of human
   files out of fold (pooled, or in every held-out unit);
4. the final estimator fitted on everything, and the `Model` that carries it with the fill values,
   the calibration and the threshold.

What differs between callers is passed in: the `Learner` (estimator factory and imputation), the
`Folds` (splitter and units) and the rows (`TrainingSet`: files, weights, hunk-sized pieces).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.vector import FEATURE_NAMES, FEATURE_SET
from provenance.classifier.model.format import Estimator, IsotonicCalibration, Model
from provenance.classifier.training.estimators import EstimatorFactory, raw_scores
from provenance.classifier.training.matrix import (
    FeatureMatrix,
    imputation_values,
    impute,
)
from provenance.classifier.training.weighting import TrainingPieces

MAX_FOLDS = 5


class Splitter(Protocol):
    """A scikit-learn group splitter: (fit indices, held-out indices) per fold."""

    def split(self, X: Any, y: Any = None, groups: Any = None) -> Iterable[tuple[np.ndarray, np.ndarray]]: ...


@dataclass(frozen=True)
class Folds:
    """How cross-validation splits: a group splitter, and the unit of every file it splits by."""

    splitter: Splitter
    units: np.ndarray

    def splits(self, matrix: FeatureMatrix) -> list[tuple[np.ndarray, np.ndarray]]:
        return list(self.splitter.split(matrix.values, matrix.labels, self.units))


def grouped_folds(units: np.ndarray) -> Folds:
    """Grouped K-fold (at most `MAX_FOLDS` folds): a unit is never on both sides of a fold."""
    return Folds(GroupKFold(n_splits=min(MAX_FOLDS, len(set(units.tolist())))), units)


def leave_one_unit_out(units: np.ndarray) -> Folds:
    """One fold per distinct unit, holding out that unit alone."""
    return Folds(LeaveOneGroupOut(), units)


@dataclass(frozen=True)
class Rows:
    """Rows one fit trains on: values (NaN where not measurable), labels, weights (None: unweighted)."""

    values: np.ndarray
    labels: np.ndarray
    weights: np.ndarray | None


@dataclass(frozen=True)
class TrainingSet:
    """The files trained on, their sample weights, and the hunk-sized pieces trained on beside them."""

    matrix: FeatureMatrix
    weights: np.ndarray | None = None
    pieces: TrainingPieces | None = None

    def rows(self, index: np.ndarray | None = None, held_out_units: np.ndarray | None = None) -> Rows:
        """The files at `index` (all by default) and the pieces not cut from `held_out_units`."""
        if index is None:
            index = np.arange(len(self.matrix.labels))
        weights = None if self.weights is None else self.weights[index]
        values, labels = self.matrix.values[index], self.matrix.labels[index]
        if self.pieces is None:
            return Rows(values, labels, weights)
        kept = None if held_out_units is None else ~np.isin(self.pieces.units, held_out_units)
        return Rows(*self.pieces.stacked_under(values, labels, weights, kept))


@dataclass(frozen=True)
class Fitted:
    """A fitted estimator and the fill values its rows were imputed with."""

    estimator: Estimator
    fill: np.ndarray

    def raw_scores(self, values: np.ndarray) -> np.ndarray:
        return raw_scores(self.estimator, impute(values, self.fill))


@dataclass(frozen=True)
class Learner:
    """How one fit turns rows into an estimator: the estimator factory, and fixed imputation values
    (None: each fit imputes with the means of its own rows)."""

    make_estimator: EstimatorFactory
    fixed_fill: np.ndarray | None = None

    def fit(self, rows: Rows) -> Fitted:
        fill = imputation_values(rows.values) if self.fixed_fill is None else self.fixed_fill
        return Fitted(self.make_estimator(impute(rows.values, fill), rows.labels, rows.weights), fill)


class SingleLabelFoldError(ClassifierUsageError):
    """A fold's fitting part has files of one label only."""


@dataclass(frozen=True)
class ScoredPieces:
    """Hunk-sized pieces to score out of fold: each by the model of the fold that held out `units`
    (the same kind of unit as the folds') of the file it was cut from."""

    matrix: FeatureMatrix
    units: np.ndarray


@dataclass(frozen=True)
class OutOfFold:
    """Raw scores of every file (and scored piece) from a model fitted without its unit."""

    files: np.ndarray
    pieces: np.ndarray


def out_of_fold_raw_scores(
    data: TrainingSet, learner: Learner, folds: Folds, scored: ScoredPieces | None = None
) -> OutOfFold:
    """Every fold fits on the files (and pieces) of the units it keeps and scores the rest."""
    matrix = data.matrix
    scores = np.zeros(len(matrix.labels))
    piece_scores = np.zeros(0 if scored is None else len(scored.matrix.labels))
    for fit_index, held_out_index in folds.splits(matrix):
        if len(set(matrix.labels[fit_index].tolist())) < 2:
            raise SingleLabelFoldError("a cross-validation fold has only one label: add more groups of each label")
        held_out_units = folds.units[held_out_index]
        fitted = learner.fit(data.rows(fit_index, held_out_units))
        scores[held_out_index] = fitted.raw_scores(matrix.values[held_out_index])
        if scored is not None:
            inside = np.isin(scored.units, held_out_units)
            piece_scores[inside] = fitted.raw_scores(scored.matrix.values[inside])
    return OutOfFold(scores, piece_scores)


# How much of a strictly increasing ramp a ranking-keeping calibration mixes into the isotonic map.
RANKING_RAMP_WEIGHT = 1e-3


def fit_calibration(raw: np.ndarray, labels: np.ndarray, keep_ranking: bool = False) -> IsotonicCalibration:
    """A monotone map from raw scores to the share of AI files among those scoring alike.

    Isotonic regression pools neighbouring scores into plateaus of one probability. Fitted on a small
    history, those plateaus tie files the estimator ranked apart, and the calibrated model ranks
    worse than its own raw scores. `keep_ranking` mixes a strictly increasing ramp into the map
    (weight RANKING_RAMP_WEIGHT): every probability stays within 0.001 of the isotonic one, and two
    raw scores inside the fitted range never tie.
    """
    isotonic = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(raw, labels)
    probability = np.asarray(isotonic.y_thresholds_, dtype=float)
    if keep_ranking and len(probability) > 1:
        ramp = np.linspace(0.0, 1.0, len(probability))
        probability = (1.0 - RANKING_RAMP_WEIGHT) * probability + RANKING_RAMP_WEIGHT * ramp
    return IsotonicCalibration(
        raw=tuple(float(v) for v in isotonic.X_thresholds_),
        probability=tuple(float(v) for v in probability),
    )


def threshold_for_fpr(human_probabilities: Sequence[float], target_fpr: float) -> float:
    """Lowest threshold at which at most `target_fpr` of human samples score at or above it."""
    ordered = sorted(human_probabilities)
    allowed = math.floor(target_fpr * len(ordered))
    if not ordered:
        return 1.0
    # Anything strictly above the (allowed+1)-th highest human score flags at most `allowed` humans.
    boundary = ordered[len(ordered) - 1 - allowed] if allowed < len(ordered) else ordered[0]
    return min(1.0, math.nextafter(boundary, math.inf))


def threshold_for_units(
    probabilities: np.ndarray, labels: np.ndarray, target_fpr: float, units: np.ndarray | None = None
) -> float:
    """`threshold_for_fpr` over all human files, raised (given `units`) until it also holds for the
    human files of every unit."""
    human = labels == 0
    threshold = threshold_for_fpr(probabilities[human].tolist(), target_fpr)
    if units is None:
        return threshold
    for unit in sorted(set(units[human].tolist())):
        threshold = max(threshold, threshold_for_fpr(probabilities[human & (units == unit)].tolist(), target_fpr))
    return threshold


@dataclass(frozen=True)
class Calibrated:
    """The calibration map, the out-of-fold probabilities it gives, and the threshold set on them."""

    calibration: IsotonicCalibration
    probabilities: np.ndarray
    threshold: float


def calibrate(
    raw: np.ndarray, labels: np.ndarray, target_fpr: float, threshold_units: np.ndarray | None = None,
    keep_ranking: bool = False,
) -> Calibrated:  # fmt: skip
    """Steps 2 and 3: calibration on out-of-fold raw scores, threshold on the calibrated ones."""
    calibration = fit_calibration(raw, labels, keep_ranking)
    probabilities = np.array([calibration(float(value)) for value in raw])
    threshold = threshold_for_units(probabilities, labels, target_fpr, threshold_units)
    return Calibrated(calibration, probabilities, threshold)


@dataclass(frozen=True)
class CalibratedFit:
    """The final estimator, its calibration and threshold, and the out-of-fold raw scores behind them."""

    final: Fitted
    calibrated: Calibrated
    out_of_fold_raw: np.ndarray

    def model(self, metadata: dict[str, Any]) -> Model:
        return Model(
            feature_set=FEATURE_SET,
            feature_names=FEATURE_NAMES,
            imputation_values=tuple(float(v) for v in self.final.fill),
            estimator=self.final.estimator,
            calibration=self.calibrated.calibration,
            threshold=self.calibrated.threshold,
            metadata=metadata,
        )


def fit_calibrated(
    data: TrainingSet, learner: Learner, folds: Folds, target_fpr: float, threshold_units: np.ndarray | None = None,
    keep_ranking: bool = False,
) -> CalibratedFit:  # fmt: skip
    """Steps 1-4 of the module docstring; `threshold_units` asks for the threshold to hold in every
    unit, `keep_ranking` for a calibration that ties no two raw scores (`fit_calibration`)."""
    raw = out_of_fold_raw_scores(data, learner, folds).files
    calibrated = calibrate(raw, data.matrix.labels, target_fpr, threshold_units, keep_ranking)
    return CalibratedFit(learner.fit(data.rows()), calibrated, raw)
