"""Issue 12: three approaches to generalisation measured on the fixed protocol (classifier_protocol.py).

Same rows (the capped multi-generator corpus, same cap and seed), same folds (leave one generator
family out with the human rows in GroupKFold folds, 3 shuffles; leave one commit-hunk collection
out), same statistics (pooled and per-family AUROC with group-bootstrap intervals, TPR at 1% FPR).
Only how a fold's model is trained differs. Every choice below was fixed before the first run and
nothing was tuned on the protocol's held-out folds:

- baseline: the shipped recipe as the protocol trains it (trees + logistic, every (data set, label)
  cell alike, two hunk-sized pieces per training file).
- A, family-balanced: the same features, estimator and pieces; weights give every AI generator family
  (unattributed included) the same total, human rows as much as all AI together, and inside each the
  files, file pieces and real commit hunks the same share.
- B, family-invariant: A's weights without the features that point opposite ways for two training
  families (a feature whose AUROC against the human rows is above 0.55 for one family and below 0.45
  for another identifies a generator, not AI; measured on the fold's training rows only), then one
  worst-family step: the family with the lowest training AUROC gets twice its weight and the model is
  refitted.
- C, n-grams: character 2-4-grams of the code's first 4,000 characters (scikit-learn
  HashingVectorizer, 2**20 features, binary, l2) and a logistic regression (liblinear, C = 1), A's
  weights and rows (files, pieces, hunks).
- A+C: the sum of A's and C's raw scores, each standardised by its mean and spread on the fold's
  training rows.
- D, per-language (added in session 8, fixed before its first run): one model per language group
  (Python; JavaScript/TypeScript/TSX; Go; Java; C/C++; Rust), the shipped recipe on that group's
  training rows and their pieces; a group with fewer than 200 training rows of either label is
  scored by the all-language model; each model's scores standardised by its own training rows.

    python benchmarks/generator_corpus.py      # once
    nice -n 19 python benchmarks/classifier_approaches.py [--approaches baseline A B C] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from classifier_datasets import DEFAULT_RECIPE, WORK
from classifier_protocol import (
    DEFAULT_CAP,
    DEFAULT_REPEATS,
    DEFAULT_ROUNDS,
    Pieces,
    Scored,
    Split,
    Table,
    collection_splits,
    evaluate,
    family_splits,
    load_corpus,
    training_rows,
)
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from provenance.classifier.training.estimators import estimator_factory
from provenance.classifier.training.pipeline import Learner, Rows

DEFAULT_OUTPUT = WORK / "classifier-approaches.json"
NGRAM_CHARACTERS = 4000
DISAGREEMENT = 0.05  # a family's feature AUROC this far from 0.5, each way, marks a generator feature
WORST_FAMILY_FACTOR = 2.0
MIN_FAMILY_ROWS = 30
# D's language groups (the tree-sitter grammars' languages) and the training rows of each label a
# group needs for a model of its own.
LANGUAGE_GROUPS = {"python": "python", "javascript": "js-ts", "typescript": "js-ts", "tsx": "js-ts", "go": "go",
                   "java": "java", "c": "c-cpp", "cpp": "c-cpp", "rust": "rust"}
MIN_LANGUAGE_ROWS = 200


@dataclass(frozen=True)
class Data:
    """The protocol's table and pieces, with what the n-gram model and the weights need beside them."""

    table: Table
    pieces: Pieces
    row_ngrams: object  # sparse matrix, one row per table row
    piece_ngrams: object  # sparse matrix, one row per piece
    row_cell: np.ndarray  # "family/kind" of every table row (human rows: "human/kind")
    piece_cell: np.ndarray


