"""Fit a classifier with scikit-learn and export it to the JSON model format.

This is the only module that imports numpy and scikit-learn; scoring never does. The steps:

1. features for every sample (through the same normalise/screen/extract path scoring uses) and,
   with `pieces_per_file`, for a few hunk-sized pieces of it, which every fit below trains on too
   (a fold never on pieces of the files it holds out);
2. grouped cross-validation (folds split by group, i.e. problem or project, never by file) gives
   out-of-fold raw scores, which fit an isotonic calibration map, so the probabilities reflect
   performance on unseen problems rather than on the training files themselves;
3. the threshold is the lowest calibrated probability that flags at most `target_fpr` of the
   human samples out of fold;
   with `cross_domain_calibration` (used for the default model), steps 2-3 hold out whole data sets
   instead of groups, so probabilities and threshold describe code from an unseen domain, which is
   what a user's repository is; this needs at least 3 data sets and falls back to groups otherwise;
4. the final estimator is fitted on all samples and exported with the calibration and threshold.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import sklearn
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression as SklearnLogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.languages import language_by_name
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.screening import screen_text
from provenance.classifier.features.vector import (
    FEATURE_NAMES,
    FEATURE_SET,
    extract_features,
)
from provenance.classifier.model.format import (
    Estimator,
    GradientBoostedTrees,
    IsotonicCalibration,
    LogisticRegression,
    Model,
    RegressionTree,
    WeightedSum,
)
from provenance.classifier.training.data import LabelledSample, sampled_hunk_pieces

EstimatorKind = Literal["logistic", "trees", "trees+logistic"]
ESTIMATOR_KINDS: tuple[EstimatorKind, ...] = ("logistic", "trees", "trees+logistic")
DEFAULT_TARGET_FPR = 0.01
MAX_FOLDS = 5


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
            samples=[sample for sample, keep in zip(self.samples, mask) if keep],
        )

    def feature_rows(self) -> list[dict[str, float | None]]:
        """Rows as the feature dictionaries scoring works on (None where not measurable)."""
        return [
            {name: (None if math.isnan(value) else float(value)) for name, value in zip(FEATURE_NAMES, row)}
            for row in self.values
        ]


def feature_row(text: str, language: str) -> list[float] | None:
    """The feature vector of one text (NaN where not measurable), or None when screening skips it."""
    if screen_text(text) is not None:
        return None
    features = extract_features(normalise_source(text), language_by_name(language))
    return [math.nan if (value := features[name]) is None else float(value) for name in FEATURE_NAMES]


def featurise(samples: Sequence[LabelledSample], cache: dict[str, Any] | None = None) -> FeatureMatrix:
    """Feature rows of the samples that pass screening. `cache` ({"get", "set", "key"} callables)
    lets benchmarks keep rows between runs; rows are stored with None for NaN."""
    kept: list[LabelledSample] = []
    rows: list[list[float]] = []
    for sample in samples:
        if cache is not None:
            key = cache["key"](sample)
            stored = cache["get"](key, "missing")
            if stored == "missing":
                row = feature_row(sample.text, sample.language)
                cache["set"](key, None if row is None else [None if math.isnan(v) else v for v in row])
            else:
                row = None if stored is None else [math.nan if v is None else v for v in stored]
        else:
            row = feature_row(sample.text, sample.language)
        if row is None:
            continue
        rows.append(row)
        kept.append(sample)
    return FeatureMatrix(
        values=np.array(rows, dtype=float).reshape(len(rows), len(FEATURE_NAMES)),
        labels=np.array([sample.label for sample in kept], dtype=int),
        groups=np.array([sample.group for sample in kept]),
        samples=kept,
    )


def imputation_values(values: np.ndarray) -> np.ndarray:
    """Per-feature mean over the samples where it was measurable (0 if it never was)."""
    measured = ~np.isnan(values)
    sums = np.where(measured, values, 0.0).sum(axis=0)
    counts = measured.sum(axis=0)
    means: np.ndarray = np.divide(sums, counts, out=np.zeros(values.shape[1]), where=counts > 0)
    return means


def _impute(values: np.ndarray, fill: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(values), fill, values)


# Depth 2 (pairwise interactions only) transfers across domains better than depth 3: leave-one-domain-out
# pooled AUROC 0.845 against 0.816 on the same features (benchmarks/classifier_experiments.py).
TREE_PARAMETERS = dict(n_estimators=300, max_depth=2, learning_rate=0.05, subsample=0.8, min_samples_leaf=20)


class _FixedStart:
    """A GradientBoostingClassifier `init` that starts boosting from an existing estimator's raw
    scores (warm start from the default model); fitting it does nothing."""

    def __init__(self, estimator: Estimator) -> None:
        self.estimator = estimator
        self.classes_ = np.array([0, 1])

    def fit(self, values: np.ndarray, labels: np.ndarray, sample_weight: np.ndarray | None = None) -> _FixedStart:
        return self

    def predict_proba(self, values: np.ndarray) -> np.ndarray:
        raw = np.clip(_raw_scores(self.estimator, values), -30.0, 30.0)
        probability = 1.0 / (1.0 + np.exp(-raw))
        return np.column_stack([1.0 - probability, probability])

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"estimator": self.estimator}


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


def _fit_estimator(
    values: np.ndarray,
    labels: np.ndarray,
    kind: EstimatorKind,
    seed: int,
    sample_weight: np.ndarray | None = None,
    start_from: Estimator | None = None,
    tree_parameters: dict[str, Any] | None = None,
) -> Estimator:
    """Fit on imputed values and return the pure-Python estimator that reproduces its raw score.

    With `start_from` (trees only), boosting continues from that estimator's raw scores. A tree
    ensemble start gives one ensemble: its trees followed by the new ones (values rescaled to its
    learning rate); any other start gives the weighted sum of it and the new trees.
    "trees+logistic" fits both and sums their raw scores, each divided by its spread on the training
    values so that neither dominates by scale alone.
    """
    if kind == "trees+logistic":
        members: list[tuple[float, Estimator]] = []
        for member_kind in ("trees", "logistic"):
            member = _fit_estimator(values, labels, member_kind, seed, sample_weight, None, tree_parameters)
            spread = float(np.std(_raw_scores(member, values))) or 1.0
            members.append((1.0 / spread, member))
        return WeightedSum(tuple(members))
    if kind == "logistic":
        scaler = StandardScaler().fit(values)
        scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
        regression = SklearnLogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)
        regression.fit((values - scaler.mean_) / scale, labels, sample_weight=sample_weight)
        return LogisticRegression(
            feature_mean=tuple(float(v) for v in scaler.mean_),
            feature_scale=tuple(float(v) for v in scale),
            coefficients=tuple(float(v) for v in regression.coef_[0]),
            intercept=float(regression.intercept_[0]),
        )
    if kind == "trees":
        parameters = {**TREE_PARAMETERS, **(tree_parameters or {})}
        if start_from is not None:
            parameters["init"] = _FixedStart(start_from)
        boosting = GradientBoostingClassifier(random_state=seed, **parameters)
        boosting.fit(values, labels, sample_weight=sample_weight)
        if isinstance(start_from, GradientBoostedTrees):
            added = _export_trees(boosting, float(boosting.learning_rate) / start_from.learning_rate)
            return GradientBoostedTrees(start_from.learning_rate, start_from.baseline, start_from.trees + added)
        if start_from is not None:
            # sklearn's decision value is the start's raw score (clipped as _FixedStart clips it) plus
            # the new trees; the clip only matters beyond odds of e^30.
            added_trees = GradientBoostedTrees(float(boosting.learning_rate), 0.0, _export_trees(boosting))
            return WeightedSum(((1.0, start_from), (1.0, added_trees)))
        unbiased = GradientBoostedTrees(float(boosting.learning_rate), 0.0, _export_trees(boosting))
        # The ensemble's starting value (the log-odds of the class prior) is read back from the
        # fitted model rather than from its private attributes.
        baseline = float(boosting.decision_function(values[:1])[0]) - unbiased.raw_score(list(values[0]))
        return GradientBoostedTrees(float(boosting.learning_rate), baseline, unbiased.trees)
    raise ClassifierUsageError(f"unknown estimator kind {kind!r}; choose one of {', '.join(ESTIMATOR_KINDS)}")


def balanced_weights(units: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
    """Sample weights giving every unit (data set) the same total weight, normalised to mean 1; with
    `labels`, every (unit, label) cell instead, so a data set's AI and human halves weigh the same."""
    if labels is not None:
        units = np.array([f"{unit}\0{label}" for unit, label in zip(units, labels)])
    _, inverse, counts = np.unique(units, return_inverse=True, return_counts=True)
    weights = 1.0 / counts[inverse]
    normalised: np.ndarray = weights * len(weights) / weights.sum()
    return normalised


