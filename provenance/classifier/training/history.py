"""`git provenance train --from-history`: calibrate the classifier on the repository's own history.

Labels come from what each commit discloses, read with the same convention parser the checks use
(`provenance.core.disclosure.analyse` with every recognised convention, author/committer names filled so
aider's "(aider)" suffix counts):

- AI (positive): involvement "assisted" or "generated";
- human (negative): involvement "none" (``AI-Assisted: none``), plus, with ``negatives="declared"``
  (the default), undisclosed commits authored before `cutoff` (default 2021-06-29, before AI coding
  assistants were in wide use), or, with ``negatives="undisclosed"``, every undisclosed commit;
- everything else is left out.

History is read from ONE ``git log --patch -U0`` stream (merges skipped, renames followed so a moved
file is not counted as new code), limited by pathspec to the files of the languages the classifier
scores: git never reads another file's blob, so a history holding large media or binaries costs
nothing extra, and a commit touching none of those files is not listed. A commit whose blob git cannot
read (an object deleted or lost, a partial clone whose promisor is out of reach) is skipped and
counted (`History.unreadable`) and the stream resumes after it (``--skip``) instead of the whole
read failing; a failure that is not a blob's (a bad revision) is still raised.

A sample is the lines one commit adds to one source file, grouped by commit: a commit is never split
between fitting and held-out data. At most `MAX_FILES_PER_COMMIT`
files per commit are kept so one vendoring commit cannot dominate.

Time split: per label, the most recent fifth of the labelled commits (by committer date) is held out
and the rest is used for training. The split is made per label because the labels are themselves
ordered in time (pre-cutoff human commits are all older than any disclosed AI commit); a global
split would leave the held-out part with one label only.

Training starts from the default model (``start="default"``): gradient boosting continues from the
default model's raw scores, fitting `HISTORY_TREES` small trees to what the default model gets wrong
on this repository, and the result is written in the ordinary model format: one tree ensemble (the
default's trees followed by the new ones) when the default is a tree ensemble, otherwise the weighted
sum of the default's estimator and the new trees. With a short history the default model's knowledge is a
better prior than nothing, and with a long one the new trees override it where the repository
differs. ``start="scratch"`` trains on the history alone. Either way the calibration map and the
threshold are fitted on out-of-fold scores of the training part (grouped 5-fold by commit), and the
held-out fifth is scored once, at the end, next to the default model's score on the same files.

The reading and labelling here are pure Python; fitting imports the training module (numpy,
scikit-learn) only when it runs.
"""

from __future__ import annotations

import datetime
import math
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.languages import GENERIC, LANGUAGES, language_for_path
from provenance.classifier.features.screening import Skip, decode_source, screen_text
from provenance.classifier.model.format import (
    Estimator,
    GradientBoostedTrees,
    WeightedSum,
)
from provenance.classifier.training.data import AI, HUMAN, LabelledSample
from provenance.classifier.training.recipe import HISTORY_RECIPE, TrainingRecipe
from provenance.core.conventions import CONVENTION_IDS
from provenance.core.disclosure import analyse
from provenance.core.errors import GitError
from provenance.core.message import ParsedMessage
from provenance.gitio.facts import LoggedCommit
from provenance.gitio.log import read_commits
from provenance.gitio.patch import parse_added_lines

if TYPE_CHECKING:  # the training modules (numpy, scikit-learn) are imported only when fitting runs
    from provenance.classifier.training.matrix import FeatureMatrix

DEFAULT_CUTOFF = datetime.date(2021, 6, 29)
NegativesMode = Literal["declared", "undisclosed"]
NEGATIVES_MODES: tuple[NegativesMode, ...] = ("declared", "undisclosed")
MIN_COMMITS_PER_LABEL = 5
HELD_OUT_SHARE = 0.2
MAX_FILES_PER_COMMIT = 20
# Every file the classifier scores, in any folder of the repository (top: whatever the working
# directory), extension matched as language_for_path matches it.
SCORED_PATHSPECS: tuple[str, ...] = tuple(
    f":(top,icase)*{extension}" for spec in LANGUAGES for extension in sorted(set(spec.extensions))
)
HISTORY_TREES = {"n_estimators": 100, "max_depth": 2, "learning_rate": 0.05, "subsample": 0.8, "min_samples_leaf": 5}


@dataclass
class HistoryCommit:
    sha: str
    author_time: int
    commit_time: int
    order: int  # position in `git log` output (0 = newest), breaks ties between equal dates
    involvement: str
    conventions: tuple[str, ...]
    label: int | None
    reason: str  # why the label: a convention id, "ai-assisted-none", "before-cutoff", "undisclosed"
    samples: list[LabelledSample] = field(default_factory=list)