def cell_of(label: np.ndarray, family: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """The weighting cell of each row: its family (or human) and its kind (file, piece, hunk)."""
    owner = np.where(label == 1, family, "human")
    return np.array([f"{who}/{what}" for who, what in zip(owner, kind, strict=True)])


def family_balanced_weights(cells: np.ndarray, boost: dict[str, float] | None = None) -> np.ndarray:
    """Every AI family the same total weight (times `boost` of it), human as much as all AI; inside a
    family (or human) every kind of row the same share. Normalised to mean 1."""
    owners = np.array([cell.split("/")[0] for cell in cells])
    families = sorted(set(owners.tolist()) - {"human"})
    weights = np.zeros(len(cells))
    for owner in [*families, "human"]:
        inside = owners == owner
        share = 1.0 if owner == "human" else (boost or {}).get(owner, 1.0) / len(families)
        kinds, inverse, counts = np.unique(cells[inside], return_inverse=True, return_counts=True)
        weights[inside] = share / len(kinds) / counts[inverse]
    ai = owners != "human"
    weights[ai] *= weights[~ai].sum() / weights[ai].sum()
    return weights * len(weights) / weights.sum()


# ---------------------------------------------------------------- data


def load(cap: int, seed: int) -> Data:
    """The protocol's rows (`classifier_protocol.load_corpus`, same cap and seed) with their texts."""
    loaded = load_corpus(cap, seed)
    table, pieces = loaded.table, loaded.pieces
    vectoriser = ngram_vectoriser()
    parent = pieces.parent_row
    return Data(
        table, pieces,
        vectoriser.transform([text[:NGRAM_CHARACTERS] for text in loaded.texts]),
        vectoriser.transform([text[:NGRAM_CHARACTERS] for text in loaded.piece_texts]),
        cell_of(table.labels, table.family, table.kind),
        cell_of(pieces.labels, table.family[parent], np.full(len(parent), "piece")),
    )  # fmt: skip


def ngram_vectoriser() -> HashingVectorizer:
    return HashingVectorizer(
        analyzer="char", ngram_range=(2, 4), n_features=2**20, alternate_sign=False, binary=True,
        lowercase=False, norm="l2", dtype=np.float32,
    )  # fmt: skip


# ---------------------------------------------------------------- approaches


@dataclass(frozen=True)
class FoldScores:
    """One approach's raw scores of a fold's test rows and of its training (table) rows."""

    test: np.ndarray
    train: np.ndarray


def _kept_pieces(data: Data, train: np.ndarray) -> np.ndarray:
    return np.isin(data.pieces.parent_row, train)


def _stylometric(data: Data, split: Split, seed: int, weights: np.ndarray, columns: np.ndarray) -> FoldScores:
    """Trees + logistic on the table rows and pieces of the training rows, with `weights` (rows then
    pieces) and only the feature `columns`."""
    kept = _kept_pieces(data, split.train)
    rows = Rows(
        np.vstack([data.table.values[split.train], data.pieces.values[kept]])[:, columns],
        np.concatenate([data.table.labels[split.train], data.pieces.labels[kept]]),
        weights,
    )
    fitted = Learner(estimator_factory(DEFAULT_RECIPE.kind, seed)).fit(rows)
    values = data.table.values[:, columns]
    return FoldScores(fitted.raw_scores(values[split.test]), fitted.raw_scores(values[split.train]))


def _balanced(data: Data, train: np.ndarray, boost: dict[str, float] | None = None) -> np.ndarray:
    cells = np.concatenate([data.row_cell[train], data.piece_cell[_kept_pieces(data, train)]])
    return family_balanced_weights(cells, boost)


def baseline(data: Data, split: Split, seed: int) -> FoldScores:
    learner = Learner(estimator_factory(DEFAULT_RECIPE.kind, seed))
    fitted = learner.fit(training_rows(data.table, data.pieces, split.train))
    values = data.table.values
    return FoldScores(fitted.raw_scores(values[split.test]), fitted.raw_scores(values[split.train]))


def family_balanced(data: Data, split: Split, seed: int) -> FoldScores:
    columns = np.arange(data.table.values.shape[1])
    return _stylometric(data, split, seed, _balanced(data, split.train), columns)


def family_aurocs(values: np.ndarray, labels: np.ndarray, family: np.ndarray) -> dict[str, np.ndarray]:
    """Per AI family with enough rows: every feature's AUROC, that family's AI rows against all the
    human rows (NaN filled with the column mean)."""
    filled = np.where(np.isnan(values), np.nanmean(values, axis=0), values)
    filled = np.nan_to_num(filled)
    human = labels == 0
    result = {}
    for name in sorted(set(family[labels == 1].tolist())):
        ai = (labels == 1) & (family == name)
        if ai.sum() < MIN_FAMILY_ROWS:
            continue
        both = ai | human
        result[name] = np.array([roc_auc_score(ai[both], filled[both, j]) for j in range(values.shape[1])])
    return result


def invariant_columns(values: np.ndarray, labels: np.ndarray, family: np.ndarray) -> np.ndarray:
    """The features whose direction no two families dispute (see the module doc)."""
    aurocs = np.vstack(list(family_aurocs(values, labels, family).values())) - 0.5
    disputed = (aurocs.max(axis=0) > DISAGREEMENT) & (aurocs.min(axis=0) < -DISAGREEMENT)
    return np.flatnonzero(~disputed)


def worst_training_family(scores: np.ndarray, labels: np.ndarray, family: np.ndarray) -> str:
    human = labels == 0
    aurocs = {}
    for name in sorted(set(family[labels == 1].tolist())):
        ai = (labels == 1) & (family == name)
        if ai.sum() >= MIN_FAMILY_ROWS:
            aurocs[name] = roc_auc_score(ai[ai | human], scores[ai | human])
    return min(aurocs, key=aurocs.__getitem__)


def family_invariant(data: Data, split: Split, seed: int) -> FoldScores:
    table, train = data.table, split.train
    columns = invariant_columns(table.values[train], table.labels[train], table.family[train])
    first = _stylometric(data, split, seed, _balanced(data, train), columns)
    worst = worst_training_family(first.train, table.labels[train], table.family[train])
    kept = f"{len(columns)} of {table.values.shape[1]} features kept"
    print(f"    B: {kept}, worst training family {worst}", file=sys.stderr)
    return _stylometric(data, split, seed, _balanced(data, train, {worst: WORST_FAMILY_FACTOR}), columns)


def ngrams(data: Data, split: Split, seed: int) -> FoldScores:
    from scipy.sparse import vstack

    kept = _kept_pieces(data, split.train)
    values = vstack([data.row_ngrams[split.train], data.piece_ngrams[kept]]).tocsr()  # type: ignore[index]
    labels = np.concatenate([data.table.labels[split.train], data.pieces.labels[kept]])
    model = LogisticRegression(C=1.0, solver="liblinear", random_state=seed)
    model.fit(values, labels, sample_weight=_balanced(data, split.train))
    rows = data.row_ngrams
    return FoldScores(model.decision_function(rows[split.test]), model.decision_function(rows[split.train]))  # type: ignore[index]


def standardised_sum(members: list[FoldScores]) -> FoldScores:
    """Each member's scores standardised by its training scores' mean and spread, then summed."""
    test, train = np.zeros(len(members[0].test)), np.zeros(len(members[0].train))
    for member in members:
        centre, spread = member.train.mean(), member.train.std() or 1.0
        test += (member.test - centre) / spread
        train += (member.train - centre) / spread
    return FoldScores(test, train)


def _standardised(scores: FoldScores) -> FoldScores:
    return standardised_sum([scores])


def per_language(data: Data, split: Split, seed: int) -> FoldScores:
    """One model per language group, trained (the shipped recipe) on that group's training rows and
    their pieces; a test row of a group with fewer than MIN_LANGUAGE_ROWS training rows of either
    label gets the all-language model's score. Every model's scores are standardised by its own
    training rows so that they share a scale."""
    table = data.table
    group = np.array([LANGUAGE_GROUPS.get(language, "other") for language in table.language.tolist()])
    pooled = _standardised(baseline(data, split, seed))
    test = pooled.test.copy()
    learner = Learner(estimator_factory(DEFAULT_RECIPE.kind, seed))
    for name in sorted(set(group[split.test].tolist())):
        train = split.train[group[split.train] == name]
        labels = table.labels[train]
        if min((labels == 1).sum(), (labels == 0).sum()) < MIN_LANGUAGE_ROWS:
            continue
        fitted = learner.fit(training_rows(table, data.pieces, train))
        own = _standardised(FoldScores(fitted.raw_scores(table.values[split.test]),
                                       fitted.raw_scores(table.values[train])))
        inside = group[split.test] == name
        test[inside] = own.test[inside]
    return FoldScores(test, pooled.train)


APPROACHES: dict[str, Callable[[Data, Split, int], FoldScores]] = {
    "baseline": baseline, "A": family_balanced, "B": family_invariant, "C": ngrams, "D": per_language,
}  # fmt: skip
ENSEMBLES = {"A+C": ("A", "C")}


# ---------------------------------------------------------------- running


def scores_of(data: Data, splits: list[Split], names: list[str], seed: int) -> dict[str, Scored]:
    """Every approach's held-out scores over `splits` (and the ensembles whose members all ran)."""
    by_name: dict[str, list[FoldScores]] = {name: [] for name in names}
    for split in splits:
        for name in names:
            started = time.monotonic()
            by_name[name].append(APPROACHES[name](data, split, seed))
            print(f"  {split.name} {name}: {time.monotonic() - started:.0f}s", file=sys.stderr)
    for ensemble, members in ENSEMBLES.items():
        if all(member in by_name for member in members):
            folds = zip(*(by_name[member] for member in members), strict=True)
            by_name[ensemble] = [standardised_sum(list(fold)) for fold in folds]
    rows = np.concatenate([split.test for split in splits])
    unit = np.concatenate([np.full(len(split.test), split.name) for split in splits])
    return {name: Scored(rows, np.concatenate([fold.test for fold in folds]), unit) for name, folds in by_name.items()}


def headline(report: dict) -> dict[str, object]:
    files, hunks, collections = report["files"], report["hunks"], report["collections"]
    return {
        "files_pooled": files["pooled"]["auroc"], "files_interval": files["pooled"]["interval"],
        "files_worst": files["worst"], "files_worst_auroc": files["families"][files["worst"]]["auroc"],
        "files_tpr": files["pooled"]["tpr_at_1pct_fpr"],
        "hunks_pooled": hunks["pooled"]["auroc"], "hunks_interval": hunks["pooled"]["interval"],
        "hunks_worst": hunks["worst"], "hunks_worst_auroc": hunks["families"][hunks["worst"]]["auroc"],
        "hunks_tpr": hunks["pooled"]["tpr_at_1pct_fpr"],
        "collections_pooled": collections["pooled"]["auroc"],
        "collections_tpr": collections["pooled"]["tpr_at_1pct_fpr"],
        **({"commits_pooled": report["commits"]["pooled"]["auroc"], "commits_worst": report["commits"]["worst"],
            "commits_tpr": report["commits"]["pooled"]["tpr_at_1pct_fpr"],
            "commits_by_collection": report["commits_by_collection"]["pooled"]["auroc"]}
           if "commits" in report else {}),
    }  # fmt: skip


def print_headlines(headlines: dict[str, dict]) -> None:
    print("| approach | files pooled [95%] | files worst | files TPR@1% | hunks pooled [95%] | hunks worst "
          "| hunks TPR@1% | collections pooled | collections TPR@1% |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for name, h in headlines.items():
        interval = lambda pair: "-" if pair is None else f"{pair[0]:.2f}-{pair[1]:.2f}"  # noqa: E731
        print(
            f"| {name} | {h['files_pooled']:.3f} [{interval(h['files_interval'])}] | {h['files_worst']} "
            f"{h['files_worst_auroc']:.3f} | {h['files_tpr']:.3f} | {h['hunks_pooled']:.3f} "
            f"[{interval(h['hunks_interval'])}] | {h['hunks_worst']} {h['hunks_worst_auroc']:.3f} | "
            f"{h['hunks_tpr']:.3f} | {h['collections_pooled']:.3f} | {h['collections_tpr']:.3f} |"
        )
    commits = {name: h for name, h in headlines.items() if "commits_pooled" in h}
    if commits:
        print("\n| approach | commits pooled (line-weighted hunks) | worst family | TPR@1% | collections out |")
        print("|---|--:|--:|--:|--:|")
        for name, h in commits.items():
            print(f"| {name} | {h['commits_pooled']:.3f} | {h['commits_worst']} | {h['commits_tpr']:.3f} "
                  f"| {h['commits_by_collection']:.3f} |")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--approaches", nargs="+", choices=sorted(APPROACHES), default=sorted(APPROACHES))
    parser.add_argument("--cap", type=int, default=DEFAULT_CAP)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", default=str(DEFAULT_OUTPUT))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_args(argv)
    started = time.monotonic()
    data = load(arguments.cap, arguments.seed)
    seeds = tuple(range(arguments.seed, arguments.seed + arguments.repeats))
    splits = {"family": family_splits(data.table, seeds=seeds), "collection": collection_splits(data.table)}
    print(f"{len(data.table.labels)} rows, {len(data.pieces.labels)} pieces", file=sys.stderr)
    scored = {kind: scores_of(data, folds, arguments.approaches, arguments.seed) for kind, folds in splits.items()}
    reports = {
        name: evaluate(data.table, {kind: scored[kind][name] for kind in splits}, arguments.rounds)
        for name in scored["family"]
    }
    headlines = {name: headline(report) for name, report in reports.items()}
    print_headlines(headlines)
    document = {
        "cap_per_cell": arguments.cap, "seed": arguments.seed, "rounds": arguments.rounds,
        "repeats": arguments.repeats, "rows": len(data.table.labels), "headlines": headlines,
        "reports": reports, "seconds": round(time.monotonic() - started),
    }  # fmt: skip
    Path(arguments.json).parent.mkdir(parents=True, exist_ok=True)
    Path(arguments.json).write_text(json.dumps(document, indent=1))
    print(f"wrote {arguments.json} in {document['seconds']}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
