"""The training recipe: one frozen value, checked when it is made, with a one-line error for bad values."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.training.recipe import (
    DEFAULT_MODEL_RECIPE,
    FOLDER_RECIPE,
    HISTORY_RECIPE,
    TrainingRecipe,
)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("kind", "forest", "kind must be one of logistic, trees, trees+logistic, not 'forest'"),
        ("kind", None, "kind must be one of"),
        ("held_out_by", "project", "held_out_by must be one of group, dataset, domain, not 'project'"),
        ("balancing", "labels", "balancing must be one of none, datasets, datasets-and-labels, not 'labels'"),
        ("threshold_rule", "strict", "threshold_rule must be one of pooled, every-unit, not 'strict'"),
        ("pieces_per_file", -1, "pieces_per_file must be a whole number from 0 to 20, not -1"),
        ("pieces_per_file", 21, "pieces_per_file must be a whole number from 0 to 20, not 21"),
        ("pieces_per_file", 2.0, "pieces_per_file must be a whole number from 0 to 20, not 2.0"),
        ("pieces_per_file", True, "pieces_per_file must be a whole number from 0 to 20, not True"),
        ("seed", -1, "seed must be a whole number from 0 to 4294967295, not -1"),
        ("seed", 2**32, "seed must be a whole number from 0 to 4294967295, not 4294967296"),
        ("target_fpr", -0.01, "target_fpr must be a number from 0 to 0.5, not -0.01"),
        ("target_fpr", 0.51, "target_fpr must be a number from 0 to 0.5, not 0.51"),
        ("target_fpr", math.nan, "target_fpr must be a number from 0 to 0.5, not NaN"),
        ("target_fpr", "0.01", "target_fpr must be a number from 0 to 0.5, not '0.01'"),
        ("target_fpr", False, "target_fpr must be a number from 0 to 0.5, not False"),
        ("timestamp", "no", "timestamp must be True or False, not 'no'"),
        ("timestamp", 0, "timestamp must be True or False, not 0"),
        ("dataset_shares", (("dumps", 0.0),), "dataset_shares must be (data set, share) pairs with 0 < share <= 1"),
        ("dataset_shares", (("dumps", 1.5),), "dataset_shares must be (data set, share) pairs"),
        ("dataset_shares", (("dumps", True),), "dataset_shares must be (data set, share) pairs"),
        ("dataset_shares", [("dumps", 0.5)], "dataset_shares must be (data set, share) pairs"),
        ("dataset_shares", (("dumps",),), "dataset_shares must be (data set, share) pairs"),
        ("dataset_shares", (("a", 0.5), ("a", 0.2)), "dataset_shares names a data set twice"),
    ],
)
def test_a_bad_value_is_a_one_line_usage_error_naming_the_field(field: str, value: Any, expected: str) -> None:
    with pytest.raises(ClassifierUsageError) as raised:
        TrainingRecipe(**{field: value})
    message = str(raised.value)
    assert message.startswith("training recipe: ") and expected in message
    assert "\n" not in message


def test_a_threshold_per_held_out_unit_needs_units_bigger_than_a_group() -> None:
    needs_big_units = "threshold_rule 'every-unit' needs held_out_by 'dataset' or 'domain'"
    with pytest.raises(ClassifierUsageError, match=needs_big_units):
        TrainingRecipe(threshold_rule="every-unit")
    for held_out_by in ("dataset", "domain"):
        assert TrainingRecipe(threshold_rule="every-unit", held_out_by=held_out_by).threshold_rule == "every-unit"


@pytest.mark.parametrize(
    ("field", "value"),
    [("target_fpr", 0.0), ("target_fpr", 0.5), ("target_fpr", 0), ("pieces_per_file", 0), ("pieces_per_file", 20),
     ("seed", 0), ("seed", 2**32 - 1), ("dataset_shares", ()), ("dataset_shares", (("a", 1.0), ("b", 1e-9)))],
)  # fmt: skip
def test_the_ends_of_every_range_are_accepted(field: str, value: Any) -> None:
    assert getattr(TrainingRecipe(**{field: value}), field) == value


def test_a_recipe_is_frozen_and_replace_checks_the_new_value() -> None:
    recipe = TrainingRecipe()
    with pytest.raises(dataclasses.FrozenInstanceError):
        recipe.kind = "trees"  # type: ignore[misc]
    assert dataclasses.replace(recipe, kind="trees").kind == "trees"
    with pytest.raises(ClassifierUsageError, match="kind must be one of"):
        dataclasses.replace(recipe, kind="forest")  # type: ignore[arg-type]


def test_balancing_says_which_cells_weigh_the_same() -> None:
    assert (TrainingRecipe().balances_datasets, TrainingRecipe().balances_labels) == (False, False)
    datasets = TrainingRecipe(balancing="datasets")
    assert (datasets.balances_datasets, datasets.balances_labels) == (True, False)
    both = TrainingRecipe(balancing="datasets-and-labels")
    assert (both.balances_datasets, both.balances_labels) == (True, True)


def test_the_named_recipes_are_what_the_shipped_model_the_folder_and_the_history_training_use() -> None:
    shipped_model = TrainingRecipe(
        kind="trees+logistic", held_out_by="domain", balancing="datasets-and-labels", threshold_rule="every-unit",
        pieces_per_file=2, target_fpr=0.01, seed=0, timestamp=False,
    )  # fmt: skip
    folder = TrainingRecipe(
        kind="logistic", held_out_by="group", balancing="none", threshold_rule="pooled", pieces_per_file=0,
        target_fpr=0.01, seed=0, timestamp=True,
    )  # fmt: skip
    assert shipped_model == DEFAULT_MODEL_RECIPE
    assert folder == FOLDER_RECIPE
    assert dataclasses.replace(folder, kind="trees") == HISTORY_RECIPE


def test_the_default_recipe_of_the_benchmarks_is_the_shipped_one() -> None:
    from tests.classifier.training.test_datasets import datasets

    assert datasets.DEFAULT_RECIPE is DEFAULT_MODEL_RECIPE
