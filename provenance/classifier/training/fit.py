"""Fit a classifier on labelled files as a `TrainingRecipe` says, and describe it in the model file.

The steps (the shared path in `training.pipeline`, with what the recipe chooses):

1. features for every file (`training.matrix`) and, with `pieces_per_file`, for a few hunk-sized
   pieces of it, which every fit below trains on too (a fold never on pieces of the files it holds
   out); with `balancing`, sample weights so every data set (x label) weighs the same, and with
   `dataset_shares`, the named data sets weighing only a share of that;
2. cross-validation holds out what `held_out_by` says: groups (task, project) in grouped 5-fold, or
   one data set or domain at a time (leave one out), so probabilities and threshold describe code
   from an unseen domain, which is what a user's repository is; leaving out data sets or domains
   needs at least 3 of them and falls back to groups otherwise;
3. the out-of-fold raw scores fit an isotonic calibration map; the threshold is the lowest
   calibrated probability that flags at most `target_fpr` of the human files out of fold (pooled, or
   with `threshold_rule` "every-unit" in every held-out data set or domain);
4. the final estimator is fitted on all files (and pieces) and exported with the calibration and
   threshold.

This package is the only place that imports numpy and scikit-learn; scoring never does.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import sklearn
from sklearn.metrics import roc_auc_score

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.model.format import Model
from provenance.classifier.training.data import LabelledSample
from provenance.classifier.training.estimators import estimator_factory
from provenance.classifier.training.matrix import FeatureMatrix, featurise
from provenance.classifier.training.pipeline import (
    CalibratedFit,
    Folds,
    Learner,
    TrainingSet,
    fit_calibrated,
    grouped_folds,
    leave_one_unit_out,
)
from provenance.classifier.training.recipe import (
    FOLDER_RECIPE,
    HeldOutBy,
    TrainingRecipe,
)
from provenance.classifier.training.weighting import (
    Featuriser,
    file_weights,
    held_out_units,
    training_pieces,
    with_dataset_shares,
)

MIN_DATASETS_FOR_CROSS_DOMAIN = 3
_HELD_OUT_NAMES = {"group": "group", "dataset": "data set", "domain": "domain"}


@dataclass(frozen=True)
class TrainingReport:
    samples_by_label: dict[str, int]
    groups: int
    out_of_fold_auroc: float
    out_of_fold_fpr_at_threshold: float
    out_of_fold_tpr_at_threshold: float
    out_of_fold_raw: np.ndarray  # out-of-fold raw scores, in matrix order
    held_out_units: np.ndarray  # the unit each sample was held out with


def fit_model(
    samples: Sequence[LabelledSample], recipe: TrainingRecipe = FOLDER_RECIPE, metadata: dict[str, Any] | None = None
) -> tuple[Model, TrainingReport]:
    """Train, calibrate and set the threshold; see the module docstring for the procedure."""
    return fit_matrix(featurise(samples), recipe, metadata)


def fit_matrix(
    matrix: FeatureMatrix,
    recipe: TrainingRecipe = FOLDER_RECIPE,
    metadata: dict[str, Any] | None = None,
    featuriser: Featuriser = featurise,
) -> tuple[Model, TrainingReport]:
    """`fit_model` on samples already turned into features (lets evaluation featurise once);
    `featuriser` turns the hunk-sized pieces into features (benchmarks pass a cached one)."""
    _check_enough_to_train(matrix)
    held_out_by, folds = recipe_folds(matrix, recipe.held_out_by)
    data = training_set(matrix, recipe, held_out_by, featuriser)
    every_unit = recipe.threshold_rule == "every-unit" and held_out_by != "group"
    learner = Learner(estimator_factory(recipe.kind, recipe.seed))
    result = fit_calibrated(data, learner, folds, recipe.target_fpr, folds.units if every_unit else None)
    report = _report(matrix, result, folds.units)
    facts = {
        "calibration_held_out": _HELD_OUT_NAMES[held_out_by],
        "threshold_rule": "every held-out unit" if every_unit else "pooled",
    }
    return result.model(_metadata(recipe, matrix, report, facts, metadata)), report


def recipe_folds(matrix: FeatureMatrix, held_out_by: HeldOutBy) -> tuple[HeldOutBy, Folds]:
    """The splitter the recipe asks for, or grouped K-fold when there are too few data sets or
    domains to leave one out (returned with what is actually held out)."""
    units = held_out_units(matrix.samples, held_out_by)
    if held_out_by == "group" or len(set(units.tolist())) < MIN_DATASETS_FOR_CROSS_DOMAIN:
        return "group", grouped_folds(matrix.groups)
    return held_out_by, leave_one_unit_out(units)


def training_set(
    matrix: FeatureMatrix, recipe: TrainingRecipe, held_out_by: HeldOutBy, featuriser: Featuriser = featurise
) -> TrainingSet:
    """The files with their weights and, with `pieces_per_file`, the pieces trained on beside them."""
    if recipe.pieces_per_file == 0:
        weights = file_weights(matrix, recipe.balancing)
        return TrainingSet(matrix, with_dataset_shares(weights, matrix, None, recipe.dataset_shares)[0])
    pieces, weights = training_pieces(matrix, recipe.pieces_per_file, held_out_by, recipe.balancing, featuriser)
    weights, piece_weights = with_dataset_shares(weights, matrix, pieces, recipe.dataset_shares)
    return TrainingSet(matrix, weights, dataclasses.replace(pieces, weights=piece_weights))


def _check_enough_to_train(matrix: FeatureMatrix) -> None:
    label_counts = Counter(int(label) for label in matrix.labels)
    groups = len(set(matrix.groups.tolist()))
    if label_counts[1] < 2 or label_counts[0] < 2 or groups < 2:
        raise ClassifierUsageError(
            "training needs at least 2 usable AI files, 2 usable human files and 2 groups "
            f"(found {label_counts[1]} AI, {label_counts[0]} human in {groups} groups)"
        )


def _report(matrix: FeatureMatrix, result: CalibratedFit, units: np.ndarray) -> TrainingReport:
    labels = matrix.labels
    flagged = result.calibrated.probabilities >= result.calibrated.threshold
    return TrainingReport(
        samples_by_label={"ai": int((labels == 1).sum()), "human": int((labels == 0).sum())},
        groups=len(set(matrix.groups.tolist())),
        out_of_fold_auroc=float(roc_auc_score(labels, result.out_of_fold_raw)),
        out_of_fold_fpr_at_threshold=float(flagged[labels == 0].mean()),
        out_of_fold_tpr_at_threshold=float(flagged[labels == 1].mean()),
        out_of_fold_raw=result.out_of_fold_raw,
        held_out_units=units,
    )


def _metadata(
    recipe: TrainingRecipe,
    matrix: FeatureMatrix,
    report: TrainingReport,
    facts: dict[str, str],
    extra: dict[str, Any] | None,
) -> dict[str, Any]:
    """The model file's metadata; the key order is part of the file's bytes, keep it."""
    return {
        **_timestamp(recipe.timestamp),
        "estimator_kind": recipe.kind,
        "scikit_learn_version": sklearn.__version__,
        "samples": report.samples_by_label,
        "groups": report.groups,
        "datasets": sorted({sample.dataset for sample in matrix.samples}),
        "target_fpr": recipe.target_fpr,
        **facts,
        "balanced_datasets": recipe.balances_datasets,
        "balanced_labels": recipe.balances_labels,
        "pieces_per_file": recipe.pieces_per_file,
        # Only when set, so a model trained without shares keeps its bytes.
        **({"dataset_shares": dict(recipe.dataset_shares)} if recipe.dataset_shares else {}),
        "out_of_fold_auroc": round(report.out_of_fold_auroc, 4),
        "out_of_fold_fpr_at_threshold": round(report.out_of_fold_fpr_at_threshold, 4),
        "out_of_fold_tpr_at_threshold": round(report.out_of_fold_tpr_at_threshold, 4),
        **(extra or {}),
    }


def _timestamp(wanted: bool) -> dict[str, str]:
    if not wanted:
        return {}
    return {"trained_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
