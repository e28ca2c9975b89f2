"""The JSON model format: round trips, pure-Python scoring, and clear errors on bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.classifier.errors import ModelFileError
from provenance.classifier.features.vector import FEATURE_NAMES
from provenance.classifier.model.format import (
    MODEL_FORMAT_VERSION,
    GradientBoostedTrees,
    IsotonicCalibration,
    LogisticRegression,
    Model,
    RegressionTree,
    WeightedSum,
    load_model,
    save_model,
)
from provenance.classifier.scoring.pipeline import (
    default_model_path,
    load_scoring_model,
)
from tests.paths import CLASSIFIER_FIXTURES

WIDTH = len(FEATURE_NAMES)


def logistic_model() -> Model:
    coefficients = [0.0] * WIDTH
    coefficients[0] = 2.0  # only layout.mean_line_length matters
    return Model(
        feature_set="stylometry-1",
        feature_names=FEATURE_NAMES,
        imputation_values=tuple([30.0] * WIDTH),
        estimator=LogisticRegression(
            feature_mean=tuple([30.0] * WIDTH), feature_scale=tuple([10.0] * WIDTH),
            coefficients=tuple(coefficients), intercept=0.0,
        ),
        calibration=IsotonicCalibration(raw=(-2.0, 0.0, 2.0), probability=(0.1, 0.5, 0.9)),
        threshold=0.8,
        metadata={"note": "test"},
    )


def tree_model() -> Model:
    # One stump on feature 1: value <= 5 -> -1, else +1.
    stump = RegressionTree(feature=(1, -2, -2), threshold=(5.0, -2.0, -2.0), left=(1, -1, -1), right=(2, -1, -1),
                           value=(0.0, -1.0, 1.0))  # fmt: skip
    return Model(
        feature_set="stylometry-1",
        feature_names=FEATURE_NAMES,
        imputation_values=tuple([0.0] * WIDTH),
        estimator=GradientBoostedTrees(learning_rate=0.5, baseline=0.25, trees=(stump, stump)),
        calibration=IsotonicCalibration(raw=(-1.0, 1.0), probability=(0.0, 1.0)),
        threshold=0.9,
    )


def test_logistic_scoring_is_standardised_dot_product_then_calibration() -> None:
    model = logistic_model()
    assert model.raw_score({"layout.mean_line_length": 40.0}) == pytest.approx(2.0)
    assert model.probability({"layout.mean_line_length": 40.0}) == pytest.approx(0.9)
    assert model.probability({"layout.mean_line_length": 35.0}) == pytest.approx(0.7)  # interpolated
    # Unmeasurable features take the imputation value, which here is the mean: a neutral score.
    assert model.probability({"layout.mean_line_length": None}) == pytest.approx(0.5)
    assert model.probability({"layout.mean_line_length": 1000.0}) == pytest.approx(0.9)  # clamped


def test_tree_scoring_walks_each_tree() -> None:
    model = tree_model()
    high = {FEATURE_NAMES[1]: 9.0}
    low = {FEATURE_NAMES[1]: 1.0}
    assert model.raw_score(high) == pytest.approx(0.25 + 0.5 * 2)
    assert model.raw_score(low) == pytest.approx(0.25 - 0.5 * 2)
    assert model.probability(high) == 1.0
    assert model.probability(low) == pytest.approx(0.125)  # raw -0.75 on the map -1..1 -> 0..1


def sum_model() -> Model:
    """The default model's shape: trees plus a linear model, each member scaled."""
    trees, linear = tree_model().estimator, logistic_model().estimator
    return Model(
        feature_set="stylometry-1",
        feature_names=FEATURE_NAMES,
        imputation_values=tuple([30.0] * WIDTH),
        estimator=WeightedSum(((0.5, trees), (2.0, linear))),
        calibration=IsotonicCalibration(raw=(-4.0, 4.0), probability=(0.0, 1.0)),
        threshold=0.75,
    )


def test_weighted_sum_scores_the_weighted_sum_of_its_members() -> None:
    model = sum_model()
    features = {FEATURE_NAMES[0]: 35.0, FEATURE_NAMES[1]: 9.0}
    vector = model.vectorise(features)
    trees, linear = tree_model().estimator, logistic_model().estimator
    assert trees.raw_score(vector) == pytest.approx(1.25) and linear.raw_score(vector) == pytest.approx(1.0)
    assert model.raw_score(features) == pytest.approx(0.5 * 1.25 + 2.0 * 1.0)
    assert model.probability(features) == pytest.approx(0.5 + (0.5 * 1.25 + 2.0 * 1.0) / 8)


