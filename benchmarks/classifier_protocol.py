"""Issue 12's generalisation protocol, measured on the shipped training recipe (the honest baseline).

Rows: the multi-generator corpus (generator_corpus.py: benchmark dumps, commit hunks, the research
corpus), files and real commit hunks. Every figure is on data the scoring model never saw:

1. Leave one generator FAMILY out (claude, gpt-codex, gemini, open-weights). `LeaveOneGroupOut`
   over the family of the AI rows; the human rows are split by `GroupKFold` over their group (task or
   problem for files, repository for hunks; files and hunks split separately) and human fold i is
   tested with family i, so every human row is held out exactly once. Training rows that share a
   group (task, problem, repository) with any test row are dropped, so the held-out family's tasks
   and repositories leak neither way. Unattributed AI hunks only ever train.
2. Leave one commit-hunk COLLECTION out: the hunks of one independent source (a repository; one
   owner's repositories together, as generator_corpus.py's `collection`) are held out with their
   human hunks; everything else trains.

Each fold trains the shipped recipe (DEFAULT_MODEL_RECIPE: gradient-boosted trees plus a logistic
regression, raw scores summed; every (data set, label) cell weighted alike; two hunk-sized pieces of
every training file beside it) and scores the held-out rows by raw score. Calibration and threshold
are skipped: AUROC and TPR at 1% FPR (threshold at the held-out human scores) do not need them.
The shipped default model is scored on the same held-out rows without retraining ("today"); it was
trained on the research corpus, so its scores of those files are in-domain, not held out.

Reported, files and hunks separately: AUROC per family with a 95% group-bootstrap interval (whole
groups resampled), pooled AUROC (all out-of-fold scores), worst family, TPR at 1% FPR, per language
and per length bin; era-matched and pre-2021 human negatives separately; and the share of
era-matched human hunks and pre-2021 human files the default model flags at its threshold (beside the
share of AI hunks and files it flags there: a low false-positive rate means little if nothing is caught).

Subsampling (documented in the output; fixed seed): at most --cap rows per (kind, label, family,
source) cell, so one run takes ~9 minutes on one shared core.

    python benchmarks/generator_corpus.py      # once
    nice -n 10 python benchmarks/classifier_protocol.py [--cap N] [--repeats N] [--rounds N] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from benchutil import fail
from classifier_datasets import DEFAULT_RECIPE, WORK, featurise_cached
from generator_corpus import CorpusError, read_corpus
from sklearn.metrics import roc_auc_score, roc_curve
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

from provenance.classifier.scoring.pipeline import load_scoring_model
from provenance.classifier.training.data import LabelledSample, sampled_hunk_pieces
from provenance.classifier.training.estimators import estimator_factory
from provenance.classifier.training.pipeline import Learner, Rows
from provenance.classifier.training.weighting import file_and_piece_weights

HELD_OUT_FAMILIES = ("claude", "gpt-codex", "gemini", "open-weights")
LENGTH_BINS = ((1, 9), (10, 29), (30, 99), (100, 10**9))
DEFAULT_CAP = 500
DEFAULT_ROUNDS = 1000
DEFAULT_REPEATS = 3
DEFAULT_OUTPUT = WORK / "classifier-protocol.json"
GOALS = {"files": 0.85, "hunks": 0.80, "worst": 0.75, "hunk_tpr": 0.30, "era_fpr": 0.01}


@dataclass(frozen=True)
class Table:
    """The corpus rows that passed screening: features, labels and what each row is."""

    values: np.ndarray
    labels: np.ndarray
    kind: np.ndarray
    family: np.ndarray
    group: np.ndarray
    source: np.ndarray
    collection: np.ndarray
    language: np.ndarray
    era: np.ndarray
    lines: np.ndarray
    key: np.ndarray  # the text's hash, which names the row's pieces too
    commit: np.ndarray | None = None  # a hunk's commit ("" for files); None: not known


@dataclass(frozen=True)
class Split:
    """One fold: what it is called and the row indices it trains on and tests."""

    name: str
    train: np.ndarray
    test: np.ndarray


@dataclass(frozen=True)
class Scored:
    """Held-out scores: the table row of each (a row tested under several seeds appears once per
    seed), its raw score, and the fold (family or collection) that tested it."""

    rows: np.ndarray
    scores: np.ndarray
    unit: np.ndarray


# ---------------------------------------------------------------- splitting (pure, tested)


def human_folds(groups: np.ndarray, strata: np.ndarray, folds: int, seed: int) -> np.ndarray:
    """A fold number for every row: `GroupKFold` over `groups` inside each stratum (files, hunks),
    so a group never spans two folds and every stratum is spread over all folds."""
    fold = np.full(len(groups), -1)
    for stratum in sorted(set(strata.tolist())):
        inside = np.flatnonzero(strata == stratum)
        splits = min(folds, len(set(groups[inside].tolist())))
        if splits < 2:
            fold[inside] = 0
            continue
        splitter = GroupKFold(n_splits=splits, shuffle=True, random_state=seed)
        for number, (_, held) in enumerate(splitter.split(inside, groups=groups[inside])):
            fold[inside[held]] = number
    return fold


def without_shared_groups(train: np.ndarray, test: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """The training rows whose group no test row has."""
    return train[~np.isin(groups[train], np.unique(groups[test]))]


def family_splits(
    table: Table, families: tuple[str, ...] = HELD_OUT_FAMILIES, seeds: tuple[int, ...] = (0,)
) -> list[Split]:
    """Leave one family out: its AI rows plus human fold i tested, the rest (minus shared groups)
    trained; once per seed, each seed pairing the families with a different shuffle of the human
    folds. Human hunks are folded by collection (there are only a handful), files by group."""
    splits = []
    for seed in seeds:
        splits += _family_splits_once(table, families, seed)
    return splits


def _family_splits_once(table: Table, families: tuple[str, ...], seed: int) -> list[Split]:
    rows = np.arange(len(table.labels))
    human = table.labels == 0
    ai_of_family = (table.labels == 1) & np.isin(table.family, families)
    fold_groups = np.where(table.kind == "hunk", table.collection, table.group)
    fold = np.full(len(rows), -1)
    fold[human] = human_folds(fold_groups[human], table.kind[human], len(families), seed)
    splits = []
    ai_rows = rows[ai_of_family]
    for _, held in LeaveOneGroupOut().split(ai_rows, groups=table.family[ai_rows]):
        name = str(table.family[ai_rows[held[0]]])
        test = np.concatenate([ai_rows[held], rows[human & (fold == families.index(name))]])
        train = np.setdiff1d(rows, test)
        splits.append(Split(name, without_shared_groups(train, test, table.group), np.sort(test)))
    return splits


def collection_splits(table: Table) -> list[Split]:
    """Leave one collection of commit hunks out (its AI and human hunks); everything else trains."""
    rows = np.arange(len(table.labels))
    hunks = rows[table.kind == "hunk"]
    splits = []
    for _, held in LeaveOneGroupOut().split(hunks, groups=table.collection[hunks]):
        test = hunks[held]
        train = np.setdiff1d(rows, test)
        splits.append(Split(str(table.collection[test[0]]), without_shared_groups(train, test, table.group), test))
    return splits


# ---------------------------------------------------------------- statistics (pure, tested)


def auroc(labels: np.ndarray, scores: np.ndarray) -> float | None:
    return float(roc_auc_score(labels, scores)) if len(set(labels.tolist())) == 2 else None


def tpr_at_fpr(labels: np.ndarray, scores: np.ndarray, fpr_limit: float = 0.01) -> float | None:
    if len(set(labels.tolist())) < 2:
        return None
    fpr, tpr, _ = roc_curve(labels, scores)
    return float(tpr[fpr <= fpr_limit].max())


def group_members(groups: np.ndarray) -> list[np.ndarray]:
    """The row indices of every distinct group."""
    _, inverse = np.unique(groups, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    return np.split(order, np.cumsum(np.bincount(inverse))[:-1])


def group_bootstrap(
    labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, rounds: int = DEFAULT_ROUNDS, seed: int = 0
) -> tuple[float, float] | None:
    """95% interval of the AUROC when whole groups are resampled with replacement (rows of one task
    or repository are not independent, so resampling rows would be too narrow); draws with one
    label only are skipped. None when fewer than 20 draws have both labels."""
    members = group_members(groups)
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        chosen = np.concatenate([members[index] for index in rng.integers(0, len(members), len(members))])
        value = auroc(labels[chosen], scores[chosen])
        if value is not None:
            values.append(value)
    if len(values) < 20:
        return None
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def length_bin(lines: int) -> str:
    for low, high in LENGTH_BINS:
        if low <= lines <= high:
            return f"{low}+" if high >= 10**9 else f"{low}-{high}"
    return "0"


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Pieces:
    values: np.ndarray
    labels: np.ndarray
    parent_row: np.ndarray  # the table row each piece was cut from


def pieces_by_row(table_keys: np.ndarray, piece_parents: np.ndarray) -> np.ndarray:
    position = {key: index for index, key in enumerate(table_keys.tolist())}
    return np.array([position[key] for key in piece_parents.tolist()], dtype=int)



def capped(pairs: list[tuple[dict, str]], cap: int, seed: int) -> list[tuple[dict, str]]:
    """At most `cap` rows per (kind, label, family, source) cell, chosen with a fixed seed."""
    cells: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)
    for row, text in pairs:
        cells[(row["kind"], row["label"], row["family"], row["source"])].append((row, text))
    rng = random.Random(seed)
    kept = []
    for key in sorted(cells):
        members = cells[key]
        kept.extend(members if len(members) <= cap else rng.sample(members, cap))
    return kept


def sample_of(row: dict, text: str) -> LabelledSample:
    label = 0 if row["label"] == "human" else 1
    return LabelledSample(text, str(row["sha256"]), label, str(row["group"]), str(row["source"]), str(row["language"]))


class Loaded(NamedTuple):
    """The capped corpus as a Table and its hunk-sized pieces, with the texts of both (in order)."""

    table: Table
    pieces: Pieces
    texts: list[str]
    piece_texts: list[str]


def load_corpus(cap: int, seed: int) -> Loaded:
    """The capped corpus as a Table, and the features of two hunk-sized pieces of every file row."""
    try:
        pairs = capped(read_corpus(), cap, seed)
    except CorpusError as error:
        fail(str(error))
    by_key = {str(row["sha256"]): row for row, _ in pairs}
    matrix = featurise_cached([sample_of(row, text) for row, text in pairs])
    rows = [by_key[sample.path] for sample in matrix.samples]

    def column(name: str) -> np.ndarray:
        return np.array([str(row[name]) for row in rows])

    table = Table(
        matrix.values, matrix.labels, column("kind"), column("family"), column("group"), column("source"),
        column("collection"), column("language"), column("era"), np.array([int(row["lines"]) for row in rows]),
        column("sha256"), np.array([str(row.get("commit_of_hunk", "")) for row in rows]),
    )  # fmt: skip
    files = [sample for sample, row in zip(matrix.samples, rows, strict=True) if row["kind"] == "file"]
    pieces = featurise_cached([piece for sample in files for piece in sampled_hunk_pieces(sample, 2)])
    parents = np.array([sample.path.split(":")[0] for sample in pieces.samples])
    return Loaded(table, Pieces(pieces.values, pieces.labels, pieces_by_row(table.key, parents)),
                  [sample.text for sample in matrix.samples], [sample.text for sample in pieces.samples])


def load_table(cap: int, seed: int) -> tuple[Table, Pieces]:
    """The capped corpus as a Table, and the features of two hunk-sized pieces of every file row."""
    loaded = load_corpus(cap, seed)
    return loaded.table, loaded.pieces


# ---------------------------------------------------------------- training and scoring


def training_rows(table: Table, pieces: Pieces, train: np.ndarray) -> Rows:
    """The shipped recipe's training rows: the rows, pieces of the training files, every (data
    set, label) cell of files and of pieces weighing alike."""
    kept = np.isin(pieces.parent_row, train)
    file_weights, piece_weights = file_and_piece_weights(
        table.source[train], table.labels[train], table.source[pieces.parent_row[kept]], pieces.labels[kept], True
    )
    return Rows(
        np.vstack([table.values[train], pieces.values[kept]]),
        np.concatenate([table.labels[train], pieces.labels[kept]]),
        np.concatenate([file_weights, piece_weights]),
    )


def out_of_fold(table: Table, pieces: Pieces, splits: list[Split], seed: int) -> Scored:
    """Raw scores of every tested row by the model of its fold."""
    scores = []
    learner = Learner(estimator_factory(DEFAULT_RECIPE.kind, seed))
    for split in splits:
        started = time.monotonic()
        fitted = learner.fit(training_rows(table, pieces, split.train))
        scores.append(fitted.raw_scores(table.values[split.test]))
        trained = np.bincount(table.labels[split.train], minlength=2)
        print(
            f"  {split.name}: trained on {trained[1]} AI + {trained[0]} human rows, "
            f"tested {len(split.test)}, {time.monotonic() - started:.0f}s", file=sys.stderr,
        )
    return tested_by(splits, np.concatenate(scores))


def tested_by(splits: list[Split], scores: np.ndarray) -> Scored:
    """`scores` (in the order of the splits' test rows) with the rows and the fold of each."""
    rows = np.concatenate([split.test for split in splits])
    return Scored(rows, scores, np.concatenate([np.full(len(split.test), split.name) for split in splits]))


def shipped_scores(table: Table) -> tuple[np.ndarray, np.ndarray, float]:
    """The shipped default model's raw scores and calibrated probabilities of every row, and its threshold."""
    model = load_scoring_model()
    fill = np.array(model.imputation_values)
    imputed = np.where(np.isnan(table.values), fill, table.values)
    raw = np.array([model.estimator.raw_score(list(row)) for row in imputed])
    probability = np.array([model.calibration(float(value)) for value in raw])
    return raw, probability, model.threshold


# ---------------------------------------------------------------- reporting


def summary(table: Table, scored: Scored, inside: np.ndarray, rounds: int) -> dict[str, object]:
    rows = scored.rows[inside]
    return summary_of(table.labels[rows], scored.scores[inside], table.group[rows], rounds)


def summary_of(labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, rounds: int) -> dict[str, object]:
    return {
        "n_ai": int((labels == 1).sum()),
        "n_human": int((labels == 0).sum()),
        "auroc": auroc(labels, scores),
        "interval": group_bootstrap(labels, scores, groups, rounds),
        "tpr_at_1pct_fpr": tpr_at_fpr(labels, scores),
    }


@dataclass(frozen=True)
class CommitScores:
    """Held-out commits: each the line-weighted mean raw score of its held-out hunks."""

    labels: np.ndarray
    scores: np.ndarray
    groups: np.ndarray  # the commit's repository (its hunks' group)
    units: np.ndarray  # the fold that tested it
    hunks: np.ndarray  # how many of its hunks were held out
    mixed: int  # commits left out because their hunks had both labels


def commit_scores(table: Table, scored: Scored) -> CommitScores:
    """Commit-level aggregation of held-out hunk scores, as a reviewer reads a commit (issue 12's
    independent set of real commits is scored this way): one commit per (fold, repeat, commit).
    A row tested once per repeat is told apart by how often it was seen before."""
    assert table.commit is not None
    seen: Counter[int] = Counter()
    sums: dict[tuple[str, int, str], list[float]] = {}
    found_labels: dict[tuple[str, int, str], set[int]] = {}
    group: dict[tuple[str, int, str], str] = {}
    for position, row in enumerate(scored.rows.tolist()):
        repeat = seen[row]
        seen[row] += 1
        commit = str(table.commit[row])
        if table.kind[row] != "hunk" or not commit:
            continue
        key = (str(scored.unit[position]), repeat, commit)
        weight = float(table.lines[row])
        total = sums.setdefault(key, [0.0, 0.0, 0.0])
        total[0] += float(scored.scores[position]) * weight
        total[1] += weight
        total[2] += 1
        found_labels.setdefault(key, set()).add(int(table.labels[row]))
        group[key] = str(table.group[row])
    kept = [key for key in sums if len(found_labels[key]) == 1]
    return CommitScores(
        np.array([next(iter(found_labels[key])) for key in kept]),
        np.array([sums[key][0] / sums[key][1] for key in kept]),
        np.array([group[key] for key in kept]), np.array([key[0] for key in kept]),
        np.array([int(sums[key][2]) for key in kept]), len(sums) - len(kept),
    )  # fmt: skip


def commit_report(table: Table, scored: Scored, rounds: int) -> dict[str, object]:
    """Per fold, pooled and worst AUROC of held-out commits (line-weighted mean of their hunks)."""
    commits = commit_scores(table, scored)
    units = {
        name: summary_of(commits.labels[inside], commits.scores[inside], commits.groups[inside], rounds)
        for name in sorted(set(commits.units.tolist()))
        if (inside := commits.units == name).any()
    }
    scored_units = [name for name, row in units.items() if row["auroc"] is not None]
    return {
        "units": units,
        "pooled": summary_of(commits.labels, commits.scores, commits.groups, rounds),
        "worst": min(scored_units, key=lambda name: units[name]["auroc"]) if scored_units else None,  # type: ignore[arg-type,return-value]
        "hunks_per_commit": float(commits.hunks.mean()) if len(commits.hunks) else None,
        "commits_with_both_labels_left_out": commits.mixed,
    }


def breakdown(table: Table, scored: Scored, inside: np.ndarray, key: np.ndarray) -> dict[str, object]:
    """AUROC and TPR at 1% FPR of the scores `inside`, per value of `key` (one per table row)."""
    result = {}
    for name in sorted(set(key[scored.rows[inside]].tolist())):
        cell = inside & (key[scored.rows] == name)
        labels, scores = table.labels[scored.rows[cell]], scored.scores[cell]
        result[name] = {
            "n_ai": int((labels == 1).sum()), "n_human": int((labels == 0).sum()),
            "auroc": auroc(labels, scores), "tpr_at_1pct_fpr": tpr_at_fpr(labels, scores),
        }  # fmt: skip
    return result


def family_report(table: Table, scored: Scored, kind: str, rounds: int) -> dict[str, object]:
    """Per family, pooled, worst family, per language, per length bin and per era of one kind of rows."""
    of_kind = table.kind[scored.rows] == kind
    families = {
        name: summary(table, scored, of_kind & (scored.unit == name), rounds)
        for name in sorted(set(scored.unit.tolist()))
    }
    scored_families = [name for name, row in families.items() if row["auroc"] is not None]
    worst = min(scored_families, key=lambda name: families[name]["auroc"]) if scored_families else None  # type: ignore[arg-type,return-value]
    ai = of_kind & (table.labels[scored.rows] == 1)
    human = of_kind & (table.labels[scored.rows] == 0)
    eras = {
        era: summary(table, scored, ai | (human & (table.era[scored.rows] == era)), rounds)
        for era in sorted(set(table.era[scored.rows[human]].tolist()))
    }
    lengths = np.array([length_bin(int(lines)) for lines in table.lines])
    return {
        "families": families,
        "pooled": summary(table, scored, of_kind, rounds),
        "worst": worst,
        "languages": breakdown(table, scored, of_kind, table.language),
        "lengths": breakdown(table, scored, of_kind, lengths),
        "human_era": eras,
    }


def collection_report(table: Table, scored: Scored, rounds: int) -> dict[str, object]:
    units = {name: summary(table, scored, scored.unit == name, rounds) for name in sorted(set(scored.unit.tolist()))}
    return {"collections": units, "pooled": summary(table, scored, np.ones(len(scored.rows), dtype=bool), rounds)}


def flag_rates(table: Table, probability: np.ndarray, threshold: float) -> dict[str, object]:
    """Share of rows the shipped model flags at its threshold: human era-matched hunks, pre-2021 and
    undated files (false positives), and AI hunks and files (what that threshold still catches)."""
    hunk, file = table.kind == "hunk", table.kind == "file"
    human, ai = table.labels == 0, (table.labels == 1) & (table.family != "unattributed")
    rates = {}
    for name, inside in (
        ("era-matched human hunks", hunk & human & (table.era == "era-matched")),
        ("pre-2021 human files", file & human & (table.era == "pre-2021")),
        ("undated human files", file & human & (table.era == "unknown")),
        ("AI hunks (four families)", hunk & ai),
        ("AI files (four families)", file & ai),
    ):
        rates[name] = {"n": int(inside.sum()), "flagged": float((probability[inside] >= threshold).mean())}
    return rates


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple | list):
        return f"{value[0]:.2f}-{value[1]:.2f}"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table_lines(title: str, rows: dict[str, dict]) -> Iterator[str]:
    yield f"\n{title}\n| unit | AI | human | AUROC | 95% group bootstrap | TPR @1% FPR |\n|---|--:|--:|--:|--:|--:|"
    for name, row in rows.items():
        cells = [row["n_ai"], row["n_human"], row["auroc"], row.get("interval"), row["tpr_at_1pct_fpr"]]
        yield f"| {name} | " + " | ".join(_cell(value) for value in cells) + " |"


