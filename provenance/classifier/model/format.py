"""The model file format (versioned JSON) and pure-Python scoring from it.

A model file is plain JSON, so it can be read, diffed and reviewed, and loading one can never run
code (unlike pickle/joblib). Scoring needs neither numpy nor scikit-learn: a logistic regression is a
dot product and a tree ensemble a few comparisons per tree, followed by a piecewise-linear
calibration map that turns the raw score into a probability of AI authorship.

Layout (format_version 2; version 1 is the same without the "weighted_sum" estimator, and is still
read)::

    {
      "format": "git-provenance-classifier-model",
      "format_version": 2,
      "feature_set": "stylometry-1",
      "feature_names": [...],            # order of every per-feature list below
      "imputation_values": [...],        # used where a feature is not measurable (None)
      "estimator": {"kind": "logistic_regression",
                    "feature_mean": [...], "feature_scale": [...],
                    "coefficients": [...], "intercept": 0.0}
               or {"kind": "gradient_boosted_trees", "learning_rate": 0.1, "baseline": 0.0,
                   "trees": [{"feature": [...], "threshold": [...], "left": [...],
                              "right": [...], "value": [...]}]},   # left == -1 marks a leaf
               or {"kind": "weighted_sum",       # raw score = sum of weight x member's raw score
                   "members": [{"weight": 1.0, "estimator": {...}}, ...]},
      "calibration": {"kind": "isotonic", "raw": [...], "probability": [...]},
      "threshold": 0.9,                  # probability at or above which code is flagged as AI
      "metadata": {...}                  # free-form: training data, metrics, versions
    }
"""

from __future__ import annotations

import bisect
import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from provenance.classifier.errors import ModelFileError

MODEL_FORMAT = "git-provenance-classifier-model"
MODEL_FORMAT_VERSION = 2
# Version 2 added the "weighted_sum" estimator; a version-1 file is a valid version-2 file.
READABLE_FORMAT_VERSIONS = (1, 2)
# Members nest (a from-history model adds trees to a weighted sum); a bound keeps a hostile file
# from exhausting the stack.
MAX_ESTIMATOR_DEPTH = 4
RETRAIN_HINT = "retrain it with `git provenance train` or drop --model to use the default model"


@dataclass(frozen=True)
class LogisticRegression:
    feature_mean: tuple[float, ...]
    feature_scale: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float

    def raw_score(self, vector: Sequence[float]) -> float:
        total = self.intercept
        columns = zip(vector, self.feature_mean, self.feature_scale, self.coefficients, strict=True)
        for value, mean, scale, weight in columns:
            total += weight * (value - mean) / scale
        return total

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "logistic_regression",
            "feature_mean": list(self.feature_mean),
            "feature_scale": list(self.feature_scale),
            "coefficients": list(self.coefficients),
            "intercept": self.intercept,
        }