HeldOutBy = Literal["group", "dataset", "domain"]


def held_out_units(samples: Sequence[LabelledSample], held_out_by: HeldOutBy) -> np.ndarray:
    """The unit each sample is held out with: its group, its data set, or its domain (its data set
    when it has none)."""
    if held_out_by == "group":
        return np.array([sample.group for sample in samples])
    if held_out_by == "dataset":
        return np.array([sample.dataset for sample in samples])
    return np.array([sample.domain or sample.dataset for sample in samples])


@dataclass(frozen=True)
class TrainingPieces:
    """Hunk-sized pieces trained on beside their files (`training_data.sampled_hunk_pieces`): their
    features, the unit (group, data set or domain) of the file each was cut from, so a fold never
    trains on pieces of the files it holds out, and their sample weights (None: unweighted)."""

    matrix: FeatureMatrix
    units: np.ndarray
    weights: np.ndarray | None

    def stacked_under(
        self, values: np.ndarray, labels: np.ndarray, weights: np.ndarray | None, kept: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Files' training rows with the (kept) pieces appended."""
        kept = np.ones(len(self.units), dtype=bool) if kept is None else kept
        piece_weights = None if self.weights is None else self.weights[kept]
        stacked_weights = None
        if weights is not None or piece_weights is not None:
            stacked_weights = np.concatenate([
                np.ones(len(labels)) if weights is None else weights,
                np.ones(int(kept.sum())) if piece_weights is None else piece_weights,
            ])  # fmt: skip
        return (
            np.vstack([values, self.matrix.values[kept]]),
            np.concatenate([labels, self.matrix.labels[kept]]),
            stacked_weights,
        )


def file_and_piece_weights(
    file_units: np.ndarray, file_labels: np.ndarray, piece_units: np.ndarray, piece_labels: np.ndarray,
    balance_labels: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """`balanced_weights` over files and pieces together, files and pieces of a unit being separate
    cells: a data set's pieces weigh as much in total as its files."""
    cells = np.array([f"{unit}/file" for unit in file_units] + [f"{unit}/piece" for unit in piece_units])
    labels = np.concatenate([file_labels, piece_labels])
    weights = balanced_weights(cells, labels if balance_labels else None)
    return weights[: len(file_units)], weights[len(file_units) :]


def training_pieces(
    matrix: FeatureMatrix,
    per_file: int,
    held_out_by: HeldOutBy,
    balance_datasets: bool,
    balance_labels: bool,
    featuriser: Callable[[Sequence[LabelledSample]], FeatureMatrix] = featurise,
) -> tuple[TrainingPieces, np.ndarray]:
    """Up to `per_file` hunk-sized pieces of every file of `matrix`, and the files' sample weights
    to train with them: the pieces weigh as much in total as the files (per data set x label cell
    with `balance_datasets` / `balance_labels`)."""
    pieces = featuriser([piece for sample in matrix.samples for piece in sampled_hunk_pieces(sample, per_file)])
    if balance_datasets:
        file_cells = np.array([sample.dataset for sample in matrix.samples])
        piece_cells = np.array([sample.dataset for sample in pieces.samples])
    else:
        file_cells, piece_cells = np.full(len(matrix.samples), "all"), np.full(len(pieces.samples), "all")
    file_weights, piece_weights = file_and_piece_weights(
        file_cells, matrix.labels, piece_cells, pieces.labels, balance_datasets and balance_labels
    )
    return TrainingPieces(pieces, held_out_units(pieces.samples, held_out_by), piece_weights), file_weights


def _raw_scores(estimator: Estimator, values: np.ndarray) -> np.ndarray:
    return np.array([estimator.raw_score(list(row)) for row in values])


MIN_DATASETS_FOR_CROSS_DOMAIN = 3


def out_of_fold_raw_scores(
    matrix: FeatureMatrix,
    kind: EstimatorKind,
    seed: int = 0,
    groups: np.ndarray | None = None,
    leave_one_out: bool = False,
    sample_weight: np.ndarray | None = None,
    pieces: FeatureMatrix | None = None,
    piece_groups: np.ndarray | None = None,
    trained_pieces: TrainingPieces | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Raw scores of each sample from a model fitted without its group (grouped K-fold), or with
    `leave_one_out` without its unit (one fit per distinct value of `groups`); and the raw scores of
    `pieces` (hunk-sized parts of the samples, `training_data.hunk_pieces`) from the model of the
    fold their file was held out in;
    `piece_groups` holds the same kind of group or unit names as `groups`. With `trained_pieces`,
    every fold also trains on the pieces whose unit it trains on (never on pieces of held-out files)."""
    groups = matrix.groups if groups is None else groups
    if leave_one_out:
        splits = [(np.flatnonzero(groups != unit), np.flatnonzero(groups == unit)) for unit in sorted(set(groups))]
    else:
        folds = min(MAX_FOLDS, len(set(groups)))
        splits = list(GroupKFold(n_splits=folds).split(matrix.values, matrix.labels, groups))
    scores = np.zeros(len(matrix.labels))
    piece_scores = np.zeros(0 if pieces is None else len(pieces.labels))
    for fit_index, held_out_index in splits:
        if len(set(matrix.labels[fit_index])) < 2:
            raise ClassifierUsageError("a cross-validation fold has only one label: add more groups of each label")
        values, labels = matrix.values[fit_index], matrix.labels[fit_index]
        weights = None if sample_weight is None else sample_weight[fit_index]
        if trained_pieces is not None:
            kept = ~np.isin(trained_pieces.units, groups[held_out_index])
            values, labels, weights = trained_pieces.stacked_under(values, labels, weights, kept)
        fill = imputation_values(values)
        estimator = _fit_estimator(_impute(values, fill), labels, kind, seed, weights)
        scores[held_out_index] = _raw_scores(estimator, _impute(matrix.values[held_out_index], fill))
        if pieces is not None and piece_groups is not None:
            inside = np.isin(piece_groups, groups[held_out_index])
            piece_scores[inside] = _raw_scores(estimator, _impute(pieces.values[inside], fill))
    return scores, piece_scores


def fit_calibration(raw_scores: np.ndarray, labels: np.ndarray) -> IsotonicCalibration:
    isotonic = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(raw_scores, labels)
    return IsotonicCalibration(
        raw=tuple(float(v) for v in isotonic.X_thresholds_),
        probability=tuple(float(v) for v in isotonic.y_thresholds_),
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


@dataclass(frozen=True)
class TrainingReport:
    samples_by_label: dict[str, int]
    groups: int
    out_of_fold_auroc: float
    out_of_fold_fpr_at_threshold: float
    out_of_fold_tpr_at_threshold: float
    out_of_fold_raw: Any = None  # np.ndarray of out-of-fold raw scores, in matrix order
    held_out_units: Any = None  # np.ndarray: the unit each sample was held out with


def fit_model(
    samples: Sequence[LabelledSample],
    kind: EstimatorKind = "logistic",
    target_fpr: float = DEFAULT_TARGET_FPR,
    seed: int = 0,
    metadata: dict[str, Any] | None = None,
    cross_domain_calibration: bool = False,
    **options: Any,
) -> tuple[Model, TrainingReport]:
    """Train, calibrate and set the threshold; see the module docstring for the procedure."""
    return fit_matrix(featurise(samples), kind, target_fpr, seed, metadata, cross_domain_calibration, **options)


def fit_matrix(
    matrix: FeatureMatrix,
    kind: EstimatorKind = "logistic",
    target_fpr: float = DEFAULT_TARGET_FPR,
    seed: int = 0,
    metadata: dict[str, Any] | None = None,
    cross_domain_calibration: bool = False,
    held_out_by: HeldOutBy | None = None,
    balance_datasets: bool = False,
    every_unit_threshold: bool = False,
    timestamp: bool = True,
    balance_labels: bool = False,
    pieces_per_file: int = 0,
    featuriser: Callable[[Sequence[LabelledSample]], FeatureMatrix] = featurise,
) -> tuple[Model, TrainingReport]:
    """`fit_model` on samples already turned into features (lets evaluation featurise once).

    `held_out_by` chooses what calibration holds out: "group" (grouped K-fold), "dataset" (the same
    as `cross_domain_calibration`) or "domain" (one fit per data set / domain left out; needs at
    least 3). `balance_datasets` weights samples so each data set has the same total weight (with
    `balance_labels`: each data set's AI part and human part).
    `every_unit_threshold` sets the threshold so that at most `target_fpr` of the human samples of
    EVERY held-out unit are flagged (not just of all of them pooled).
    `pieces_per_file` > 0 also trains on up to that many hunk-sized pieces of every file (weighing as much
    in total as the files, per data set when balanced; `featuriser` turns them into features); the
    calibration and threshold stay fitted on the files' held-out scores.
    """
    label_counts = Counter(int(label) for label in matrix.labels)
    if label_counts[1] < 2 or label_counts[0] < 2 or len(set(matrix.groups)) < 2:
        raise ClassifierUsageError(
            "training needs at least 2 usable AI files, 2 usable human files and 2 groups "
            f"(found {label_counts[1]} AI, {label_counts[0]} human in {len(set(matrix.groups))} groups)"
        )
    if held_out_by is None:
        held_out_by = "dataset" if cross_domain_calibration else "group"
    datasets = np.array([sample.dataset for sample in matrix.samples])
    units = held_out_units(matrix.samples, held_out_by)
    if held_out_by != "group" and len(set(units)) < MIN_DATASETS_FOR_CROSS_DOMAIN:
        held_out_by, units = "group", matrix.groups
    by_unit = held_out_by != "group"
    weights = balanced_weights(datasets, matrix.labels if balance_labels else None) if balance_datasets else None
    trained_pieces = None
    if pieces_per_file > 0:
        trained_pieces, weights = training_pieces(
            matrix, pieces_per_file, held_out_by, balance_datasets, balance_labels, featuriser
        )
    oof_raw = out_of_fold_raw_scores(
        matrix, kind, seed, units, leave_one_out=by_unit, sample_weight=weights, trained_pieces=trained_pieces
    )[0]
    calibration = fit_calibration(oof_raw, matrix.labels)
    oof_probability = np.array([calibration(float(raw)) for raw in oof_raw])
    human = matrix.labels == 0
    threshold = threshold_for_fpr(oof_probability[human].tolist(), target_fpr)
    if every_unit_threshold and by_unit:
        for unit in sorted(set(units[human])):
            threshold = max(threshold, threshold_for_fpr(oof_probability[human & (units == unit)].tolist(), target_fpr))
    values, labels, all_weights = matrix.values, matrix.labels, weights
    if trained_pieces is not None:
        values, labels, all_weights = trained_pieces.stacked_under(values, labels, weights)
    fill = imputation_values(values)
    estimator = _fit_estimator(_impute(values, fill), labels, kind, seed, all_weights)
    flagged = oof_probability >= threshold
    report = TrainingReport(
        samples_by_label={"ai": label_counts[1], "human": label_counts[0]},
        groups=len(set(matrix.groups)),
        out_of_fold_auroc=float(roc_auc_score(matrix.labels, oof_raw)),
        out_of_fold_fpr_at_threshold=float(flagged[matrix.labels == 0].mean()),
        out_of_fold_tpr_at_threshold=float(flagged[matrix.labels == 1].mean()),
        out_of_fold_raw=oof_raw,
        held_out_units=units,
    )
    stamp = (
        {"trained_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if timestamp
        else {}
    )
    model = Model(
        feature_set=FEATURE_SET,
        feature_names=FEATURE_NAMES,
        imputation_values=tuple(float(v) for v in fill),
        estimator=estimator,
        calibration=calibration,
        threshold=threshold,
        metadata={
            **stamp,
            "estimator_kind": kind,
            "scikit_learn_version": sklearn.__version__,
            "samples": report.samples_by_label,
            "groups": report.groups,
            "datasets": sorted(set(datasets.tolist())),
            "target_fpr": target_fpr,
            "calibration_held_out": {"group": "group", "dataset": "data set", "domain": "domain"}[held_out_by],
            "threshold_rule": "every held-out unit" if every_unit_threshold and by_unit else "pooled",
            "balanced_datasets": balance_datasets,
            "balanced_labels": balance_datasets and balance_labels,
            "pieces_per_file": pieces_per_file,
            "out_of_fold_auroc": round(report.out_of_fold_auroc, 4),
            "out_of_fold_fpr_at_threshold": round(report.out_of_fold_fpr_at_threshold, 4),
            "out_of_fold_tpr_at_threshold": round(report.out_of_fold_tpr_at_threshold, 4),
            **(metadata or {}),
        },
    )
    return model, report