def print_report(name: str, report: dict[str, object]) -> None:
    for kind in ("files", "hunks"):
        part = report[kind]
        assert isinstance(part, dict)
        rows = dict(part["families"]) | {"pooled": part["pooled"]}
        rows |= {f"pooled, human {era}": value for era, value in part["human_era"].items()}
        for line in table_lines(f"{name}: leave one family out, {kind} (worst: {part['worst']})", rows):
            print(line)
        for line in table_lines(f"{name}: {kind} by language", part["languages"]):
            print(line)
        for line in table_lines(f"{name}: {kind} by length (lines)", part["lengths"]):
            print(line)
    collections = report["collections"]
    assert isinstance(collections, dict)
    rows = dict(collections["collections"]) | {"pooled": collections["pooled"]}
    for line in table_lines(f"{name}: leave one collection of commit hunks out", rows):
        print(line)
    for key, title in (("commits", "leave one family out"), ("commits_by_collection", "leave one collection out")):
        commits = report.get(key)
        if isinstance(commits, dict):
            rows = dict(commits["units"]) | {"pooled": commits["pooled"]}
            heading = (f"{name}: commits (line-weighted mean of their held-out hunks), {title} (worst: "
                       f"{commits['worst']}; {commits['hunks_per_commit']:.1f} hunks a commit)")
            for line in table_lines(heading, rows):
                print(line)


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cap", type=int, default=DEFAULT_CAP, help="rows per (kind, label, family, source)")
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="group-bootstrap draws")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--repeats", type=int, default=DEFAULT_REPEATS, help="human-fold shuffles (families meet other human folds)"
    )
    parser.add_argument("--json", default=str(DEFAULT_OUTPUT), help="where to write the figures")
    parser.add_argument(
        "--shipped-only", action="store_true", help="score the shipped model on the held-out rows, retrain nothing"
    )
    return parser.parse_args(argv)


