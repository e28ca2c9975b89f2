"""The pure parts of issue 12's evaluation protocol (benchmarks/classifier_protocol.py): the splits
never put a group (task, repository) on both sides, every human row is tested exactly once, and the
bootstrap interval resamples whole groups."""

from __future__ import annotations

import importlib
import sys

import numpy as np
import pytest

from tests.paths import PROJECT_ROOT

BENCHMARKS = PROJECT_ROOT / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

protocol = importlib.import_module("classifier_protocol")

FAMILIES = ("claude", "gpt-codex", "gemini", "open-weights")


def make_table(rows: list[tuple[str, int, str, str, str]]) -> object:
    """A Table of (kind, label, family, group, collection) rows with dummy features."""
    count = len(rows)

    def column(position: int) -> np.ndarray:
        return np.array([row[position] for row in rows])

    return protocol.Table(
        values=np.zeros((count, 2)), labels=np.array([row[1] for row in rows]), kind=column(0), family=column(2),
        group=column(3), source=column(4), collection=column(4), language=np.full(count, "python"),
        era=np.full(count, "era-matched"), lines=np.full(count, 12), key=np.array([str(i) for i in range(count)]),
    )  # fmt: skip


def shared_task_table() -> object:
    """Every family answers the same 6 tasks (as the benchmark dumps do); humans answer them too and
    write hunks in 5 repositories; one repository also holds AI hunks of two families."""
    rows: list[tuple[str, int, str, str, str]] = []
    for task in range(6):
        rows += [("file", 1, family, f"task{task}", "dump") for family in FAMILIES]
        rows += [("file", 0, "human", f"task{task}", "dump")] * 2
    for repository in range(5):
        rows += [("hunk", 0, "human", f"repo{repository}", f"collection{repository}")] * 3
    rows += [("hunk", 1, "claude", "repo0", "collection0"), ("hunk", 1, "gemini", "repo0", "collection0")]
    rows += [("hunk", 1, "unattributed", "repo1", "collection1")] * 2
    return make_table(rows)


def test_family_splits_hold_out_one_family_and_share_no_group() -> None:
    table = shared_task_table()
    splits = protocol.family_splits(table, FAMILIES, seeds=(0,))
    assert sorted(split.name for split in splits) == sorted(FAMILIES)
    for split in splits:
        assert not set(table.group[split.train]) & set(table.group[split.test])
        tested_ai = set(table.family[split.test][table.labels[split.test] == 1])
        assert tested_ai == {split.name}
        assert split.name not in set(table.family[split.train])


def test_every_human_row_is_tested_exactly_once_and_unattributed_never() -> None:
    table = shared_task_table()
    splits = protocol.family_splits(table, FAMILIES, seeds=(3, 4))
    human = np.flatnonzero(table.labels == 0)
    for seed_splits in (splits[:4], splits[4:]):
        tested = np.concatenate([split.test for split in seed_splits])
        assert sorted(tested[table.labels[tested] == 0].tolist()) == human.tolist()
        assert "unattributed" not in set(table.family[tested])


def test_human_hunks_of_one_collection_are_tested_together() -> None:
    table = shared_task_table()
    splits = protocol.family_splits(table, FAMILIES, seeds=(0,))
    human_hunk = (table.labels == 0) & (table.kind == "hunk")
    for collection in set(table.collection[human_hunk].tolist()):
        rows = np.flatnonzero(human_hunk & (table.collection == collection))
        holders = [split.name for split in splits if np.isin(rows, split.test).any()]
        assert len(holders) == 1
        assert np.isin(rows, splits[[split.name for split in splits].index(holders[0])].test).all()


def test_human_folds_keep_groups_whole_and_split_files_and_hunks_separately() -> None:
    groups = np.array(["a", "a", "b", "c", "d", "r1", "r2", "r2", "r3", "r4"])
    strata = np.array(["file"] * 5 + ["hunk"] * 5)
    fold = protocol.human_folds(groups, strata, 4, seed=1)
    for group in set(groups.tolist()):
        assert len(set(fold[groups == group].tolist())) == 1
    assert set(fold[strata == "file"].tolist()) == {0, 1, 2, 3}
    assert set(fold[strata == "hunk"].tolist()) == {0, 1, 2, 3}


