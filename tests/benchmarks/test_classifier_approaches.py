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


def _two_language_data(go_rows: int) -> tuple[object, object]:
    """Python rows where feature 0 is high for AI, Go rows where it is low for AI: one model for both
    cannot rank both; half of each language is tested."""
    protocol = importlib.import_module("classifier_protocol")
    rng = np.random.default_rng(1)
    python_rows = 1000  # 250 training rows of each label: enough for a model of its own
    language = np.array(["python"] * python_rows + ["go"] * go_rows)
    labels = np.tile([1, 0], len(language) // 2)
    sign = np.where(language == "python", 1.0, -1.0)
    values = np.column_stack([sign * labels + rng.normal(0, 0.3, len(labels)), rng.normal(size=len(labels))])
    count = len(labels)
    table = protocol.Table(
        values=values, labels=labels, kind=np.full(count, "hunk"), family=np.where(labels == 1, "claude", "human"),
        group=np.array([f"g{i}" for i in range(count)]), source=np.full(count, "s"), collection=np.full(count, "c"),
        language=language, era=np.full(count, "era-matched"), lines=np.full(count, 12),
        key=np.array([str(i) for i in range(count)]),
    )  # fmt: skip
    pieces = protocol.Pieces(np.zeros((0, 2)), np.zeros(0, dtype=int), np.zeros(0, dtype=int))
    data = approaches.Data(table, pieces, None, None, approaches.cell_of(labels, table.family, table.kind),
                           np.array([], dtype=str))
    rows = np.arange(count)
    split = protocol.Split("fold", rows[rows % 4 < 2], rows[rows % 4 >= 2])
    return data, split


def _auroc_of(data: object, split: object, scores: np.ndarray, language: str) -> float:
    inside = data.table.language[split.test] == language  # type: ignore[attr-defined]
    return float(approaches.roc_auc_score(data.table.labels[split.test][inside], scores[inside]))  # type: ignore[attr-defined]


def test_per_language_models_rank_each_language_its_own_way() -> None:
    data, split = _two_language_data(go_rows=1000)
    scores = approaches.per_language(data, split, seed=0).test
    assert _auroc_of(data, split, scores, "python") > 0.9 and _auroc_of(data, split, scores, "go") > 0.9


def test_a_language_with_too_few_training_rows_gets_the_all_language_model() -> None:
    data, split = _two_language_data(go_rows=200)  # 100 Go training rows: 50 of each label
    scores = approaches.per_language(data, split, seed=0).test
    pooled = approaches._standardised(approaches.baseline(data, split, 0)).test
    go = data.table.language[split.test] == "go"  # type: ignore[attr-defined]
    assert np.array_equal(scores[go], pooled[go]) and not np.array_equal(scores[~go], pooled[~go])
