"""The pure parts of the approaches measured on issue 12's protocol (benchmarks/classifier_approaches.py):
family-balanced weights, the features two families dispute, the worst training family, and the
standardised ensemble."""

from __future__ import annotations

import importlib
import sys

import numpy as np

from tests.paths import PROJECT_ROOT

BENCHMARKS = PROJECT_ROOT / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

approaches = importlib.import_module("classifier_approaches")


def test_every_family_weighs_alike_and_human_as_much_as_all_ai() -> None:
    cells = np.array(["claude/file"] * 10 + ["claude/hunk"] * 2 + ["gemini/file"] * 1 + ["human/file"] * 5
                     + ["human/hunk"] * 50)  # fmt: skip
    weights = approaches.family_balanced_weights(cells)
    total = {cell: weights[cells == cell].sum() for cell in set(cells.tolist())}
    assert np.isclose(weights.mean(), 1.0)
    assert np.isclose(total["claude/file"] + total["claude/hunk"], total["gemini/file"])
    assert np.isclose(total["claude/file"], total["claude/hunk"])
    assert np.isclose(total["human/file"] + total["human/hunk"], 2 * total["gemini/file"])
    assert np.isclose(total["human/file"], total["human/hunk"])


def test_a_boosted_family_weighs_its_factor_more() -> None:
    cells = np.array(["claude/file"] * 4 + ["gemini/file"] * 6 + ["human/file"] * 8)
    weights = approaches.family_balanced_weights(cells, {"gemini": 2.0})
    assert np.isclose(weights[cells == "gemini/file"].sum(), 2 * weights[cells == "claude/file"].sum())


def test_a_feature_pointing_opposite_ways_for_two_families_is_dropped() -> None:
    rng = np.random.default_rng(0)
    labels = np.array([1] * 80 + [0] * 80)
    family = np.array(["claude"] * 40 + ["gemini"] * 40 + ["human"] * 80)
    shared = labels + rng.normal(0, 0.5, 160)  # higher for both AI families
    disputed = np.where(family == "claude", 1.0, np.where(family == "gemini", -1.0, 0.0)) + rng.normal(0, 0.5, 160)
    values = np.column_stack([shared, disputed, rng.normal(size=160)])
    assert approaches.invariant_columns(values, labels, family).tolist() == [0, 2]
    scores = np.where(family == "gemini", 0.0, labels.astype(float)) + rng.normal(0, 0.1, 160)
    assert approaches.worst_training_family(scores, labels, family) == "gemini"


def test_standardised_sum_puts_members_on_one_scale() -> None:
    small = approaches.FoldScores(np.array([0.1, 0.2]), np.array([0.0, 0.1, 0.2]))
    large = approaches.FoldScores(np.array([100.0, 200.0]), np.array([0.0, 100.0, 200.0]))
    summed = approaches.standardised_sum([small, large])
    assert np.allclose(summed.test, 2 * (small.test - 0.1) / small.train.std())