@dataclass
class History:
    commits: list[HistoryCommit]
    read: int  # commits git log returned (merges and commits touching no scored file excluded)
    unreadable: int = 0  # commits skipped because git could not read one of their blobs

    def labelled(self, label: int) -> list[HistoryCommit]:
        return [commit for commit in self.commits if commit.label == label and commit.samples]


def _label(
    involvement: str, conventions: tuple[str, ...], author_time: int, cutoff: datetime.date, negatives: NegativesMode
) -> tuple[int | None, str]:
    if involvement in ("assisted", "generated"):
        return AI, conventions[0] if conventions else involvement
    if involvement == "none":
        return HUMAN, "ai-assisted-none"
    if negatives == "undisclosed":
        return HUMAN, "undisclosed"
    authored = datetime.datetime.fromtimestamp(author_time, datetime.timezone.utc).date()
    if authored < cutoff:
        return HUMAN, "before-cutoff"
    return None, "undisclosed"


def _samples(sha: str, patch: bytes) -> list[LabelledSample]:
    samples = []
    for change in parse_added_lines(patch):
        language = language_for_path(change.path)
        if change.binary or language is GENERIC:
            continue
        text = decode_source(change.data())
        if isinstance(text, Skip) or screen_text(text) is not None:
            continue
        samples.append(LabelledSample(text, change.path, -1, sha, "history", language.name))
        if len(samples) == MAX_FILES_PER_COMMIT:
            break
    return samples


def _history_commit(order: int, logged: LoggedCommit, cutoff: datetime.date, negatives: NegativesMode) -> HistoryCommit:
    """One commit of the history, labelled by what it discloses, with its samples when labelled."""
    disclosure = analyse(ParsedMessage(logged.facts), CONVENTION_IDS).disclosure
    label, reason = _label(disclosure.involvement, disclosure.conventions, logged.author_time, cutoff, negatives)
    commit = HistoryCommit(
        logged.facts.sha or "", logged.author_time, logged.commit_time, order, disclosure.involvement,
        disclosure.conventions, label, reason,
    )  # fmt: skip
    if label is not None:
        commit.samples = [
            LabelledSample(s.text, s.path, label, s.group, s.dataset, s.language)
            for s in _samples(commit.sha, logged.patch)
        ]
    return commit


def read_history(
    repository: str | os.PathLike[str] = ".",
    revision: str = "HEAD",
    since: str | None = None,
    until: str | None = None,
    cutoff: datetime.date = DEFAULT_CUTOFF,
    negatives: NegativesMode = "declared",
) -> History:
    """Every non-merge commit reachable from `revision` (bounded by since/until), labelled, with the
    scorable added code of each labelled commit; one `git log` process."""
    if negatives not in NEGATIVES_MODES:
        raise ClassifierUsageError(f"--negatives must be one of {', '.join(NEGATIVES_MODES)}, not {negatives!r}")
    if revision.startswith("-"):
        raise ClassifierUsageError(f"not a revision: {revision}")
    # --full-history: with a pathspec git would otherwise prune a side branch whose merge leaves the
    # scored files as the other parent has them, and its commits' added code would go unread.
    arguments = ["--no-merges", "--full-history"]
    arguments += [f"--since={since}"] if since else []
    arguments += [f"--until={until}"] if until else []
    arguments.append(revision)
    skipped: list[int] = []
    commits = [
        _history_commit(order, logged, cutoff, negatives)
        for order, logged in enumerate(_readable_commits(arguments, repository, skipped))
    ]
    return History(commits, len(commits) + len(skipped), len(skipped))


def _readable_commits(
    arguments: list[str], repository: str | os.PathLike[str], skipped: list[int]
) -> Iterator[LoggedCommit]:
    """The commits of ``git log ARGUMENTS -- SCORED_PATHSPECS`` with their patches. When git stops
    on a blob it cannot read, the commit at the stopping point is read alone: kept when it reads
    cleanly, otherwise left out (its position appended to `skipped`); the log then resumes after it."""
    position = 0  # commits of the log passed on or skipped so far
    while True:
        try:
            for logged in _complete_commits(arguments, repository, position):
                yield logged
                position += 1
            return
        except GitError as error:
            alone = _commit_alone(arguments, repository, position, error)
            if alone is None:
                skipped.append(position)
            else:
                yield alone
            position += 1