@pytest.mark.parametrize("make", [logistic_model, tree_model, sum_model])
def test_round_trip_preserves_scores(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    model = make()
    path = tmp_path / "model.json"
    save_model(model, path)
    loaded = load_model(path, FEATURE_NAMES)
    for value in (0.0, 3.0, 7.5, 33.0, 48.0):
        features = dict.fromkeys(FEATURE_NAMES, value)
        assert loaded.probability(features) == pytest.approx(model.probability(features))
    assert loaded.threshold == model.threshold
    assert json.loads(path.read_text())["format_version"] == MODEL_FORMAT_VERSION


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "bad-model.json"
    path.write_text(json.dumps(document) if not isinstance(document, str) else document)
    return path


def _expect_error(path: Path, *fragments: str) -> None:
    with pytest.raises(ModelFileError) as raised:
        load_model(path, FEATURE_NAMES)
    message = str(raised.value)
    assert raised.value.exit_code == 3
    assert "\n" not in message
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message


def test_corrupted_json_is_rejected_with_a_clear_message(tmp_path: Path) -> None:
    good = json.dumps(logistic_model().to_json())
    _expect_error(_write(tmp_path, good[: len(good) // 2]), "not valid JSON", "retrain")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    _expect_error(tmp_path / "absent.json", "does not exist")


def test_newer_format_version_asks_for_an_upgrade(tmp_path: Path) -> None:
    document = logistic_model().to_json()
    document["format_version"] = MODEL_FORMAT_VERSION + 1
    _expect_error(_write(tmp_path, document), "newer", "upgrade git-provenance")


def test_old_or_missing_format_version_is_rejected(tmp_path: Path) -> None:
    document = logistic_model().to_json()
    document["format_version"] = 0
    _expect_error(_write(tmp_path, document), "unsupported format version")
    del document["format_version"]
    _expect_error(_write(tmp_path, document), "unsupported format version")


def test_version_1_files_are_still_read_but_cannot_hold_a_weighted_sum(tmp_path: Path) -> None:
    document = tree_model().to_json()
    document["format_version"] = 1
    assert load_model(_write(tmp_path, document), FEATURE_NAMES).threshold == 0.9
    document = sum_model().to_json()
    document["format_version"] = 1
    _expect_error(_write(tmp_path, document), "unknown estimator kind 'weighted_sum'")


@pytest.mark.parametrize(
    "members",
    [
        [],
        [{"weight": "heavy", "estimator": {"kind": "logistic_regression"}}],
        [{"weight": 1.0}],
        "not a list",
    ],
)
def test_malformed_weighted_sums_are_rejected(tmp_path: Path, members: object) -> None:
    document = sum_model().to_json()
    document["estimator"] = {"kind": "weighted_sum", "members": members}
    _expect_error(_write(tmp_path, document), "weighted", "retrain")


def test_deeply_nested_weighted_sums_are_refused(tmp_path: Path) -> None:
    estimator = logistic_model().to_json()["estimator"]
    for _ in range(10):
        estimator = {"kind": "weighted_sum", "members": [{"weight": 1.0, "estimator": estimator}]}
    document = sum_model().to_json()
    document["estimator"] = estimator
    _expect_error(_write(tmp_path, document), "malformed weighted sum")


def test_other_json_is_not_taken_for_a_model(tmp_path: Path) -> None:
    _expect_error(_write(tmp_path, {"hello": "world"}), "not a git-provenance classifier model")
    _expect_error(_write(tmp_path, [1, 2, 3]), "not a git-provenance classifier model")


def test_feature_list_mismatch_is_rejected(tmp_path: Path) -> None:
    document = logistic_model().to_json()
    document["feature_names"] = document["feature_names"][::-1]
    _expect_error(_write(tmp_path, document), "different features")


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["estimator"]["coefficients"].pop(),
        lambda d: d["estimator"].update(intercept="x"),
        lambda d: d["estimator"].update(kind="neural_net"),
        lambda d: d["calibration"].update(probability=[0.9, 0.5, 0.1]),
        lambda d: d.update(threshold=1.5),
        lambda d: d["imputation_values"].__setitem__(0, "nan"),
    ],
)
def test_damaged_fields_are_rejected(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    document = logistic_model().to_json()
    damage(document)
    _expect_error(_write(tmp_path, document), "retrain")


def test_tree_with_a_cycle_is_rejected_rather_than_hanging(tmp_path: Path) -> None:
    document = tree_model().to_json()
    document["estimator"]["trees"][0]["left"][0] = 0
    _expect_error(_write(tmp_path, document), "invalid node")


def test_tree_without_nodes_is_rejected(tmp_path: Path) -> None:
    document = tree_model().to_json()
    document["estimator"]["trees"][0] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
    _expect_error(_write(tmp_path, document), "without nodes")


def test_flattened_ensemble_scores_exactly_as_tree_by_tree() -> None:
    """GradientBoostedTrees scores through one flat copy of all its trees; the result must be the
    per-tree walk's to the last bit, for trees of any shape (a bare leaf included)."""
    import math
    import random

    rng = random.Random(5)

    def random_tree(width: int) -> RegressionTree:
        feature: list[int] = []
        threshold: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []

        def grow(depth: int) -> int:
            node = len(value)
            feature.append(-2)
            threshold.append(-2.0)
            left.append(-1)
            right.append(-1)
            value.append(rng.uniform(-3, 3))
            if depth and rng.random() < 0.8:
                feature[node], threshold[node] = rng.randrange(width), rng.choice([rng.uniform(-2, 2), 0.0])
                left[node] = grow(depth - 1)
                right[node] = grow(depth - 1)
            return node

        grow(rng.randint(0, 5))
        return RegressionTree(tuple(feature), tuple(threshold), tuple(left), tuple(right), tuple(value))

    for _ in range(100):
        width = rng.randint(1, 6)
        trees = tuple(random_tree(width) for _ in range(rng.randint(1, 40)))
        ensemble = GradientBoostedTrees(learning_rate=rng.uniform(0.01, 1), baseline=rng.uniform(-1, 1), trees=trees)
        for _ in range(20):
            vector = [rng.choice([rng.uniform(-2, 2), 0.0, math.nan]) for _ in range(width)]
            expected = ensemble.baseline + ensemble.learning_rate * sum(tree.predict(vector) for tree in trees)
            assert ensemble.raw_score(vector) == expected


def test_default_model_ships_and_loads() -> None:
    model = load_scoring_model()
    assert Path(default_model_path()).name == "default-model.json"
    assert 0.0 < model.threshold <= 1.0
    assert model.metadata.get("training_sources")
    neutral = model.probability({})
    assert 0.0 <= neutral <= 1.0


def test_shipped_model_is_compact_deterministic_and_scores_real_code() -> None:
    from provenance.classifier.features.languages import language_for_path
    from provenance.classifier.scoring.pipeline import score_text

    path = Path(default_model_path())
    assert path.stat().st_size < 300_000
    model = load_scoring_model()
    assert "trained_at" not in model.metadata  # retraining on the same data gives the same bytes
    assert model.metadata["calibration_held_out"] == "domain"
    assert {"training-data-ai", "pypi-human", "npm-human"} <= set(model.metadata["datasets"])
    fixtures = CLASSIFIER_FIXTURES
    for fixture in ("sample.py", "Sample.java", "sample.go"):
        score = score_text((fixtures / fixture).read_text(), language_for_path(fixture), model)
        assert isinstance(score, float) and 0.0 <= score <= 1.0


def test_a_model_of_another_feature_set_is_refused(tmp_path) -> None:
    """Same feature names, different feature set: values are computed differently, so retrain."""
    import json

    from provenance.classifier.errors import ModelFileError
    from provenance.classifier.scoring.pipeline import (
        default_model_path,
        load_scoring_model,
    )

    document = json.loads(Path(default_model_path()).read_text(encoding="utf-8"))
    document["feature_set"] = "stylometry-2"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document))
    try:
        load_scoring_model(old)
    except ModelFileError as error:
        assert "stylometry-2" in str(error) and "retrain" in str(error).lower()
        assert error.exit_code == 3
    else:
        raise AssertionError("a model of another feature set was accepted")


NAN, INF = float("nan"), float("inf")


def _set_tree(field: str, value: float):  # type: ignore[no-untyped-def]
    return lambda d: d["estimator"]["members"][0]["estimator"]["trees"][0][field].__setitem__(0, value)


def _set_linear(field: str, value: float):  # type: ignore[no-untyped-def]
    def damage(document: dict) -> None:  # type: ignore[type-arg]
        linear = document["estimator"]["members"][1]["estimator"]
        if isinstance(linear[field], list):
            linear[field][0] = value
        else:
            linear[field] = value
    return damage


@pytest.mark.parametrize(
    ("damage", "fragment"),
    [
        # Calibration: probabilities within 0..1, both lists rising, equally long, not empty.
        (lambda d: d["calibration"].update(probability=[0.0, 1.5]), "calibration probabilities outside 0..1"),
        (lambda d: d["calibration"].update(probability=[-0.1, 0.9]), "calibration probabilities outside 0..1"),
        (lambda d: d["calibration"].update(probability=[0.9, 0.1]), "malformed calibration map"),
        (lambda d: d["calibration"].update(raw=[4.0, -4.0]), "malformed calibration map"),
        (lambda d: d["calibration"].update(raw=[-4.0, 0.0, 4.0]), "malformed calibration map"),
        (lambda d: d["calibration"].update(raw=[], probability=[]), "malformed calibration map"),
        (lambda d: d["calibration"].update(kind="platt"), "no isotonic 'calibration'"),
        (lambda d: d.pop("calibration"), "no isotonic 'calibration'"),
        # Threshold: a number within 0..1.
        (lambda d: d.update(threshold=-0.01), "'threshold' between 0 and 1"),
        (lambda d: d.update(threshold=1.01), "'threshold' between 0 and 1"),
        (lambda d: d.update(threshold="0.5"), "'threshold' between 0 and 1"),
        (lambda d: d.update(threshold=True), "'threshold' between 0 and 1"),
        (lambda d: d.pop("threshold"), "'threshold' between 0 and 1"),
        # NaN and infinities, wherever a number is read (json writes them as NaN / Infinity).
        (lambda d: d.update(threshold=NAN), "'threshold' between 0 and 1"),
        (lambda d: d.update(threshold=INF), "'threshold' between 0 and 1"),
        (lambda d: d["calibration"]["raw"].__setitem__(0, -INF), "finite numbers 'raw'"),
        (lambda d: d["calibration"]["probability"].__setitem__(1, NAN), "finite numbers 'probability'"),
        (lambda d: d["imputation_values"].__setitem__(3, INF), "finite numbers 'imputation_values'"),
        (lambda d: d["estimator"]["members"][0].update(weight=NAN), "weighted-sum member"),
        (lambda d: d["estimator"]["members"][0]["estimator"].update(learning_rate=INF), "malformed tree ensemble"),
        (lambda d: d["estimator"]["members"][0]["estimator"].update(baseline=NAN), "malformed tree ensemble"),
        (_set_tree("threshold", NAN), "finite numbers 'threshold'"),
        (_set_tree("value", -INF), "finite numbers 'value'"),
        (_set_tree("feature", NAN), "finite numbers 'feature'"),
        (_set_linear("intercept", NAN), "numeric intercept"),
        (_set_linear("coefficients", INF), "finite numbers 'coefficients'"),
        (_set_linear("feature_mean", NAN), "finite numbers 'feature_mean'"),
        (_set_linear("feature_scale", -INF), "finite numbers 'feature_scale'"),
        (_set_linear("feature_scale", 0.0), "zero in 'feature_scale'"),
    ],
)
def test_model_files_that_would_score_nonsense_are_refused(tmp_path: Path, damage, fragment: str) -> None:  # type: ignore[no-untyped-def]
    document = sum_model().to_json()
    damage(document)
    _expect_error(_write(tmp_path, json.dumps(document)), fragment, "retrain")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(threshold=0.0),
        lambda d: d.update(threshold=1.0),
        lambda d: d.update(threshold=1),
        lambda d: d["calibration"].update(raw=[-1.0, -1.0, 2.0], probability=[0.0, 0.5, 1.0]),
        lambda d: d["calibration"].update(raw=[0.0], probability=[1.0]),
    ],
)
def test_edge_values_that_are_valid_are_read(tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    document = sum_model().to_json()
    change(document)
    model = load_model(_write(tmp_path, document), FEATURE_NAMES)
    assert model.threshold == float(document["threshold"])
    assert model.calibration.probability == tuple(document["calibration"]["probability"])


def test_classify_reports_a_bad_model_file_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from provenance.cli import main

    document = json.loads(Path(default_model_path()).read_text(encoding="utf-8"))
    document["calibration"]["probability"][-1] = 2.0
    bad = _write(tmp_path, document)
    assert main(["classify", "--model", str(bad), str(CLASSIFIER_FIXTURES / "sample.py")]) == 3
    shown = capsys.readouterr()
    assert shown.out == ""
    assert shown.err == (f"git-provenance: error: model file {bad} has calibration probabilities outside 0..1; "
                         "retrain it with `git provenance train` or drop --model to use the default model\n")
