"""Details of the model file and its calibration that scores alone would not show, pinned down.

Caught here (mutation testing): the calibration's lower clamp returning the wrong end or ignoring
tied raw scores, ``save_model`` writing spaced or key-sorted JSON, ``Model.to_json`` renaming the
feature set or the metadata; logistic-regression lists one value short; malformed trees (lists of
the wrong length, children or features out of range, a tree that is not an object), feature names
that are not a list of strings, weighted-sum members that are not objects, and sums nested one
level too deep or too shallow accepted or refused; imputation values one short; a model without
metadata or feature set refused or mislabelled; the messages for a missing estimator, metadata
that is not an object, an old format version, a model for other features, a file that cannot
be read and an ensemble built with an empty tree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provenance.classifier.errors import ModelFileError
from provenance.classifier.features.vector import FEATURE_NAMES
from provenance.classifier.model.format import (
    MAX_ESTIMATOR_DEPTH,
    GradientBoostedTrees,
    IsotonicCalibration,
    Model,
    RegressionTree,
    load_model,
    save_model,
)
from tests.classifier.model.test_model import WIDTH, _expect_error, _write, logistic_model, tree_model


def test_calibration_clamps_below_the_first_raw_score() -> None:
    calibration = IsotonicCalibration(raw=(-2.0, 0.0, 2.0), probability=(0.1, 0.5, 0.9))
    assert calibration(-5.0) == 0.1
    assert calibration(-2.0) == 0.1
    assert calibration(1.0) == 0.7  # interpolated between (0, 0.5) and (2, 0.9)


def test_calibration_at_a_tied_first_raw_score_takes_the_first_probability() -> None:
    # scikit-learn's isotonic thresholds may repeat a raw score; validation accepts ties.
    calibration = IsotonicCalibration(raw=(0.0, 0.0, 1.0), probability=(0.1, 0.2, 0.9))
    assert calibration(0.0) == 0.1


def test_saved_model_is_compact_json_in_the_documented_key_order(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    save_model(logistic_model(), path)
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, separators=(",", ":")) + "\n"
    assert list(document) == ["format", "format_version", "feature_set", "feature_names", "imputation_values",
                              "estimator", "calibration", "threshold", "metadata"]


def test_saved_model_keeps_its_feature_set_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    save_model(logistic_model(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["feature_set"], document["metadata"]) == ("stylometry-1", {"note": "test"})
    loaded = load_model(path)
    assert (loaded.feature_set, loaded.metadata) == ("stylometry-1", {"note": "test"})


def _nested_sums(levels: int) -> dict[str, Any]:
    estimator = logistic_model().to_json()["estimator"]
    for _ in range(levels):
        estimator = {"kind": "weighted_sum", "members": [{"weight": 1.0, "estimator": estimator}]}
    document = logistic_model().to_json()
    document["estimator"] = estimator
    return document


def test_weighted_sums_nest_exactly_to_the_documented_depth(tmp_path: Path) -> None:
    assert isinstance(load_model(_write(tmp_path, _nested_sums(MAX_ESTIMATOR_DEPTH)), FEATURE_NAMES), Model)
    _expect_error(_write(tmp_path, _nested_sums(MAX_ESTIMATOR_DEPTH + 1)), "malformed weighted sum")


def test_a_weighted_sum_member_that_is_not_an_object_is_rejected(tmp_path: Path) -> None:
    document = _nested_sums(1)
    document["estimator"]["members"] = [5]
    _expect_error(_write(tmp_path, document), "weighted-sum member without a weight and an estimator")


def _damaged_tree(field: str, value: object) -> dict[str, Any]:
    document = tree_model().to_json()
    document["estimator"]["trees"][0][field] = value  # the stump: 3 nodes, node 0 splits on feature 1
    return document


@pytest.mark.parametrize(("field", "value", "fragment"), [
    ("feature", [1, -2], "'feature'"),
    ("left", [1, -1], "'left'"),
    ("right", [2, -1], "'right'"),
    ("threshold", [5.0, -2.0], "'threshold'"),
    ("left", [3, -1, -1], "invalid node 0"),  # a child past the last node
    ("right", [0, -1, -1], "invalid node 0"),  # a node its own child
    ("right", [3, -1, -1], "invalid node 0"),
    ("feature", [WIDTH, -2, -2], "invalid node 0"),  # a feature past the vector
], ids=["short-feature", "short-left", "short-right", "short-threshold", "left-past-end", "right-to-itself",
        "right-past-end", "feature-past-end"])
def test_damaged_trees_are_rejected(tmp_path: Path, field: str, value: object, fragment: str) -> None:
    _expect_error(_write(tmp_path, _damaged_tree(field, value)), fragment, "retrain")


def test_a_tree_that_is_not_an_object_is_rejected(tmp_path: Path) -> None:
    document = tree_model().to_json()
    document["estimator"]["trees"][0] = 5
    _expect_error(_write(tmp_path, document), "has a tree that is not an object", "retrain")


@pytest.mark.parametrize("names", [[], [1, 2], "abc"], ids=["empty", "numbers", "a-string"])
def test_feature_names_must_be_a_list_of_strings(tmp_path: Path, names: object) -> None:
    document = logistic_model().to_json()
    document["feature_names"] = names
    with pytest.raises(ModelFileError, match="has no list of strings 'feature_names'"):
        load_model(_write(tmp_path, document))


@pytest.mark.parametrize("field", ["feature_mean", "feature_scale", "coefficients"])
def test_logistic_regression_lists_must_have_one_value_per_feature(tmp_path: Path, field: str) -> None:
    document = logistic_model().to_json()
    document["estimator"][field] = document["estimator"][field][:-1]
    _expect_error(_write(tmp_path, document), f"has {WIDTH - 1} values in '{field}', expected {WIDTH}", "retrain")


def test_imputation_values_must_have_one_value_per_feature(tmp_path: Path) -> None:
    document = logistic_model().to_json()
    document["imputation_values"] = document["imputation_values"][:-1]
    _expect_error(_write(tmp_path, document), f"has {WIDTH - 1} values in 'imputation_values', expected {WIDTH}")


def test_a_model_file_that_cannot_be_read_is_reported(tmp_path: Path) -> None:
    _expect_error(_write(tmp_path, "{}"), "not a git-provenance classifier model")
    (tmp_path / "latin1.json").write_bytes(b'{"metadata": "caf\xe9"}')
    _expect_error(tmp_path / "latin1.json", "cannot read model file", "invalid continuation byte")
    _expect_error(tmp_path, "cannot read model file")  # a directory


def test_a_tree_ensemble_built_with_an_empty_tree_is_refused() -> None:
    empty = RegressionTree(feature=(), threshold=(), left=(), right=(), value=())
    with pytest.raises(ValueError, match=r"^a regression tree needs at least one node$"):
        GradientBoostedTrees(learning_rate=0.1, baseline=0.0, trees=(empty,))


def test_a_model_without_metadata_or_feature_set_still_loads(tmp_path: Path) -> None:
    document = logistic_model().to_json()
    del document["metadata"], document["feature_set"]
    loaded = load_model(_write(tmp_path, document), FEATURE_NAMES)
    assert (loaded.metadata, loaded.feature_set) == ({}, "")


@pytest.mark.parametrize(("damage", "fragment"), [
    (lambda d: d.pop("estimator"), "has no 'estimator' object; "),
    (lambda d: d.update(metadata=[1]), "has a 'metadata' entry that is not an object; "),
    (lambda d: d.update(format_version=0), "unsupported format version 0 (expected 1 or 2); "),
], ids=["no-estimator", "metadata-list", "version-0"])
def test_the_problem_is_named(tmp_path: Path, damage: Any, fragment: str) -> None:
    document = logistic_model().to_json()
    damage(document)
    _expect_error(_write(tmp_path, document), fragment, "retrain")


def test_a_model_for_other_features_names_its_feature_set(tmp_path: Path) -> None:
    document = logistic_model().to_json()
    document["feature_names"] = document["feature_names"][::-1]
    with pytest.raises(ModelFileError, match="was trained on feature set 'stylometry-1' with different features"):
        load_model(_write(tmp_path, document), FEATURE_NAMES, "stylometry-1")