@dataclass(frozen=True)
class RegressionTree:
    """One tree in array form, as scikit-learn stores it; `left[i] == -1` marks node i as a leaf."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, vector: Sequence[float]) -> float:
        node = 0
        left, right, feature, threshold = self.left, self.right, self.feature, self.threshold
        while left[node] != -1:
            node = left[node] if vector[feature[node]] <= threshold[node] else right[node]
        return self.value[node]

    def to_json(self) -> dict[str, Any]:
        return {
            "feature": list(self.feature),
            "threshold": list(self.threshold),
            "left": list(self.left),
            "right": list(self.right),
            "value": list(self.value),
        }


@dataclass(frozen=True)
class _FlatForest:
    """All nodes of a tree ensemble in flat tuples, for scoring.

    Walking 300 small trees through a method call and four attribute lookups each costs more than
    the comparisons themselves; here one loop walks every tree with local lookups only. Internal
    nodes are numbered across all trees, and a child that is a leaf is stored as `~i` (a negative
    number) for `leaf_value[i]`, so a walk ends as soon as its node number is negative.
    """

    roots: tuple[int, ...]
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    leaf_value: tuple[float, ...]

    @classmethod
    def of(cls, trees: Sequence[RegressionTree]) -> _FlatForest:
        roots: list[int] = []
        feature: list[int] = []
        threshold: list[float] = []
        left: list[int] = []
        right: list[int] = []
        leaf_value: list[float] = []
        for tree in trees:
            if not tree.value:
                raise ValueError("a regression tree needs at least one node")
            # Number this tree's nodes first, then link them, since a child's number is needed
            # before the child itself is visited.
            number: list[int] = []
            for node, value in enumerate(tree.value):
                if tree.left[node] == -1:
                    number.append(~len(leaf_value))
                    leaf_value.append(value)
                else:
                    number.append(len(feature))
                    feature.append(tree.feature[node])
                    threshold.append(tree.threshold[node])
            for node in range(len(tree.value)):
                if tree.left[node] != -1:
                    left.append(number[tree.left[node]])
                    right.append(number[tree.right[node]])
            roots.append(number[0])
        return cls(tuple(roots), tuple(feature), tuple(threshold), tuple(left), tuple(right), tuple(leaf_value))

    def leaf_values(self, vector: Sequence[float]) -> list[float]:
        """The value of the leaf each tree sends `vector` to, in tree order (as RegressionTree.predict)."""
        feature, threshold, left, right, leaf_value = (
            self.feature, self.threshold, self.left, self.right, self.leaf_value
        )
        values = []
        for node in self.roots:
            while node >= 0:
                node = left[node] if vector[feature[node]] <= threshold[node] else right[node]
            values.append(leaf_value[~node])
        return values


@dataclass(frozen=True)
class GradientBoostedTrees:
    learning_rate: float
    baseline: float
    trees: tuple[RegressionTree, ...]
    # Derived from `trees` for fast scoring; not part of the model's value or its JSON.
    _forest: _FlatForest = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_forest", _FlatForest.of(self.trees))

    def raw_score(self, vector: Sequence[float]) -> float:
        # sum() over the leaf values in tree order, as sum(tree.predict(vector) for tree in trees)
        # would add them, so the score is the same to the last bit.
        return self.baseline + self.learning_rate * sum(self._forest.leaf_values(vector))

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "gradient_boosted_trees",
            "learning_rate": self.learning_rate,
            "baseline": self.baseline,
            "trees": [tree.to_json() for tree in self.trees],
        }


@dataclass(frozen=True)
class WeightedSum:
    """Raw score = sum of weight x each member's raw score.

    The default model adds a linear model to the tree ensemble: on code of a kind neither has seen,
    the linear model ranks contest code better and the trees ordinary code, and the sum beats both
    (MODEL_CARD.md, "On the current data"). Weights put the members on one scale.
    """

    members: tuple[tuple[float, Estimator], ...]

    def raw_score(self, vector: Sequence[float]) -> float:
        return sum(weight * member.raw_score(vector) for weight, member in self.members)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "weighted_sum",
            "members": [{"weight": weight, "estimator": member.to_json()} for weight, member in self.members],
        }


Estimator = LogisticRegression | GradientBoostedTrees | WeightedSum


@dataclass(frozen=True)
class IsotonicCalibration:
    """Monotone piecewise-linear map from raw score to probability, clamped at both ends."""

    raw: tuple[float, ...]
    probability: tuple[float, ...]

    def __call__(self, raw_score: float) -> float:
        raw, probability = self.raw, self.probability
        if raw_score <= raw[0]:
            return probability[0]
        if raw_score >= raw[-1]:
            return probability[-1]
        upper = bisect.bisect_right(raw, raw_score)
        lower = upper - 1
        span = raw[upper] - raw[lower]
        weight = (raw_score - raw[lower]) / span if span else 0.0
        return probability[lower] + weight * (probability[upper] - probability[lower])

    def to_json(self) -> dict[str, Any]:
        return {"kind": "isotonic", "raw": list(self.raw), "probability": list(self.probability)}


@dataclass(frozen=True)
class Model:
    feature_set: str
    feature_names: tuple[str, ...]
    imputation_values: tuple[float, ...]
    estimator: Estimator
    calibration: IsotonicCalibration
    threshold: float
    metadata: dict[str, Any] = field(default_factory=dict)

    def vectorise(self, features: Mapping[str, float | None]) -> list[float]:
        """Feature values in model order, with unmeasurable (None or missing) ones imputed."""
        return [
            fallback if (value := features.get(name)) is None else value
            for name, fallback in zip(self.feature_names, self.imputation_values, strict=True)
        ]

    def raw_score(self, features: Mapping[str, float | None]) -> float:
        return self.estimator.raw_score(self.vectorise(features))

    def probability(self, features: Mapping[str, float | None]) -> float:
        """Calibrated probability, 0..1, that code with these features was written by an AI."""
        return self.calibration(self.raw_score(features))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "format_version": MODEL_FORMAT_VERSION,
            "feature_set": self.feature_set,
            "feature_names": list(self.feature_names),
            "imputation_values": list(self.imputation_values),
            "estimator": self.estimator.to_json(),
            "calibration": self.calibration.to_json(),
            "threshold": self.threshold,
            "metadata": self.metadata,
        }


def save_model(model: Model, path: str | os.PathLike[str]) -> None:
    """Write `model` as compact JSON (numbers rounded to keep the file small and diffable)."""
    document = _round_floats(model.to_json())
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, separators=(",", ":"), sort_keys=False)
        handle.write("\n")


def _round_floats(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.7g}")
    if isinstance(value, list):
        return [_round_floats(item) for item in value]
    if isinstance(value, dict):
        return {key: _round_floats(item) for key, item in value.items()}
    return value


def load_model(path: str | os.PathLike[str], expected_feature_names: Sequence[str] | None = None,
               expected_feature_set: str | None = None) -> Model:
    """Read and validate a model file; any problem raises ModelFileError with a one-line message."""
    shown = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except FileNotFoundError:
        raise ModelFileError(f"model file {shown} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ModelFileError(f"cannot read model file {shown}: {error}") from None
    except json.JSONDecodeError as error:
        raise ModelFileError(
            f"model file {shown} is not valid JSON (line {error.lineno}): it is corrupted; {RETRAIN_HINT}"
        ) from None
    try:
        return model_from_json(document, expected_feature_names, expected_feature_set)
    except _FormatProblem as problem:
        raise ModelFileError(f"model file {shown} {problem}") from None


class _FormatProblem(Exception):
    pass


def model_from_json(document: Any, expected_feature_names: Sequence[str] | None = None,
                    expected_feature_set: str | None = None) -> Model:
    """Build a Model from parsed JSON, checking every field; raises _FormatProblem (via load_model).

    Every number must be finite, the calibration a rising map onto 0..1 and the threshold within
    0..1: a file that breaks any of these would score nonsense without an error, so it is refused.
    """
    if not isinstance(document, dict) or document.get("format") != MODEL_FORMAT:
        raise _FormatProblem(f"is not a git-provenance classifier model; {RETRAIN_HINT}")
    version = _format_version(document)
    names = _feature_names(document, expected_feature_names, expected_feature_set)
    width = len(names)
    estimator_document = document.get("estimator")
    if not isinstance(estimator_document, dict):
        raise _FormatProblem(f"has no 'estimator' object; {RETRAIN_HINT}")
    calibration = _calibration_from_json(document.get("calibration"))
    threshold = document.get("threshold")
    if not _is_number(threshold) or not 0.0 <= threshold <= 1.0:
        raise _FormatProblem(f"has no 'threshold' between 0 and 1; {RETRAIN_HINT}")
    metadata = document.get("metadata", {})
    if not isinstance(metadata, dict):
        raise _FormatProblem(f"has a 'metadata' entry that is not an object; {RETRAIN_HINT}")
    return Model(
        feature_set=str(document.get("feature_set", "")),
        feature_names=tuple(names),
        imputation_values=tuple(_number_list(document, "imputation_values", width)),
        estimator=_estimator_from_json(estimator_document, width, allow_sum=version >= 2),
        calibration=calibration,
        threshold=float(threshold),
        metadata=metadata,
    )


def _format_version(document: dict[str, Any]) -> int:
    version = document.get("format_version")
    if version in READABLE_FORMAT_VERSIONS:
        return int(version)
    if isinstance(version, int) and version > MODEL_FORMAT_VERSION:
        raise _FormatProblem(
            f"has format version {version}, newer than this git-provenance reads "
            f"({MODEL_FORMAT_VERSION}); upgrade git-provenance"
        )
    raise _FormatProblem(
        f"has unsupported format version {version!r} (expected "
        f"{' or '.join(map(str, READABLE_FORMAT_VERSIONS))}); {RETRAIN_HINT}"
    )


def _feature_names(document: dict[str, Any], expected_names: Sequence[str] | None,
                   expected_set: str | None) -> list[str]:
    # The same names can be computed differently from one feature set to the next (a fixed bug
    # changes values), so the set's identifier must match too.
    if expected_set is not None and document.get("feature_set") != expected_set:
        raise _FormatProblem(
            f"was trained on feature set {document.get('feature_set')!r}, but this version computes "
            f"{expected_set!r}; {RETRAIN_HINT}"
        )
    names = _string_list(document, "feature_names")
    if expected_names is not None and tuple(names) != tuple(expected_names):
        raise _FormatProblem(
            f"was trained on feature set {document.get('feature_set')!r} with different features "
            f"than this version computes; {RETRAIN_HINT}"
        )
    return names


def _calibration_from_json(document: Any) -> IsotonicCalibration:
    if not isinstance(document, dict) or document.get("kind") != "isotonic":
        raise _FormatProblem(f"has no isotonic 'calibration' object; {RETRAIN_HINT}")
    raw = _number_list(document, "raw")
    probability = _number_list(document, "probability")
    # Scoring bisects `raw` and interpolates `probability`: both must rise, or scores jump around.
    if not raw or len(raw) != len(probability) or raw != sorted(raw) or probability != sorted(probability):
        raise _FormatProblem(f"has a malformed calibration map; {RETRAIN_HINT}")
    if any(not 0.0 <= p <= 1.0 for p in probability):
        raise _FormatProblem(f"has calibration probabilities outside 0..1; {RETRAIN_HINT}")
    return IsotonicCalibration(tuple(raw), tuple(probability))


def _estimator_from_json(document: dict[str, Any], width: int, allow_sum: bool = True, depth: int = 0) -> Estimator:
    kind = document.get("kind")
    if kind == "weighted_sum" and allow_sum:
        members_document = document.get("members")
        if depth >= MAX_ESTIMATOR_DEPTH or not isinstance(members_document, list) or not members_document:
            raise _FormatProblem(f"has a malformed weighted sum of estimators; {RETRAIN_HINT}")
        members: list[tuple[float, Estimator]] = []
        for member in members_document:
            weight = member.get("weight") if isinstance(member, dict) else None
            inner = member.get("estimator") if isinstance(member, dict) else None
            if not _is_number(weight) or not isinstance(inner, dict):
                raise _FormatProblem(f"has a weighted-sum member without a weight and an estimator; {RETRAIN_HINT}")
            members.append((float(weight), _estimator_from_json(inner, width, allow_sum, depth + 1)))
        return WeightedSum(tuple(members))
    if kind == "logistic_regression":
        intercept = document.get("intercept")
        if not _is_number(intercept):
            raise _FormatProblem(f"has a logistic regression without a numeric intercept; {RETRAIN_HINT}")
        scale = _number_list(document, "feature_scale", width)
        if any(value == 0 for value in scale):
            raise _FormatProblem(f"has a zero in 'feature_scale'; {RETRAIN_HINT}")
        return LogisticRegression(
            feature_mean=tuple(_number_list(document, "feature_mean", width)),
            feature_scale=tuple(scale),
            coefficients=tuple(_number_list(document, "coefficients", width)),
            intercept=float(intercept),
        )
    if kind == "gradient_boosted_trees":
        learning_rate, baseline = document.get("learning_rate"), document.get("baseline")
        trees_document = document.get("trees")
        if not (_is_number(learning_rate) and _is_number(baseline) and isinstance(trees_document, list)):
            raise _FormatProblem(f"has a malformed tree ensemble; {RETRAIN_HINT}")
        trees = tuple(_tree_from_json(tree, width) for tree in trees_document)
        return GradientBoostedTrees(float(learning_rate), float(baseline), trees)
    raise _FormatProblem(f"has an unknown estimator kind {kind!r}; {RETRAIN_HINT}")


def _tree_from_json(document: Any, width: int) -> RegressionTree:
    if not isinstance(document, dict):
        raise _FormatProblem(f"has a tree that is not an object; {RETRAIN_HINT}")
    nodes = len(_number_list(document, "value"))
    if not nodes:
        raise _FormatProblem(f"has a tree without nodes; {RETRAIN_HINT}")
    feature = [int(v) for v in _number_list(document, "feature", nodes)]
    left = [int(v) for v in _number_list(document, "left", nodes)]
    right = [int(v) for v in _number_list(document, "right", nodes)]
    for node in range(nodes):
        # Children must point forward, which also rules out cycles that would hang scoring.
        if left[node] != -1 and not (
            node < left[node] < nodes and node < right[node] < nodes and 0 <= feature[node] < width
        ):
            raise _FormatProblem(f"has a tree with an invalid node {node}; {RETRAIN_HINT}")
    return RegressionTree(
        feature=tuple(feature),
        threshold=tuple(_number_list(document, "threshold", nodes)),
        left=tuple(left),
        right=tuple(right),
        value=tuple(_number_list(document, "value", nodes)),
    )


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _string_list(document: dict[str, Any], key: str) -> list[str]:
    value = document.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
        raise _FormatProblem(f"has no list of strings {key!r}; {RETRAIN_HINT}")
    return value


def _number_list(document: dict[str, Any], key: str, length: int | None = None) -> list[float]:
    value = document.get(key)
    if not isinstance(value, list) or not all(_is_number(item) for item in value):
        raise _FormatProblem(f"has no list of finite numbers {key!r}; {RETRAIN_HINT}")
    if length is not None and len(value) != length:
        raise _FormatProblem(f"has {len(value)} values in {key!r}, expected {length}; {RETRAIN_HINT}")
    return [float(item) for item in value]
