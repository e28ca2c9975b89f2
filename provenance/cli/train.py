"""`git provenance train`: parse the command line, train, print what was trained."""

from __future__ import annotations

import datetime
import importlib
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

import click

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.model.format import save_model
from provenance.classifier.scoring.pipeline import load_scoring_model
from provenance.classifier.training.recipe import (
    ESTIMATOR_KINDS,
    HISTORY_RECIPE,
    EstimatorKind,
    TrainingRecipe,
)

if TYPE_CHECKING:
    from provenance.classifier.training.history import NegativesMode

StartFrom = Literal["default", "scratch"]


@click.command("train")
@click.option("--output", "output_path", required=True, type=click.Path(dir_okay=False), help="Model file to write.")
@click.option("--kind", type=click.Choice(ESTIMATOR_KINDS), default="logistic", show_default=True,
              help="Estimator for FOLDER training (--from-history always uses trees).")  # fmt: skip
@click.option("--target-fpr", type=click.FloatRange(0.0, 0.5), default=0.01, show_default=True,
              help="Highest share of human files (out of fold) the threshold may flag.")  # fmt: skip
@click.option("--pieces-per-file", type=click.IntRange(0, 20), default=0, show_default=True,
              help="For FOLDER training: also train on this many hunk-sized (10-60-line) pieces of every file, "
              "as the default model does (2), so hunk scores are better; about 3x slower.")  # fmt: skip
@click.option("--from-history", is_flag=True,
              help="Calibrate on this repository's history: commits that disclose AI vs human commits.")  # fmt: skip
@click.option("--rev", "revision", default="HEAD", show_default=True, help="With --from-history: history tip.")
@click.option("--since", help="With --from-history: only commits after this date (as git log --since).")
@click.option("--until", help="With --from-history: only commits before this date (as git log --until).")
@click.option("--cutoff", type=click.DateTime(formats=["%Y-%m-%d"]), default="2021-06-29", show_default=True,
              help="With --from-history: undisclosed commits authored before this date count as human.")  # fmt: skip
@click.option("--negatives", type=click.Choice(["declared", "undisclosed"]), default="declared", show_default=True,
              help="Human commits: 'declared' = AI-Assisted: none or before --cutoff; "
              "'undisclosed' = every commit that discloses no AI.")  # fmt: skip
@click.option("--start", type=click.Choice(["default", "scratch"]), default="default", show_default=True,
              help="With --from-history: continue from the default model's trees, or train on history "
              "alone.")
@click.option("--base-model", "base_model_path", type=click.Path(dir_okay=False),
              help="With --from-history: the model to start from and compare with (default: the built-in "
              "model).")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
def train(  # noqa: PLR0913 - click passes each of the command's options as one parameter
    output_path: str, kind: EstimatorKind, target_fpr: float, pieces_per_file: int, from_history: bool,
    revision: str, since: str | None, until: str | None, cutoff: datetime.datetime, negatives: NegativesMode,
    start: StartFrom, base_model_path: str | None, folder: str | None,
) -> None:  # fmt: skip
    """Train a model from FOLDER/ai/** (AI-written) and FOLDER/human/** (human-written) files, or
    with --from-history from the current repository's own commits.

    FOLDER: a file in a subfolder belongs to the group named by its top-level subfolder, a file
    directly in ai/ or human/ to the group named by its file stem; a group is never split between
    fitting and held-out data.

    --from-history: commits disclosing AI (any recognised convention) are AI, commits with
    'AI-Assisted: none' and (by default) commits authored before --cutoff are human; the lines each
    commit adds to each source file are the samples. The newest fifth of the labelled commits is
    held out and the evaluation printed next to the default model's on the same files.

    Needs the `classifier` extra (scikit-learn).
    """
    if from_history:
        if folder is not None:
            raise ClassifierUsageError("give either FOLDER or --from-history, not both")
        if pieces_per_file:
            raise ClassifierUsageError(
                "--pieces-per-file is for FOLDER training; --from-history already trains on commits' hunks"
            )
        selection = HistorySelection(revision, since, until, cutoff.date(), negatives)
        recipe = replace(HISTORY_RECIPE, target_fpr=target_fpr)
        _train_from_history(output_path, selection, start, base_model_path, recipe)
        return
    if folder is None:
        raise ClassifierUsageError("give a FOLDER with ai/ and human/ subfolders, or --from-history")
    if not os.path.isdir(folder):
        raise ClassifierUsageError(f"no such folder: {folder}")
    recipe = TrainingRecipe(kind=kind, target_fpr=target_fpr, pieces_per_file=pieces_per_file)
    _train_from_folder(output_path, folder, recipe)


