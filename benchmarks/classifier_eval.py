"""Cross-domain evaluation of the stylometric classifier.

Within one data set detectors look excellent and tell us little; what matters for a reviewer is how a
model does on code from somewhere else. Every figure here is measured on data the model never saw:

- leave one DOMAIN out (competitive, exercises, library, cli, web, tests, data, refactor, algo): the
  held-out domain's AI files (training-data/ai) and human files (the fetched human corpus) are
  removed together, so library/cli/web/tests/data get an AUROC on ordinary code of both labels;
- leave one DATA SET out (whodunit, codenet-gpt, gptsniffer-java, training-data-ai, pypi-human,
  npm-human); a single-label held-out set gets only its TPR or FPR at the threshold;
- research corpus only -> ordinary code: trained on the three research data sets, tested on
  training-data-ai + the human corpus together (does competitive-programming style transfer?).

Groups (problem, task, project) are never split. For each held-out unit the calibration map and the
threshold are fitted on the OTHER units' held-out scores only (nested), so "FPR @thr" is what a
domain the model has never seen gets. The pooled held-out scores of the domain protocol are exactly
the ones the default model's calibration is fitted on (classifier_train_default.py), and per-language
rows are computed from them.

    python benchmarks/fetch_human_corpus.py
    python benchmarks/classifier_eval.py [--kind trees+logistic|trees|logistic] [--no-balance | --no-label-balance]
                                         [--pooled-threshold] [--hunks] [--pieces-per-file N]

Needs scikit-learn and the research corpus at ../shared/corpus.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time

import numpy as np
from classifier_datasets import DEFAULT_RECIPE, all_samples, featurise_cached
from sklearn.metrics import roc_auc_score, roc_curve

from provenance.classifier.model.format import Model
from provenance.classifier.training.data import hunk_pieces
from provenance.classifier.training.estimators import estimator_factory
from provenance.classifier.training.fit import fit_matrix
from provenance.classifier.training.matrix import FeatureMatrix
from provenance.classifier.training.pipeline import (
    Learner,
    ScoredPieces,
    TrainingSet,
    fit_calibration,
    leave_one_unit_out,
    out_of_fold_raw_scores,
    threshold_for_units,
)
from provenance.classifier.training.recipe import DEFAULT_TARGET_FPR, ESTIMATOR_KINDS, Balancing, TrainingRecipe
from provenance.classifier.training.weighting import file_weights, held_out_units, training_pieces

RESEARCH = ("whodunit", "codenet-gpt", "gptsniffer-java")


def probabilities(model: Model, matrix: FeatureMatrix) -> np.ndarray:
    return np.array([model.probability(row) for row in matrix.feature_rows()])


def tpr_at_fpr(labels: np.ndarray, scores: np.ndarray, fpr_limit: float = 0.01) -> float:
    fpr, tpr, _ = roc_curve(labels, scores)
    return float(tpr[fpr <= fpr_limit].max())


def grouped_bootstrap_auroc(
    labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, rounds: int = 300
) -> tuple[float, float]:
    """95% interval of the AUROC when whole groups (problems, projects) are resampled with
    replacement: files of one project are not independent, so resampling files would be too narrow."""
    names, inverse = np.unique(groups, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    members = np.split(order, np.cumsum(np.bincount(inverse))[:-1])
    rng = np.random.default_rng(0)
    values = []
    for _ in range(rounds):
        chosen = np.concatenate([members[index] for index in rng.integers(0, len(names), len(names))])
        if len(set(labels[chosen].tolist())) == 2:
            values.append(roc_auc_score(labels[chosen], scores[chosen]))
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def threshold_by_rule(probability: np.ndarray, labels: np.ndarray, units: np.ndarray, every_unit: bool) -> float:
    """The training pipeline's threshold rule, pooled or in every unit."""
    return threshold_for_units(probability, labels, DEFAULT_TARGET_FPR, units if every_unit else None)


