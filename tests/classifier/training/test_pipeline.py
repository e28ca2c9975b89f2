"""The shared training path: folds follow the scikit-learn splitter they are given, and folder and
history training get their calibration and threshold from the same out-of-fold steps."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.vector import FEATURE_NAMES
from provenance.classifier.model.format import Estimator, Model, save_model
from provenance.classifier.scoring.pipeline import load_scoring_model
from provenance.classifier.training.data import (
    AI,
    HUMAN,
    LabelledSample,
    read_labelled_folder,
)
from provenance.classifier.training.estimators import fit_logistic, warm_started_trees
from provenance.classifier.training.fit import fit_matrix, fit_model
from provenance.classifier.training.history import (
    HISTORY_TREES,
    History,
    read_history,
    time_split,
    train_from_history,
)
from provenance.classifier.training.matrix import (
    FeatureMatrix,
    featurise,
    imputation_values,
)
from provenance.classifier.training.pipeline import (
    RANKING_RAMP_WEIGHT,
    Folds,
    Learner,
    TrainingSet,
    calibrate,
    fit_calibration,
    grouped_folds,
    leave_one_unit_out,
    out_of_fold_raw_scores,
)
from provenance.classifier.training.recipe import HISTORY_RECIPE, TrainingRecipe
from provenance.classifier.training.weighting import TrainingPieces
from tests.classifier.training.test_history import make_history
from tests.classifier.training.test_training import make_labelled_folder
from tests.gitutil import init_repo

PIECE_IDS_FROM = 1000


def synthetic_matrix(groups: int = 8, per_group: int = 6, seed: int = 0) -> FeatureMatrix:
    """Rows whose first feature is the row's number (so a fit can tell which rows it saw) and whose
    second separates the labels; group g belongs to domain g % 4; both labels in every group."""
    rng = np.random.default_rng(seed)
    count = groups * per_group
    values = rng.normal(size=(count, len(FEATURE_NAMES)))
    values[:, 0] = np.arange(count)
    labels = np.arange(count) % 2
    values[:, 1] += 3 * labels
    samples = [
        LabelledSample("", f"f{row}.py", int(labels[row]), f"g{row // per_group}", "set", "python",
                       f"d{(row // per_group) % 4}")
        for row in range(count)
    ]  # fmt: skip
    return FeatureMatrix(values, labels, np.array([s.group for s in samples]), samples)


class RecordingFactory:
    """A real logistic regression that notes which row numbers (first feature) every fit trained on."""

    def __init__(self) -> None:
        self.fits: list[set[int]] = []

    def __call__(self, values: np.ndarray, labels: np.ndarray, weights: np.ndarray | None) -> Estimator:
        self.fits.append({int(v) for v in values[:, 0]})
        return fit_logistic(values, labels, weights)


def held_out_rows_per_fold(
    matrix: FeatureMatrix, folds: Folds, data: TrainingSet | None = None
) -> tuple[list[set[int]], list[set[int]]]:
    """The rows each fold held out, and the rows (and piece numbers) each fold trained on."""
    factory = RecordingFactory()
    out_of_fold_raw_scores(data or TrainingSet(matrix), Learner(factory), folds)
    every_row = set(range(len(matrix.labels)))
    return [every_row - (seen & every_row) for seen in factory.fits], factory.fits


def test_grouped_folds_never_put_a_group_on_both_sides_and_hold_out_every_file_once() -> None:
    matrix = synthetic_matrix()
    held_out, _ = held_out_rows_per_fold(matrix, grouped_folds(matrix.groups))
    assert len(held_out) == 5  # at most 5 folds over 8 groups
    assert sorted(row for rows in held_out for row in rows) == list(range(len(matrix.labels)))
    for rows in held_out:
        held_groups = {matrix.groups[row] for row in rows}
        fitted_groups = {matrix.groups[row] for row in set(range(len(matrix.labels))) - rows}
        assert held_groups and not held_groups & fitted_groups


def test_a_given_splitter_decides_the_folds() -> None:
    matrix = synthetic_matrix()
    held_out, _ = held_out_rows_per_fold(matrix, Folds(GroupKFold(n_splits=2), matrix.groups))
    assert len(held_out) == 2 and all(len(rows) == len(matrix.labels) // 2 for rows in held_out)
    domains = np.array([sample.domain for sample in matrix.samples])
    held_out, _ = held_out_rows_per_fold(matrix, leave_one_unit_out(domains))
    assert sorted({matrix.samples[row].domain for row in rows}.pop() for rows in held_out) == ["d0", "d1", "d2", "d3"]
    assert all(len({matrix.samples[row].domain for row in rows}) == 1 for rows in held_out)
    assert sorted(len(rows) for rows in held_out) == [12] * 4  # two groups of six per domain


def test_a_fold_trains_on_the_pieces_of_the_units_it_keeps_only() -> None:
    matrix = synthetic_matrix()
    domains = np.array([sample.domain for sample in matrix.samples])
    # One "piece" per file, numbered PIECE_IDS_FROM + the file's row, held out with its file's domain.
    piece_values = matrix.values.copy()
    piece_values[:, 0] += PIECE_IDS_FROM
    pieces = TrainingPieces(dataclasses.replace(matrix, values=piece_values), domains, None)
    held_out, fits = held_out_rows_per_fold(matrix, leave_one_unit_out(domains), TrainingSet(matrix, None, pieces))
    for rows, seen in zip(held_out, fits, strict=True):
        trained_pieces = {piece - PIECE_IDS_FROM for piece in seen if piece >= PIECE_IDS_FROM}
        assert trained_pieces == set(range(len(matrix.labels))) - rows


def test_fit_matrix_holds_out_what_the_recipe_says_and_falls_back_to_groups() -> None:
    matrix = synthetic_matrix(groups=12, per_group=10)
    domains = np.array([sample.domain for sample in matrix.samples])
    recipe = TrainingRecipe(held_out_by="domain", threshold_rule="every-unit", target_fpr=0.1)
    model, report = fit_matrix(matrix, recipe)
    assert np.array_equal(report.held_out_units, domains)
    assert model.metadata["calibration_held_out"] == "domain"
    assert model.metadata["threshold_rule"] == "every held-out unit"
    # 10% of 60 human files pooled is 6 of them, of a domain's 15 only one, so the rule matters.
    every_unit = calibrate(report.out_of_fold_raw, matrix.labels, 0.1, domains).threshold
    pooled = calibrate(report.out_of_fold_raw, matrix.labels, 0.1).threshold
    assert model.threshold == every_unit > pooled
    pooled_model, _ = fit_matrix(matrix, dataclasses.replace(recipe, threshold_rule="pooled"))
    assert pooled_model.threshold == pooled
    two_domains = matrix.subset(np.isin(domains, ["d0", "d1"]))
    model, report = fit_matrix(two_domains, TrainingRecipe(held_out_by="domain", threshold_rule="every-unit"))
    assert np.array_equal(report.held_out_units, two_domains.groups)
    assert (model.metadata["calibration_held_out"], model.metadata["threshold_rule"]) == ("group", "pooled")


def test_a_fold_with_one_label_is_a_usage_error() -> None:
    matrix = synthetic_matrix()
    # Every human file in one group: the fold holding it out fits on AI files only.
    groups = np.where(matrix.labels == HUMAN, "humans", matrix.groups)
    samples = [dataclasses.replace(s, group=str(g)) for s, g in zip(matrix.samples, groups, strict=True)]
    with pytest.raises(ClassifierUsageError, match="a cross-validation fold has only one label"):
        fit_matrix(FeatureMatrix(matrix.values, matrix.labels, groups, samples))


def test_folder_training_takes_calibration_and_threshold_from_the_shared_steps(tmp_path: Path) -> None:
    samples = read_labelled_folder(make_labelled_folder(tmp_path / "data", groups=12, seed=21))
    recipe = TrainingRecipe(kind="logistic", target_fpr=0.2, timestamp=False)
    model, report = fit_model(samples, recipe)
    matrix = featurise(samples)
    raw = out_of_fold_raw_scores(TrainingSet(matrix), Learner(fit_logistic), grouped_folds(matrix.groups)).files
    assert np.array_equal(raw, report.out_of_fold_raw)
    expected = calibrate(raw, matrix.labels, 0.2)
    assert (model.calibration, model.threshold) == (expected.calibration, expected.threshold)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    """The history of test_history with three AI commits relabelled human, so the styles overlap and
    the threshold depends on the target FPR."""
    repo = init_repo(tmp_path_factory.mktemp("pipeline-history") / "repo")
    make_history(repo, ai_commits=13, declared_human=8, old_human=8)
    history = read_history(repo)
    for commit in sorted(history.labelled(AI), key=lambda c: c.commit_time)[:3]:
        commit.label = HUMAN
        commit.samples = [dataclasses.replace(sample, label=HUMAN) for sample in commit.samples]
    return history


@pytest.mark.parametrize("start", ["default", "scratch"])
def test_history_training_takes_calibration_and_threshold_from_the_shared_steps(history: History, start: str) -> None:
    default = load_scoring_model(None)
    recipe = dataclasses.replace(HISTORY_RECIPE, target_fpr=0.2, seed=3, timestamp=False)
    result = train_from_history(history, default, start, recipe)  # type: ignore[arg-type]
    # The same steps, by hand: trees continued from the default model (or not), folds by commit.
    training = featurise([s for commit in time_split(history).training for s in commit.samples])
    if start == "default":
        # Trees continued from the default model, unless they did not beat it on the newer
        # training commits (the time check): then the default's trees, recalibrated.
        keeps_default = result.time_check is not None and result.time_check.keeps_default
        make = (warm_started_trees(default.estimator, 3, HISTORY_TREES) if not keeps_default
                else lambda _values, _labels, _weights: default.estimator)
        learner = Learner(make, np.array(default.imputation_values))
    else:
        assert result.time_check is None
        learner = Learner(warm_started_trees(None, 3, HISTORY_TREES), imputation_values(training.values))
    raw = out_of_fold_raw_scores(TrainingSet(training), learner, grouped_folds(training.groups)).files
    # A history's calibration keeps the trees' ranking (no plateau ties two files).
    expected = calibrate(raw, training.labels, 0.2, keep_ranking=True)
    assert (result.model.calibration, result.model.threshold) == (expected.calibration, expected.threshold)
    assert result.model.calibration != calibrate(raw, training.labels, 0.2).calibration
    assert result.model.threshold != calibrate(raw, training.labels, 0.01, keep_ranking=True).threshold
    assert "trained_at" not in result.model.metadata and result.model.metadata["target_fpr"] == 0.2


def test_history_training_refuses_a_recipe_it_cannot_follow() -> None:
    empty = History([], 0)
    recipe = TrainingRecipe(kind="logistic", pieces_per_file=2)
    with pytest.raises(ClassifierUsageError) as raised:
        train_from_history(empty, load_scoring_model(None), "default", recipe)
    message = str(raised.value)
    assert "cannot follow the recipe's kind, pieces_per_file" in message and "\n" not in message


def test_a_recipe_without_timestamp_trains_the_same_bytes_twice(tmp_path: Path) -> None:
    samples = read_labelled_folder(make_labelled_folder(tmp_path / "data", groups=10, seed=22))
    recipe = TrainingRecipe(kind="trees+logistic", pieces_per_file=1, timestamp=False)
    paths = [tmp_path / "first.json", tmp_path / "second.json"]
    for path in paths:
        save_model(fit_model(samples, recipe)[0], path)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    stamped: Model = fit_model(samples, dataclasses.replace(recipe, timestamp=True))[0]
    assert "trained_at" in stamped.metadata and "trained_at" not in json.loads(paths[0].read_text())["metadata"]


def test_the_seed_reaches_the_estimator(tmp_path: Path) -> None:
    samples = read_labelled_folder(make_labelled_folder(tmp_path / "data", groups=10, seed=23))
    rows = featurise(samples).feature_rows()
    first = fit_model(samples, TrainingRecipe(kind="trees", seed=0))[0]
    second = fit_model(samples, TrainingRecipe(kind="trees", seed=1))[0]
    # Subsampled boosting: another seed draws other subsamples, so other trees.
    assert [first.raw_score(row) for row in rows] != [second.raw_score(row) for row in rows]


def test_a_ranking_keeping_calibration_ties_no_scores_and_stays_next_to_the_isotonic_map() -> None:
    # Scores 0..9: the labels are not monotone in the middle, so isotonic regression pools a plateau
    # there and ties the scores inside it.
    raw = np.arange(10, dtype=float)
    labels = np.array([0, 0, 1, 0, 1, 0, 1, 1, 0, 1])
    isotonic = fit_calibration(raw, labels)
    ranked = fit_calibration(raw, labels, keep_ranking=True)
    plain = [isotonic(float(value)) for value in raw]
    kept = [ranked(float(value)) for value in raw]
    assert len(set(plain)) < len(plain)  # the isotonic map ties some of them
    assert all(low < high for low, high in itertools.pairwise(kept))
    assert max(abs(a - b) for a, b in zip(plain, kept, strict=True)) <= RANKING_RAMP_WEIGHT
    assert ranked.raw == isotonic.raw and 0.0 <= min(ranked.probability) <= max(ranked.probability) <= 1.0