def _complete_commits(
    arguments: list[str], repository: str | os.PathLike[str], position: int
) -> Iterator[LoggedCommit]:
    """The log from `position` on; a commit is passed on once the next one has started or the log
    ended cleanly, because git stopping inside a commit leaves its patch truncated."""
    pending: LoggedCommit | None = None
    for logged in read_commits([f"--skip={position}", *arguments], repository, True, paths=SCORED_PATHSPECS):
        if pending is not None:
            yield pending
        pending = logged
    if pending is not None:
        yield pending


def _commit_alone(
    arguments: list[str], repository: str | os.PathLike[str], position: int, error: GitError
) -> LoggedCommit | None:
    """The commit at `position` read by itself: the commit when its patch reads, None when only
    its patch cannot be read (a missing blob); `error` again when the commit cannot even be listed
    (a bad revision or repository: not a blob's fault)."""
    one = ["-1", f"--skip={position}", *arguments]
    try:
        found = list(read_commits(one, repository, True, paths=SCORED_PATHSPECS))
    except GitError:
        try:
            listed = list(read_commits(one, repository, False, paths=SCORED_PATHSPECS))
        except GitError:
            raise error from None
        if listed:
            return None
        raise error from None
    if found:
        return found[0]
    raise error


@dataclass(frozen=True)
class TimeSplit:
    training: list[HistoryCommit]
    held_out: list[HistoryCommit]


def time_split(history: History, held_out_share: float = HELD_OUT_SHARE) -> TimeSplit:
    """Per label, the newest `held_out_share` of labelled commits (at least one) are held out."""
    ai, human = history.labelled(AI), history.labelled(HUMAN)
    if len(ai) < MIN_COMMITS_PER_LABEL or len(human) < MIN_COMMITS_PER_LABEL:
        raise ClassifierUsageError(_too_few_message(history, len(ai), len(human)))
    return _newest_apart(ai + human, held_out_share)


def _newest_apart(commits: list[HistoryCommit], share: float) -> TimeSplit:
    """Per label, the newest `share` of `commits` (at least one) apart from the rest."""
    older: list[HistoryCommit] = []
    newer: list[HistoryCommit] = []
    for label in (AI, HUMAN):
        newest_first = sorted((c for c in commits if c.label == label), key=lambda c: (-c.commit_time, c.order))
        count = max(1, math.ceil(share * len(newest_first))) if newest_first else 0
        newer += newest_first[:count]
        older += newest_first[count:]
    return TimeSplit(older, newer)


def _too_few_message(history: History, ai: int, human: int) -> str:
    hints = []
    if ai < MIN_COMMITS_PER_LABEL:
        hints.append("disclose AI use in commits (Assisted-by:, Generated-by:, Co-authored-by: an AI) "
                     "or widen --since/--until")
    if human < MIN_COMMITS_PER_LABEL:
        hints.append("mark human commits with 'AI-Assisted: none', move --cutoff later, or use --negatives undisclosed")
    return (
        f"too few labelled commits to train from history: found {ai} AI-disclosing and {human} human commits "
        f"with scorable added code among {history.read} commits (need at least {MIN_COMMITS_PER_LABEL} of each); "
        + "; ".join(hints)
    )


@dataclass(frozen=True)
class HeldOutResult:
    files: int
    commits_ai: int
    commits_human: int
    auroc: float | None
    threshold: float
    tpr: float
    fpr: float


@dataclass(frozen=True)
class HistoryTrainingResult:
    model: Any  # Model
    split: TimeSplit
    training_files: dict[str, int]
    held_out: HeldOutResult
    default_held_out: HeldOutResult
    out_of_fold_auroc: float
    time_check: TimeCheck | None = None  # None: started from scratch, or too few newer commits to check


@dataclass(frozen=True)
class TimeCheck:
    """Whether the history improves on the default model on newer commits than it learnt from: the
    continued trees fitted on the older training commits and scored, beside the default, on the
    newest fifth of the training commits (never the held-out ones)."""

    commits_ai: int
    commits_human: int
    continued_auroc: float
    default_auroc: float

    @property
    def keeps_default(self) -> bool:
        """The continued trees did not rank the newer commits better: keep the default's ranking."""
        return self.continued_auroc <= self.default_auroc