def metrics(labels: np.ndarray, scores: np.ndarray, threshold: float | None) -> dict[str, float | int | None]:
    has_both = len(set(labels.tolist())) == 2
    flagged = scores >= threshold if threshold is not None else None
    return {
        "n_ai": int((labels == 1).sum()),
        "n_human": int((labels == 0).sum()),
        "auroc": float(roc_auc_score(labels, scores)) if has_both else None,
        "tpr_at_1pct_fpr": tpr_at_fpr(labels, scores) if has_both else None,
        "threshold": threshold,
        "fpr_at_threshold": float(flagged[labels == 0].mean()) if flagged is not None and (labels == 0).any() else None,
        "tpr_at_threshold": float(flagged[labels == 1].mean()) if flagged is not None and (labels == 1).any() else None,
    }


def nested_unit_results(raw: np.ndarray, labels: np.ndarray, units: np.ndarray, every_unit: bool,
                        piece_raw: np.ndarray | None = None, piece_units: np.ndarray | None = None):  # fmt: skip
    """Per held-out unit: its probabilities under a calibration and threshold fitted on the others
    (and, given hunk-sized pieces of the files, the pieces' probabilities and thresholds the same way)."""
    probability = np.zeros(len(raw))
    thresholds = np.zeros(len(raw))
    piece_probability = np.zeros(0 if piece_raw is None else len(piece_raw))
    piece_thresholds = np.zeros(len(piece_probability))
    rows = {}
    for unit in sorted(set(units)):
        inside = units == unit
        others = ~inside
        calibration = fit_calibration(raw[others], labels[others])
        calibrated = np.array([calibration(float(value)) for value in raw])
        threshold = threshold_by_rule(calibrated[others], labels[others], units[others], every_unit)
        probability[inside] = calibrated[inside]
        thresholds[inside] = threshold
        if piece_raw is not None and piece_units is not None:
            in_unit = piece_units == unit
            piece_probability[in_unit] = [calibration(float(value)) for value in piece_raw[in_unit]]
            piece_thresholds[in_unit] = threshold
        # AUROC and the oracle TPR on raw scores (the isotonic map has ties); FPR/TPR at threshold on probabilities.
        row = metrics(labels[inside], raw[inside], None)
        at = metrics(labels[inside], calibrated[inside], threshold)
        row.update(
            threshold=threshold, fpr_at_threshold=at["fpr_at_threshold"], tpr_at_threshold=at["tpr_at_threshold"]
        )
        rows[unit] = row
    return rows, probability, thresholds, (piece_probability, piece_thresholds)