@dataclass(frozen=True)
class HistorySelection:
    """Which commits `--from-history` reads and how it labels them."""

    revision: str
    since: str | None
    until: str | None
    cutoff: datetime.date
    negatives: NegativesMode


def _require_scikit_learn() -> None:
    """A one-line usage error, not a traceback, when the classifier extra is not installed."""
    try:
        for module in ("numpy", "sklearn"):
            importlib.import_module(module)
    except ImportError as error:
        raise ClassifierUsageError(
            f"training needs scikit-learn and numpy ({error.name} is missing): "
            "pip install 'git-provenance[classifier]'"
        ) from None


def _train_from_folder(output_path: str, folder: str, recipe: TrainingRecipe) -> None:
    _require_scikit_learn()
    from provenance.classifier.training.data import read_labelled_folder
    from provenance.classifier.training.fit import fit_model

    model, report = fit_model(read_labelled_folder(folder), recipe)
    save_model(model, output_path)
    click.echo(
        f"trained on {report.samples_by_label['ai']} AI and {report.samples_by_label['human']} human files "
        f"in {report.groups} groups; grouped out-of-fold AUROC {report.out_of_fold_auroc:.3f}, "
        f"threshold {model.threshold:.3f} (FPR {report.out_of_fold_fpr_at_threshold:.1%}, "
        f"TPR {report.out_of_fold_tpr_at_threshold:.1%}); wrote {output_path}"
    )


def _auroc(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _train_from_history(
    output_path: str, selection: HistorySelection, start: StartFrom, base_model_path: str | None, recipe: TrainingRecipe
) -> None:
    from collections import Counter

    from provenance.classifier.training.data import AI, HUMAN
    from provenance.classifier.training.history import read_history, train_from_history

    _require_scikit_learn()
    history = read_history(
        ".", selection.revision, selection.since, selection.until, selection.cutoff, selection.negatives
    )
    if history.unreadable:
        click.echo(f"git-provenance: train: {history.unreadable} of {history.read} commits left out: git could not "
                   "read a file of theirs (a lost object, or a partial clone's blob it cannot fetch; "
                   "`git fsck` names them)", err=True)
    ai, human = history.labelled(AI), history.labelled(HUMAN)
    reasons = Counter(commit.reason for commit in ai + human)
    click.echo(
        f"history: {history.read} commits; labelled {len(ai)} AI and {len(human)} human commits with scorable code "
        f"({', '.join(f'{reason} {count}' for reason, count in sorted(reasons.items()))})"
    )
    default_model = load_scoring_model(base_model_path)
    result = train_from_history(
        history, default_model, start=start, recipe=recipe,
        metadata={"command": "git provenance train --from-history", "revision": selection.revision,
                  "since": selection.since, "until": selection.until, "cutoff": selection.cutoff.isoformat(),
                  "negatives": selection.negatives},
    )  # fmt: skip
    save_model(result.model, output_path)
    held, default = result.held_out, result.default_held_out
    check = result.time_check
    if check is not None:
        base = "base model" if base_model_path else "default"
        kept = (f"kept the {base}'s trees, recalibrated for this repository" if check.keeps_default
                else "kept the trees learnt from this history")
        click.echo(
            f"time check (trees fitted on older training commits, scored on the newest fifth of the training commits: "
            f"{check.commits_ai} AI / {check.commits_human} human): AUROC {check.continued_auroc:.3f} against the "
            f"{base}'s {check.default_auroc:.3f}; {kept}"
        )
    click.echo(
        f"trained on {result.training_files['ai']} AI / {result.training_files['human']} human files "
        f"from {len(result.split.training)} older commits (start: {start}); "
        f"out-of-fold AUROC {result.out_of_fold_auroc:.3f}"
    )
    click.echo(
        f"held out (newest fifth: {held.commits_ai} AI / {held.commits_human} human commits, {held.files} files): "
        f"AUROC {_auroc(held.auroc)}; threshold {held.threshold:.3f}: TPR {held.tpr:.1%}, FPR {held.fpr:.1%}"
    )
    click.echo(
        f"{'base' if base_model_path else 'default'} model on the same files: AUROC {_auroc(default.auroc)}; "
        f"threshold {default.threshold:.3f}: "
        f"TPR {default.tpr:.1%}, FPR {default.fpr:.1%}"
    )
    click.echo(f"wrote {output_path} (use it with `git provenance classify --model {output_path}`)")
