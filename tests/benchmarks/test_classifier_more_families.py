"""The folds of benchmarks/classifier_more_families.py (issue 12): a held-out family never trains, other
families' answers to the tested tasks never train, and every human file is tested exactly once."""

from __future__ import annotations

import importlib
import sys

import numpy as np

from provenance.classifier.training.data import LabelledSample
from provenance.classifier.training.matrix import FeatureMatrix
from tests.paths import PROJECT_ROOT

BENCHMARKS = PROJECT_ROOT / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

more = importlib.import_module("classifier_more_families")


def _universe() -> object:
    samples = []
    for family in more.HELD_OUT_FAMILIES:
        for task in range(12):
            group = f"mohsystem/task{task}"
            samples.append(LabelledSample("x", f"{family}/{task}", 1, group, f"dumps-{family}", "python"))
    samples += [LabelledSample("x", f"ours/{i}", 1, f"ours/{i}", "training-data-ai", "python") for i in range(5)]
    samples += [LabelledSample("x", f"w/{i}", 1, f"problem{i}", "whodunit", "python") for i in range(5)]
    samples += [LabelledSample("x", f"wh/{i}", 0, f"problem{i}", "whodunit", "python") for i in range(5)]
    samples += [LabelledSample("x", f"h/{i}", 0, f"project{i % 20}", "pypi-human", "python") for i in range(60)]
    samples += [LabelledSample("x", f"l/{i}", 0, f"leetcode-human/p{i}", "leetcode-human", "python") for i in range(30)]
    labels = np.array([sample.label for sample in samples])
    matrix = FeatureMatrix(np.zeros((len(samples), 1)), labels, np.array([s.group for s in samples]), samples)
    datasets = np.array([sample.dataset for sample in samples])
    return more.Universe(
        matrix, matrix, np.arange(len(samples)), np.array([more.family_of(sample) for sample in samples]),
        np.array([sample.group for sample in samples]), datasets,
        np.char.startswith(datasets.astype(str), "dumps-"), np.isin(datasets, more.ADDED_HUMAN),
    )


def test_a_held_out_family_and_the_tested_tasks_never_train() -> None:
    universe = _universe()
    folds = more.folds(universe)
    assert [fold.name for fold in folds] == [name for name in more.HELD_OUT_FAMILIES for _ in range(more.TASK_FOLDS)]
    for fold in folds:
        train = ~fold.drop
        assert not (train & (universe.family == fold.name)).any()
        assert not np.isin(universe.group[train], universe.group[fold.test]).any()
        tested_ai = fold.test[universe.files.labels[fold.test] == 1]
        assert set(universe.family[tested_ai].tolist()) == {fold.name}
        assert (train & np.char.startswith(universe.dataset.astype(str), "dumps-")).any()  # other tasks still train
    claude = folds[0]
    assert not (~claude.drop & (universe.dataset == "training-data-ai")).any()  # ours is Claude's
    assert (~claude.drop & (universe.dataset == "whodunit") & (universe.files.labels == 1)).any()


def test_every_human_file_and_every_dump_answer_is_tested_once() -> None:
    universe = _universe()
    tested = np.concatenate([fold.test for fold in more.folds(universe)])
    human = np.flatnonzero(universe.files.labels == 0)
    dumps = np.flatnonzero(np.char.startswith(universe.dataset.astype(str), "dumps-"))
    assert sorted(tested[np.isin(tested, human)].tolist()) == human.tolist()
    assert sorted(tested[np.isin(tested, dumps)].tolist()) == dumps.tolist()


def test_families_of_todays_data_sets() -> None:
    assert more.family_of(LabelledSample("x", "p", 1, "g", "codenet-gpt", "python")) == "gpt-codex"
    assert more.family_of(LabelledSample("x", "p", 1, "g", "training-data-ai", "python")) == "claude"
    assert more.family_of(LabelledSample("x", "p", 1, "g", "dumps-gemini", "python")) == "gemini"
    assert more.family_of(LabelledSample("x", "p", 0, "g", "whodunit", "python")) == ""


def _hunks() -> object:
    # Two collections; in each, AI hunks score higher than human ones by `score` below, but
    # collection "b" scores everything 10 higher (an offset between repositories).
    labels = np.array([1, 1, 0, 0, 1, 0, 1, 0])
    collection = np.array(["a", "a", "a", "a", "b", "b", "b", "b"])
    commit = np.array(["c1", "c1", "c2", "c3", "c4", "c5", "c6", "c7"])
    lines = np.array([10, 30, 5, 5, 8, 8, 8, 8])
    return more.CommitHunks(np.zeros((8, 1)), labels, collection, commit, lines)


def test_commit_scores_weigh_hunks_by_lines_and_collections_are_judged_inside() -> None:
    hunks = _hunks()
    scores = np.array([0.0, 4.0, 1.0, 2.0, 12.0, 11.0, 13.0, 10.0])
    # c1 = (10*0 + 30*4) / 40 = 3.0 beats c2 (1.0) and c3 (2.0); in "b" every AI commit beats every human one.
    assert more.per_commit_auroc(hunks, scores) == more.auroc(np.array([1, 0, 0, 1, 0, 1, 0]),
                                                               np.array([3.0, 1.0, 2.0, 12.0, 11.0, 13.0, 10.0]))
    assert more.within_collection_auroc(hunks, scores) == np.mean([0.5, 1.0])  # a: 0 and 4 against 1 and 2
    offset_only = np.array([0.0, 0.0, 0.0, 0.0, 10.0, 10.0, 10.0, 10.0])
    assert more.within_collection_auroc(hunks, offset_only) == 0.5


def test_a_scorer_compared_with_itself_differs_by_nothing() -> None:
    hunks = _hunks()
    scores = np.array([0.0, 4.0, 1.0, 2.0, 12.0, 11.0, 13.0, 10.0])
    difference = more.paired_difference(hunks, scores, scores, rounds=50)
    assert difference == {"by_commit": [0.0, 0.0], "by_collection": [0.0, 0.0], "within_collection": [0.0, 0.0]}
    worse = more.paired_difference(hunks, scores, -scores, rounds=50)
    assert worse["within_collection"][0] < 0 and worse["by_commit"][0] < 0


def test_a_lighter_arm_weighs_the_added_files_at_its_share_and_keeps_todays_balance() -> None:
    universe = _universe()
    train = more.arm_files(universe, "more")
    full, lighter = more.training_rows(universe, train), more.training_rows(universe, train, 0.25)
    rows = np.flatnonzero(train)
    added = ~np.concatenate([universe.today[rows], universe.today[rows]])  # files, then one piece per file here
    ratio = lighter.weights / full.weights  # one value for today's rows and one for the added rows
    assert np.allclose(ratio[added], ratio[added][0]) and np.allclose(ratio[~added], ratio[~added][0])
    assert np.isclose(ratio[added][0] / ratio[~added][0], 0.25)
    assert np.isclose(lighter.weights.mean(), 1.0)
    assert (more.training_rows(universe, train, 1.0).weights == full.weights).all()
    assert set(more.ADDED_SHARE) <= set(more.ARMS)
    assert (more.arm_files(universe, "more-half") == train).all()