def _held_out_result(probabilities: list[float], labels: list[int], threshold: float,
                     commits: list[HistoryCommit]) -> HeldOutResult:
    from sklearn.metrics import roc_auc_score

    flagged = [p >= threshold for p in probabilities]
    ai = [f for f, label in zip(flagged, labels, strict=True) if label == AI]
    human = [f for f, label in zip(flagged, labels, strict=True) if label == HUMAN]
    return HeldOutResult(
        files=len(labels),
        commits_ai=sum(1 for c in commits if c.label == AI),
        commits_human=sum(1 for c in commits if c.label == HUMAN),
        auroc=float(roc_auc_score(labels, probabilities)) if ai and human else None,
        threshold=threshold,
        tpr=sum(ai) / len(ai) if ai else 0.0,
        fpr=sum(human) / len(human) if human else 0.0,
    )


def train_from_history(
    history: History,
    default_model: Any,
    start: Literal["default", "scratch"] = "default",
    recipe: TrainingRecipe = HISTORY_RECIPE,
    metadata: dict[str, Any] | None = None,
) -> HistoryTrainingResult:
    """Fit on the older part of the labelled history and evaluate on the newest fifth (see module doc).

    The path is folder training's (`training.pipeline`: out-of-fold scores, calibration, threshold,
    model); what differs is passed in: trees continued from the default model (`start="default"`),
    imputed with its fill values, in grouped folds where a group is one commit. Of the recipe only
    target_fpr, seed and timestamp apply.
    """
    import numpy as np  # numpy and scikit-learn are imported only when training runs

    from provenance.classifier.training.estimators import warm_started_trees
    from provenance.classifier.training.matrix import featurise, imputation_values
    from provenance.classifier.training.pipeline import (
        Learner,
        SingleLabelFoldError,
        TrainingSet,
        fit_calibrated,
        grouped_folds,
    )

    _check_history_recipe(recipe)
    split = time_split(history)
    training = featurise([s for commit in split.training for s in commit.samples])
    labels = training.labels
    if (labels == AI).sum() < 2 or (labels == HUMAN).sum() < 2:
        raise _too_few_to_train(history)
    base = default_model.estimator if start == "default" else None
    # From the default model: its fill values, so the start scores as it does. From scratch: the
    # training part's means, the same for every fold.
    fill = np.array(default_model.imputation_values) if base is not None else imputation_values(training.values)
    learner = Learner(warm_started_trees(base, recipe.seed, HISTORY_TREES), fixed_fill=fill)
    check = _time_check(split.training, training, learner, base) if base is not None else None
    if base is not None and check is not None and check.keeps_default:
        # The history's own trees would only be fitted to its older commits' quirks: the model keeps
        # the default's trees, and only its calibration and threshold are this repository's.
        default_trees: Estimator = base
        learner = Learner(lambda _values, _labels, _weights: default_trees, fixed_fill=fill)
    try:
        # A history is small: the isotonic map's plateaus would tie files the trees ranked apart.
        fitted = fit_calibrated(
            TrainingSet(training), learner, grouped_folds(training.groups), recipe.target_fpr, keep_ranking=True
        )
    except SingleLabelFoldError:
        raise _too_few_to_train(history) from None
    model = fitted.model({})
    held_out = featurise([s for commit in split.held_out for s in commit.samples])
    rows, held_labels = held_out.feature_rows(), held_out.labels.tolist()
    result = _held_out_result([model.probability(r) for r in rows], held_labels, model.threshold, split.held_out)
    default_result = _held_out_result(
        [default_model.probability(r) for r in rows], held_labels, default_model.threshold, split.held_out
    )
    training_files = {"ai": int((labels == AI).sum()), "human": int((labels == HUMAN).sum())}
    out_of_fold_auroc = _auroc(labels.tolist(), fitted.out_of_fold_raw.tolist())
    held_out_metadata = _held_out_metadata(result, default_result)
    model.metadata.update(_history_metadata(recipe, split, base, training_files, out_of_fold_auroc, held_out_metadata))
    model.metadata.update(_time_check_metadata(check))
    model.metadata.update(metadata or {})
    return HistoryTrainingResult(model, split, training_files, result, default_result, out_of_fold_auroc, check)


