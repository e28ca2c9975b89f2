"""Fit scikit-learn estimators and export them as the pure-Python estimators of the model format.

Every function here takes imputed feature values (no NaN), labels and optional sample weights, and
returns an `Estimator` whose `raw_score` reproduces scikit-learn's decision value, so scoring never
needs scikit-learn. `estimator_factory` turns a recipe's kind into the `EstimatorFactory` the
training pipeline calls once per fold and once for the final model; `warm_started_trees` is the
factory of `train --from-history`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression as SklearnLogisticRegression
from sklearn.preprocessing import StandardScaler

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.model.format import (
    Estimator,
    GradientBoostedTrees,
    LogisticRegression,
    RegressionTree,
    WeightedSum,
)
from provenance.classifier.training.recipe import ESTIMATOR_KINDS, EstimatorKind

# (imputed values, labels, sample weights or None) -> a fitted, exported estimator.
EstimatorFactory = Callable[[np.ndarray, np.ndarray, np.ndarray | None], Estimator]

# Depth 2 (pairwise interactions only) transfers across domains better than depth 3: leave-one-domain-out
# pooled AUROC 0.845 against 0.816 on the same features (benchmarks/classifier_experiments.py).
TREE_PARAMETERS: Mapping[str, Any] = {
    "n_estimators": 300, "max_depth": 2, "learning_rate": 0.05, "subsample": 0.8, "min_samples_leaf": 20,
}


def raw_scores(estimator: Estimator, values: np.ndarray) -> np.ndarray:
    """The estimator's raw score of every row of imputed values."""
    return np.array([estimator.raw_score(list(row)) for row in values])


def fit_logistic(values: np.ndarray, labels: np.ndarray, weights: np.ndarray | None) -> LogisticRegression:
    """A class-balanced, L2-regularised logistic regression on standardised values."""
    scaler = StandardScaler().fit(values)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    regression = SklearnLogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)
    regression.fit((values - scaler.mean_) / scale, labels, sample_weight=weights)
    return LogisticRegression(
        feature_mean=tuple(float(v) for v in scaler.mean_),
        feature_scale=tuple(float(v) for v in scale),
        coefficients=tuple(float(v) for v in regression.coef_[0]),
        intercept=float(regression.intercept_[0]),
    )


def fit_trees(
    values: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray | None,
    seed: int,
    parameters: Mapping[str, Any] = TREE_PARAMETERS,
) -> GradientBoostedTrees:
    """Gradient-boosted regression trees, starting from the log-odds of the class prior."""
    boosting = GradientBoostingClassifier(random_state=seed, **parameters)
    boosting.fit(values, labels, sample_weight=weights)
    unbiased = GradientBoostedTrees(float(boosting.learning_rate), 0.0, _export_trees(boosting))
    # The ensemble's starting value (the log-odds of the class prior) is read back from the
    # fitted model rather than from its private attributes.
    baseline = float(boosting.decision_function(values[:1])[0]) - unbiased.raw_score(list(values[0]))
    return GradientBoostedTrees(float(boosting.learning_rate), baseline, unbiased.trees)


def fit_trees_plus_logistic(
    values: np.ndarray, labels: np.ndarray, weights: np.ndarray | None, seed: int
) -> WeightedSum:
    """Trees and a logistic regression with their raw scores summed, each divided by its spread on
    the training values so that neither dominates by scale alone."""
    members: list[tuple[float, Estimator]] = []
    for member in (fit_trees(values, labels, weights, seed), fit_logistic(values, labels, weights)):
        spread = float(np.std(raw_scores(member, values))) or 1.0
        members.append((1.0 / spread, member))
    return WeightedSum(tuple(members))


def estimator_factory(kind: EstimatorKind, seed: int) -> EstimatorFactory:
    """The factory of a recipe's estimator kind."""
    if kind == "logistic":
        return fit_logistic
    if kind == "trees":
        return lambda values, labels, weights: fit_trees(values, labels, weights, seed)
    if kind == "trees+logistic":
        return lambda values, labels, weights: fit_trees_plus_logistic(values, labels, weights, seed)
    raise ClassifierUsageError(f"unknown estimator kind {kind!r}; choose one of {', '.join(ESTIMATOR_KINDS)}")


class FixedStart:
    """A GradientBoostingClassifier `init` that starts boosting from an existing estimator's raw
    scores (warm start from the default model); fitting it does nothing."""

    def __init__(self, estimator: Estimator) -> None:
        self.estimator = estimator
        self.classes_ = np.array([0, 1])

    def fit(self, values: np.ndarray, labels: np.ndarray, sample_weight: np.ndarray | None = None) -> FixedStart:
        return self

    def predict_proba(self, values: np.ndarray) -> np.ndarray:
        raw = np.clip(raw_scores(self.estimator, values), -30.0, 30.0)
        probability = 1.0 / (1.0 + np.exp(-raw))
        return np.column_stack([1.0 - probability, probability])

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"estimator": self.estimator}


def fit_trees_from(
    start_from: Estimator,
    values: np.ndarray,
    labels: np.ndarray,
    seed: int,
    parameters: Mapping[str, Any] = TREE_PARAMETERS,
) -> Estimator:
    """Boosting continued from `start_from`'s raw scores.

    A tree ensemble start gives one ensemble: its trees followed by the new ones (values rescaled to
    its learning rate); any other start gives the weighted sum of it and the new trees.
    """
    boosting = GradientBoostingClassifier(random_state=seed, init=FixedStart(start_from), **parameters)
    boosting.fit(values, labels)
    if isinstance(start_from, GradientBoostedTrees):
        added = _export_trees(boosting, float(boosting.learning_rate) / start_from.learning_rate)
        return GradientBoostedTrees(start_from.learning_rate, start_from.baseline, start_from.trees + added)
    # sklearn's decision value is the start's raw score (clipped as FixedStart clips it) plus the new
    # trees; the clip only matters beyond odds of e^30.
    added_trees = GradientBoostedTrees(float(boosting.learning_rate), 0.0, _export_trees(boosting))
    return WeightedSum(((1.0, start_from), (1.0, added_trees)))


def warm_started_trees(start_from: Estimator | None, seed: int, parameters: Mapping[str, Any]) -> EstimatorFactory:
    """The factory of `train --from-history`: unweighted trees with `parameters`, continued from
    `start_from` when there is one. (History samples are not weighted.)"""
    if start_from is None:
        return lambda values, labels, _weights: fit_trees(values, labels, None, seed, parameters)
    return lambda values, labels, _weights: fit_trees_from(start_from, values, labels, seed, parameters)


def _export_trees(boosting: GradientBoostingClassifier, scale: float = 1.0) -> tuple[RegressionTree, ...]:
    return tuple(
        RegressionTree(
            feature=tuple(int(v) for v in tree.tree_.feature),
            threshold=tuple(float(v) for v in tree.tree_.threshold),
            left=tuple(int(v) for v in tree.tree_.children_left),
            right=tuple(int(v) for v in tree.tree_.children_right),
            value=tuple(float(v) * scale for v in tree.tree_.value[:, 0, 0]),
        )
        for tree in boosting.estimators_[:, 0]
    )