def evaluate(table: Table, scored: dict[str, Scored], rounds: int) -> dict:
    """The report of one scorer: its held-out scores of the family and of the collection folds."""
    report = {
        "files": family_report(table, scored["family"], "file", rounds),
        "hunks": family_report(table, scored["family"], "hunk", rounds),
        "collections": collection_report(table, scored["collection"], rounds),
    }
    if table.commit is not None:  # hunks aggregated per commit, by family and by collection held out
        report["commits"] = commit_report(table, scored["family"], rounds)
        report["commits_by_collection"] = commit_report(table, scored["collection"], rounds)
    return report


def main(argv: list[str] | None = None) -> int:
    arguments = parse_args(argv)
    started = time.monotonic()
    table, pieces = load_table(arguments.cap, arguments.seed)
    seeds = tuple(range(arguments.seed, arguments.seed + arguments.repeats))
    splits = {"family": family_splits(table, seeds=seeds), "collection": collection_splits(table)}
    print(f"{len(table.labels)} rows, {len(pieces.labels)} training pieces; training folds", file=sys.stderr)
    shipped_raw, shipped_probability, threshold = shipped_scores(table)
    today = {
        name: tested_by(folds, shipped_raw[np.concatenate([split.test for split in folds])])
        for name, folds in splits.items()
    }
    scorers = {"today": today}
    if not arguments.shipped_only:
        scorers["retrained"] = {
            name: out_of_fold(table, pieces, folds, arguments.seed) for name, folds in splits.items()
        }
    document = {
        "cap_per_cell": arguments.cap, "seed": arguments.seed, "rounds": arguments.rounds,
        "recipe": DEFAULT_RECIPE.kind, "rows": len(table.labels),
        "repeats": arguments.repeats,
        **{name: evaluate(table, scored, arguments.rounds) for name, scored in scorers.items()},
        "shipped_threshold": threshold,
        "shipped_flag_rates": flag_rates(table, shipped_probability, threshold),
        "seconds": round(time.monotonic() - started),
    }  # fmt: skip
    for name in ("retrained", "today"):
        if name in scorers:
            print_report(name, document[name])
    print(f"\nshipped model at its threshold {threshold:.3f}: {json.dumps(document['shipped_flag_rates'])}")
    Path(arguments.json).parent.mkdir(parents=True, exist_ok=True)
    Path(arguments.json).write_text(json.dumps(document, indent=1))
    print(f"wrote {arguments.json} in {document['seconds']}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