def test_collection_splits_hold_out_whole_collections_of_hunks() -> None:
    table = shared_task_table()
    splits = protocol.collection_splits(table)
    assert sorted(split.name for split in splits) == [f"collection{i}" for i in range(5)]
    for split in splits:
        assert set(table.collection[split.test]) == {split.name}
        assert set(table.kind[split.test]) == {"hunk"}
        assert not set(table.group[split.train]) & set(table.group[split.test])


def test_group_bootstrap_resamples_whole_groups() -> None:
    # Two groups, each perfectly separated inside but the AI of group b scores below group a's humans:
    # resampling rows would keep both groups every time; resampling groups gives draws of one group,
    # whose AUROC is 1.0, so the interval reaches 1.0 while the full AUROC is lower.
    labels = np.array([0, 0, 1, 1, 0, 0, 1, 1])
    scores = np.array([0.5, 0.6, 0.9, 0.95, 0.0, 0.1, 0.3, 0.4])
    groups = np.array(["a"] * 4 + ["b"] * 4)
    full = protocol.auroc(labels, scores)
    interval = protocol.group_bootstrap(labels, scores, groups, rounds=200, seed=0)
    assert full is not None and full < 1.0
    assert interval is not None
    low, high = interval
    assert high == 1.0 and low <= full


def test_scores_of_rows_tested_twice_are_kept_apart() -> None:
    splits = [protocol.Split("a", np.array([2]), np.array([0, 1])), protocol.Split("b", np.array([2]), np.array([1]))]
    scored = protocol.tested_by(splits, np.array([0.1, 0.2, 0.3]))
    assert scored.rows.tolist() == [0, 1, 1] and scored.unit.tolist() == ["a", "a", "b"]


def test_group_bootstrap_gives_none_when_draws_never_have_both_labels() -> None:
    labels = np.array([1, 1, 1])
    assert protocol.group_bootstrap(labels, np.array([0.1, 0.2, 0.3]), np.array(["a", "b", "c"]), rounds=50) is None


def test_without_shared_groups_drops_training_rows_of_test_groups() -> None:
    groups = np.array(["t1", "t1", "t2", "t3"])
    kept = protocol.without_shared_groups(np.array([1, 2, 3]), np.array([0]), groups)
    assert kept.tolist() == [2, 3]


@pytest.mark.parametrize(("lines", "name"), [(1, "1-9"), (9, "1-9"), (10, "10-29"), (99, "30-99"), (100, "100+")])
def test_length_bins(lines: int, name: str) -> None:
    assert protocol.length_bin(lines) == name


def test_commit_scores_weigh_hunks_by_lines_and_keep_repeats_and_folds_apart() -> None:
    # Commit c1 (AI): hunks of 10 and 30 lines; c2 (human): one hunk; c3 mixes labels (left out).
    rows = [("hunk", 1, "claude", "repo0", "col0"), ("hunk", 1, "claude", "repo0", "col0"),
            ("hunk", 0, "human", "repo1", "col1"), ("hunk", 1, "claude", "repo2", "col2"),
            ("hunk", 0, "human", "repo2", "col2"), ("file", 1, "claude", "task", "dump")]
    plain = make_table(rows)
    table = protocol.Table(**{**plain.__dict__, "lines": np.array([10, 30, 5, 5, 5, 50]),  # type: ignore[attr-defined]
                              "commit": np.array(["c1", "c1", "c2", "c3", "c3", ""])})
    # Every row tested twice (two repeats), the second time by another fold for row 2.
    scored = protocol.Scored(np.array([0, 1, 2, 3, 4, 5, 0, 1, 2]), np.array([1.0, 3.0, 0.5, 9, 9, 9, 2.0, 2.0, 0.0]),
                             np.array(["claude"] * 6 + ["claude", "claude", "gemini"]))
    commits = protocol.commit_scores(table, scored)
    found = sorted(zip(commits.units.tolist(), commits.labels.tolist(), commits.scores.tolist(), commits.hunks.tolist(),
                       strict=True))
    assert found == [("claude", 0, 0.5, 1), ("claude", 1, 2.0, 2), ("claude", 1, 2.5, 2), ("gemini", 0, 0.0, 1)]
    assert commits.mixed == 1