def _time_check(training_commits: list[HistoryCommit], training: FeatureMatrix, learner: Any,
                base: Estimator) -> TimeCheck | None:
    """``TimeCheck`` of the training commits; None when their newest fifth holds fewer than
    ``MIN_COMMITS_PER_LABEL`` commits of a label, or the rest lacks one.

    Out-of-fold scores mix old and new commits, so they cannot tell whether what the trees learn
    still holds later; this asks the question the held-out fifth answers, on commits the model is
    allowed to see. On real histories the trees often learn the older commits' era or authors.
    ``training`` is the training commits' features (a sample's group is its commit), split here
    rather than computed again.
    """
    import numpy as np

    from provenance.classifier.training.pipeline import Fitted, TrainingSet

    newer = _newest_apart(training_commits, HELD_OUT_SHARE).held_out
    if min(sum(c.label == label for c in newer) for label in (AI, HUMAN)) < MIN_COMMITS_PER_LABEL:
        return None  # two AUROCs on a handful of commits would decide on noise
    in_newer = np.isin(training.groups, [commit.sha for commit in newer])
    fitting, checking = training.subset(~in_newer), training.subset(in_newer)
    if len(set(fitting.labels.tolist())) < 2 or len(set(checking.labels.tolist())) < 2:
        return None
    labels = checking.labels.tolist()
    continued = learner.fit(TrainingSet(fitting).rows()).raw_scores(checking.values)
    default = Fitted(base, learner.fixed_fill).raw_scores(checking.values)
    return TimeCheck(sum(1 for c in newer if c.label == AI), sum(1 for c in newer if c.label == HUMAN),
                     _auroc(labels, continued.tolist()), _auroc(labels, default.tolist()))


def _too_few_to_train(history: History) -> ClassifierUsageError:
    """Too few usable files of a label in the training part (after screening, or in a fold)."""
    return ClassifierUsageError(_too_few_message(history, len(history.labelled(AI)), len(history.labelled(HUMAN))))


# What train_from_history can follow of a recipe; the rest is fixed by how history is trained on.
_HISTORY_RECIPE_FIXED = ("kind", "held_out_by", "balancing", "threshold_rule", "pieces_per_file", "dataset_shares")


def _check_history_recipe(recipe: TrainingRecipe) -> None:
    differing = [name for name in _HISTORY_RECIPE_FIXED if getattr(recipe, name) != getattr(HISTORY_RECIPE, name)]
    if differing:
        raise ClassifierUsageError(
            f"training from history cannot follow the recipe's {', '.join(differing)}: it fits trees on whole "
            "commits' hunks, unweighted, held out by commit, with a pooled threshold; only target_fpr, seed "
            "and timestamp apply"
        )


def _auroc(labels: list[int], scores: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


def _held_out_metadata(result: HeldOutResult, default_result: HeldOutResult) -> dict[str, Any]:
    return {
        "rule": f"newest {HELD_OUT_SHARE:.0%} of labelled commits per label (time split)",
        "files": result.files, "commits_ai": result.commits_ai, "commits_human": result.commits_human,
        "auroc": None if result.auroc is None else round(result.auroc, 4),
        "tpr_at_threshold": round(result.tpr, 4), "fpr_at_threshold": round(result.fpr, 4),
        "default_model_auroc": None if default_result.auroc is None else round(default_result.auroc, 4),
    }  # fmt: skip


def _history_metadata(
    recipe: TrainingRecipe,
    split: TimeSplit,
    base: Estimator | None,
    training_files: dict[str, int],
    out_of_fold_auroc: float,
    held_out: dict[str, Any],
) -> dict[str, Any]:
    """The model file's metadata; the key order is part of the file's bytes, keep it."""
    reasons = Counter(c.reason for c in split.training + split.held_out)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        **({"trained_at": stamp} if recipe.timestamp else {}),
        "training": "repository history",
        "start": "default model" if base is not None else "scratch",
        "default_model_trees": _tree_count(base) if base is not None else 0,
        "history_tree_parameters": HISTORY_TREES,
        "label_sources": dict(sorted(reasons.items())),
        "training_commits": {"ai": sum(c.label == AI for c in split.training),
                             "human": sum(c.label == HUMAN for c in split.training)},
        "training_files": training_files,
        "target_fpr": recipe.target_fpr,
        "calibration_held_out": "commit (grouped 5-fold on the training part)",
        "out_of_fold_auroc": round(out_of_fold_auroc, 4),
        "held_out": held_out,
    }  # fmt: skip


def _time_check_metadata(check: TimeCheck | None) -> dict[str, Any]:
    if check is None:
        return {}
    return {"time_check": {"commits": {"ai": check.commits_ai, "human": check.commits_human},
                           "continued_auroc": round(check.continued_auroc, 4),
                           "default_auroc": round(check.default_auroc, 4),
                           "kept": "default trees" if check.keeps_default else "continued trees"}}


def _tree_count(estimator: Estimator) -> int:
    """Trees in an estimator, members of a weighted sum included."""
    if isinstance(estimator, GradientBoostedTrees):
        return len(estimator.trees)
    if isinstance(estimator, WeightedSum):
        return sum(_tree_count(member) for _weight, member in estimator.members)
    return 0