def _cell(value: float | int | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def flag_rate_cells(flagged: np.ndarray, labels: np.ndarray, inside: np.ndarray) -> str:
    """"FPR | TPR" table cells: the share of the human and of the AI samples in `inside` that are flagged."""
    cells = []
    for label in (0, 1):
        chosen = inside & (labels == label)
        cells.append(_cell(float(flagged[chosen].mean())) if chosen.any() else _cell(None))
    return " | ".join(cells)


def print_table(title: str, key: str, rows: dict[str, dict]) -> None:
    print(f"\n#### {title}\n")
    print(f"| held out {key} | AI | human | AUROC | TPR @1% FPR (oracle) | threshold | FPR @thr | TPR @thr |")
    print("|---|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        print(f"| {name} | {_cell(row['n_ai'])} | {_cell(row['n_human'])} | {_cell(row['auroc'])} | "
              f"{_cell(row['tpr_at_1pct_fpr'])} | {_cell(row['threshold'])} | {_cell(row['fpr_at_threshold'])} | "
              f"{_cell(row['tpr_at_threshold'])} |")  # fmt: skip


def print_hunk_table(labels: np.ndarray, raw: np.ndarray, flagged: np.ndarray, domains: np.ndarray) -> None:
    """Hunk-sized pieces (10-60 lines) of the held-out files, scored by their file's fold model and
    flagged at the FILE calibration and threshold of that fold: what `verify` does with hunks."""
    print("\n#### Hunks: 10-60-line pieces of the held-out files, at the nested file threshold\n")
    print("| held out domain | AI pieces | human pieces | AUROC | FPR @thr | TPR @thr |")
    print("|---|---|---|---|---|---|")
    for domain in sorted(set(domains)):
        inside = domains == domain
        row = metrics(labels[inside], raw[inside], None)
        print(f"| {domain} | {row['n_ai']} | {row['n_human']} | {_cell(row['auroc'])} | "
              f"{flag_rate_cells(flagged, labels, inside)} |")  # fmt: skip
    print(f"\nPooled hunks: AUROC {roc_auc_score(labels, raw):.3f}; flagged {flagged[labels == 0].mean():.2%} of human "
          f"and {flagged[labels == 1].mean():.2%} of AI pieces")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=ESTIMATOR_KINDS, default="trees+logistic")
    parser.add_argument("--no-balance", action="store_true", help="do not weight data sets equally")
    parser.add_argument("--no-label-balance", action="store_true",
                        help="weight data sets equally, not each data set's AI and human parts")  # fmt: skip
    parser.add_argument("--pooled-threshold", action="store_true",
                        help="threshold from pooled held-out human files instead of every held-out domain")  # fmt: skip
    parser.add_argument("--skip-dataset-protocol", action="store_true")
    parser.add_argument("--hunks", action="store_true",
                        help="also score 10-60-line pieces of the held-out files, as verify scores hunks")  # fmt: skip
    parser.add_argument("--pieces-per-file", type=int, default=DEFAULT_RECIPE.pieces_per_file,
                        help="hunk-sized pieces of every file trained on beside it (0: files only, the "
                             "recipe before stylometry-3's second data round)")  # fmt: skip
    arguments = parser.parse_args()
    balance, every_unit = not arguments.no_balance, not arguments.pooled_threshold

    started = time.perf_counter()
    matrix = featurise_cached(all_samples())
    labels = matrix.labels
    datasets = np.array([sample.dataset for sample in matrix.samples])
    domains = held_out_units(matrix.samples, "domain")
    languages = np.array([sample.language for sample in matrix.samples])
    label_balance = balance and not arguments.no_label_balance
    balancing: Balancing = "datasets-and-labels" if label_balance else "datasets" if balance else "none"
    weights = file_weights(matrix, balancing)
    trained_pieces = None
    if arguments.pieces_per_file > 0:
        trained_pieces, weights = training_pieces(
            matrix, arguments.pieces_per_file, "domain", balancing, featurise_cached
        )
    learner = Learner(estimator_factory(arguments.kind, 0))
    print(f"featurised {len(labels)} files in {time.perf_counter() - started:.0f}s", file=sys.stderr)

    weighting = "balanced data set x label" if label_balance else "balanced" if balance else "unweighted"
    held_out_humans = "every held-out domain" if every_unit else "pooled held-out human files"
    print(f"### Cross-domain results (kind {arguments.kind}, {weighting} data sets, "
          f"{arguments.pieces_per_file} hunk-sized pieces per file trained on, "
          f"threshold: ≤1% FPR in {held_out_humans})")  # fmt: skip

    pieces = piece_domains = None
    if arguments.hunks:
        pieces = featurise_cached([piece for sample in matrix.samples for piece in hunk_pieces(sample)])
        piece_domains = held_out_units(pieces.samples, "domain")
    scored = ScoredPieces(pieces, piece_domains) if pieces is not None and piece_domains is not None else None
    out_of_fold = out_of_fold_raw_scores(
        TrainingSet(matrix, weights, trained_pieces), learner, leave_one_unit_out(domains), scored
    )
    raw, piece_raw = out_of_fold.files, out_of_fold.pieces
    rows, probability, thresholds, (piece_probability, piece_thresholds) = nested_unit_results(
        raw, labels, domains, every_unit, piece_raw if pieces is not None else None, piece_domains
    )
    print_table("Leave one domain out", "domain", rows)
    pooled = metrics(labels, raw, None)
    low, high = grouped_bootstrap_auroc(labels, raw, matrix.groups)
    print(f"\nPooled over held-out domains: AUROC {pooled['auroc']:.3f} (95% group bootstrap {low:.3f}-{high:.3f}), "
          f"TPR @1% FPR (oracle) {pooled['tpr_at_1pct_fpr']:.3f}; mean of the per-domain AUROCs "
          f"{np.mean([row['auroc'] for row in rows.values() if row['auroc'] is not None]):.3f}")  # fmt: skip
    ordinary = ~np.isin(domains, ["competitive", "exercises"])
    research_competitive = (domains == "competitive") & np.isin(datasets, ["whodunit", "codenet-gpt"])
    print(f"Ordinary code (every domain but competitive and exercises) pooled: AUROC "
          f"{roc_auc_score(labels[ordinary], raw[ordinary]):.3f}; competitive research files (whodunit + "
          f"codenet-gpt) in their held-out domain: AUROC "
          f"{roc_auc_score(labels[research_competitive], raw[research_competitive]):.3f}")  # fmt: skip

    if pieces is not None and piece_domains is not None:
        print_hunk_table(pieces.labels, piece_raw, piece_probability >= piece_thresholds, piece_domains)

    print("\n#### Per language (leave-one-domain-out scores, nested thresholds)\n")
    print("| language | AI | human | AUROC | TPR @1% FPR (oracle) | FPR @thr | TPR @thr |")
    print("|---|---|---|---|---|---|---|")
    flagged = probability >= thresholds
    for language in sorted(set(languages)):
        inside = languages == language
        row = metrics(labels[inside], raw[inside], None)
        print(f"| {language} | {row['n_ai']} | {row['n_human']} | {_cell(row['auroc'])} "
              f"| {_cell(row['tpr_at_1pct_fpr'])} | {flag_rate_cells(flagged, labels, inside)} |")  # fmt: skip

    if not arguments.skip_dataset_protocol:
        trained_by_set = None
        if trained_pieces is not None:
            trained_by_set = dataclasses.replace(
                trained_pieces, units=held_out_units(trained_pieces.matrix.samples, "dataset")
            )
        raw_sets = out_of_fold_raw_scores(
            TrainingSet(matrix, weights, trained_by_set), learner, leave_one_unit_out(datasets)
        ).files
        set_rows, _, _, _ = nested_unit_results(raw_sets, labels, datasets, every_unit)
        print_table("Leave one data set out", "data set", set_rows)

    research = np.isin(datasets, RESEARCH)
    research_recipe = TrainingRecipe(
        kind=arguments.kind, held_out_by="dataset", balancing=balancing,
        threshold_rule="every-unit" if every_unit else "pooled", pieces_per_file=arguments.pieces_per_file,
    )  # fmt: skip
    model, _ = fit_matrix(matrix.subset(research), research_recipe, featuriser=featurise_cached)
    ordinary = matrix.subset(~research)
    scores = probabilities(model, ordinary)
    raw_ordinary = np.array([model.raw_score(row) for row in ordinary.feature_rows()])
    row = metrics(ordinary.labels, raw_ordinary, None)
    at = metrics(ordinary.labels, scores, model.threshold)
    row.update(
        threshold=model.threshold, fpr_at_threshold=at["fpr_at_threshold"], tpr_at_threshold=at["tpr_at_threshold"]
    )
    print_table(
        "Research corpus only -> ordinary code (training-data-ai + human corpus)", "set", {"ordinary code": row}
    )

    command = f"python benchmarks/classifier_eval.py --kind {arguments.kind}"
    command += " --no-balance" if arguments.no_balance else ""
    command += " --no-label-balance" if arguments.no_label_balance else ""
    command += " --pooled-threshold" if arguments.pooled_threshold else ""
    command += " --hunks" if arguments.hunks else ""
    if arguments.pieces_per_file != DEFAULT_RECIPE.pieces_per_file:
        command += f" --pieces-per-file {arguments.pieces_per_file}"
    print(f"\nCommand: `{command}` ({time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
