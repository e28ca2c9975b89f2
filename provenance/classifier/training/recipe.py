"""What a training run does, as one frozen value checked when it is made.

A `TrainingRecipe` replaces the flags `fit_model` used to take: the estimator kind, what cross-validation
holds out, how samples are weighted (and which data sets weigh only a share of that), how the threshold
is set, how many hunk-sized pieces of every file are trained on, the target false-positive rate, the
seed and whether the model file is timestamped.
Bad values raise `ClassifierUsageError` with one line naming the field and what it accepts.

Pure Python (no numpy): the command line builds and checks a recipe before scikit-learn is imported.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from provenance.classifier.errors import ClassifierUsageError

EstimatorKind = Literal["logistic", "trees", "trees+logistic"]
ESTIMATOR_KINDS: tuple[EstimatorKind, ...] = ("logistic", "trees", "trees+logistic")
# What cross-validation holds out: a group (task, project, commit) in grouped 5-fold, or one whole
# data set or domain at a time (leave one out).
HeldOutBy = Literal["group", "dataset", "domain"]
HELD_OUT_BY: tuple[HeldOutBy, ...] = ("group", "dataset", "domain")
# "datasets": every data set weighs the same in total; "datasets-and-labels": every data set's AI part
# and human part do (otherwise 5,600 competitive-programming files drown a few hundred ordinary ones).
Balancing = Literal["none", "datasets", "datasets-and-labels"]
BALANCINGS: tuple[Balancing, ...] = ("none", "datasets", "datasets-and-labels")
# "pooled": at most target_fpr of all held-out human files are flagged; "every-unit": of the human
# files of every held-out data set or domain (needs held_out_by other than "group").
ThresholdRule = Literal["pooled", "every-unit"]
THRESHOLD_RULES: tuple[ThresholdRule, ...] = ("pooled", "every-unit")

DEFAULT_TARGET_FPR = 0.01
MAX_TARGET_FPR = 0.5
MAX_PIECES_PER_FILE = 20
MAX_SEED = 2**32 - 1  # scikit-learn's random_state range


@dataclass(frozen=True)
class TrainingRecipe:
    """How to fit, calibrate and threshold a model (see `training.fit`); checked on creation."""

    kind: EstimatorKind = "logistic"
    held_out_by: HeldOutBy = "group"
    balancing: Balancing = "none"
    threshold_rule: ThresholdRule = "pooled"
    pieces_per_file: int = 0
    target_fpr: float = DEFAULT_TARGET_FPR
    seed: int = 0
    timestamp: bool = True
    # (data set, share) pairs: that data set's files and pieces weigh `share` (0 < share <= 1) of what
    # the balancing gives them, so data of another kind can teach without outweighing the rest.
    dataset_shares: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        problem = recipe_problem(self)
        if problem is not None:
            raise ClassifierUsageError(f"training recipe: {problem}")

    @property
    def balances_datasets(self) -> bool:
        return self.balancing != "none"

    @property
    def balances_labels(self) -> bool:
        return self.balancing == "datasets-and-labels"


def recipe_problem(recipe: TrainingRecipe) -> str | None:
    """The first thing wrong with `recipe`, as half a sentence, or None."""
    for problem in (
        _choice_problem("kind", recipe.kind, ESTIMATOR_KINDS),
        _choice_problem("held_out_by", recipe.held_out_by, HELD_OUT_BY),
        _choice_problem("balancing", recipe.balancing, BALANCINGS),
        _choice_problem("threshold_rule", recipe.threshold_rule, THRESHOLD_RULES),
        _whole_number_problem("pieces_per_file", recipe.pieces_per_file, MAX_PIECES_PER_FILE),
        _whole_number_problem("seed", recipe.seed, MAX_SEED),
        _target_fpr_problem(recipe.target_fpr),
        _flag_problem("timestamp", recipe.timestamp),
        _dataset_shares_problem(recipe.dataset_shares),
        _threshold_rule_problem(recipe),
    ):
        if problem is not None:
            return problem
    return None


def _choice_problem(field: str, value: object, choices: tuple[str, ...]) -> str | None:
    if isinstance(value, str) and value in choices:
        return None
    return f"{field} must be one of {', '.join(choices)}, not {value!r}"


def _whole_number_problem(field: str, value: object, largest: int) -> str | None:
    # bool is an int subclass; True pieces per file is a mistake, not 1.
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= largest:
        return None
    return f"{field} must be a whole number from 0 to {largest}, not {value!r}"


def _flag_problem(field: str, value: object) -> str | None:
    return None if isinstance(value, bool) else f"{field} must be True or False, not {value!r}"


def _target_fpr_problem(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= MAX_TARGET_FPR:
        return None  # NaN fails the comparison and falls through
    shown = "NaN" if isinstance(value, float) and math.isnan(value) else repr(value)
    return f"target_fpr must be a number from 0 to {MAX_TARGET_FPR}, not {shown}"


def _dataset_shares_problem(value: object) -> str | None:
    if isinstance(value, tuple) and all(
        isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str)
        and isinstance(pair[1], (int, float)) and not isinstance(pair[1], bool) and 0.0 < pair[1] <= 1.0
        for pair in value
    ):  # fmt: skip
        names = [pair[0] for pair in value]
        if len(set(names)) == len(names):
            return None
        return f"dataset_shares names a data set twice: {value!r}"
    return f"dataset_shares must be (data set, share) pairs with 0 < share <= 1, not {value!r}"


def _threshold_rule_problem(recipe: TrainingRecipe) -> str | None:
    if recipe.threshold_rule == "every-unit" and recipe.held_out_by == "group":
        return (
            "threshold_rule 'every-unit' needs held_out_by 'dataset' or 'domain' "
            "(a threshold per held-out group would rest on a handful of files)"
        )
    return None


# `git provenance train FOLDER` with no options: a logistic regression calibrated on grouped 5-fold
# scores, pooled threshold at 1% of the human files.
FOLDER_RECIPE = TrainingRecipe()

# The shipped default model (benchmarks/classifier_train_default.py; chosen in classifier_eval.py, see
# MODEL_CARD.md): trees plus a logistic regression, every data set's AI and human parts weighted alike,
# two hunk-sized pieces of every file trained on beside it, calibration and threshold from
# leave-one-domain-out scores, at most 1% of the human files of every held-out domain flagged, no
# timestamp (so the file retrains to the same bytes).
DEFAULT_MODEL_RECIPE = TrainingRecipe(
    kind="trees+logistic",
    held_out_by="domain",
    balancing="datasets-and-labels",
    threshold_rule="every-unit",
    pieces_per_file=2,
    timestamp=False,
)

# `train --from-history`: tree boosting (continued from the default model unless started from
# scratch), calibrated on grouped 5-fold scores where a group is one commit.
HISTORY_RECIPE = TrainingRecipe(kind="trees")
