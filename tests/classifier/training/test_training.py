"""Training end to end: a generated labelled folder -> `train` -> a model file `classify` can use."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.vector import FEATURE_NAMES
from provenance.classifier.model.format import load_model
from provenance.classifier.training.data import (
    AI,
    HUMAN,
    HUNK_LINES,
    LabelledSample,
    hunk_pieces,
    read_labelled_folder,
    sampled_hunk_pieces,
)
from provenance.classifier.training.pipeline import threshold_for_fpr
from provenance.cli.classify import classify
from provenance.cli.train import train

WORDS = ["total", "count", "value", "index", "result", "item", "price", "score", "limit", "offset"]


def descriptive_program(rng: random.Random) -> str:
    """Tidy, commented, descriptively named code: the style the generated 'ai' half has."""
    first, second = rng.sample(WORDS, 2)
    return (
        f"def compute_{first}_{second}(input_values):\n"
        f'    """Return the {first} of {second} over the input values."""\n'
        f"    running_{first} = 0\n"
        f"    # Skip non-positive entries, they carry no {second}.\n"
        f"    for current_{second} in input_values:\n"
        f"        if current_{second} > {rng.randint(0, 9)}:\n"
        f"            running_{first} += current_{second} * {rng.randint(2, 9)}\n"
        f"    return running_{first}\n\n\n"
        f"if __name__ == \"__main__\":\n"
        f"    print(compute_{first}_{second}([1, 2, 3]))\n"
    )


def terse_program(rng: random.Random) -> str:
    """Unspaced, single-letter, comment-free code: the style of the generated 'human' half."""
    a, b = rng.sample("abcdefghijk", 2)
    return (
        f"n,{a}=map(int,input().split())\n"
        f"{b}=0\n"
        f"for i in range(n):\n"
        f"    x=int(input())\n"
        f"    if x>{rng.randint(0, 9)}:{b}+=x*{rng.randint(2, 9)}\n"
        f"print({b}+{a})\n\n\n\n"
    )


def make_labelled_folder(root: Path, groups: int, seed: int) -> Path:
    rng = random.Random(seed)
    for group in range(groups):
        for label, make in (("ai", descriptive_program), ("human", terse_program)):
            folder = root / label / f"task{group}"
            folder.mkdir(parents=True)
            (folder / "solution.py").write_text(make(rng))
    (root / "ai" / "README.md").write_text("not code, ignored\n")
    return root


def test_labelled_folder_groups_by_top_level_subfolder_or_stem(tmp_path: Path) -> None:
    root = make_labelled_folder(tmp_path / "data", groups=3, seed=1)
    (root / "human" / "loose.py").write_text("x=1\n")
    samples = read_labelled_folder(root)
    assert sorted((s.label, s.group) for s in samples) == sorted(
        [(AI, f"data/task{i}") for i in range(3)]
        + [(HUMAN, f"data/task{i}") for i in range(3)]
        + [(HUMAN, "data/loose")]
    )


def test_train_command_writes_a_model_that_separates_the_styles(tmp_path: Path) -> None:
    training_folder = make_labelled_folder(tmp_path / "train", groups=30, seed=2)
    model_path = tmp_path / "model.json"
    result = CliRunner().invoke(train, ["--output", str(model_path), "--kind", "logistic", str(training_folder)])
    assert result.exit_code == 0, (result.output, result.exception)
    assert "trained on 30 AI and 30 human files in 30 groups" in result.output
    model = load_model(model_path, FEATURE_NAMES)
    assert json.loads(model_path.read_text())["metadata"]["estimator_kind"] == "logistic"

    held_out = make_labelled_folder(tmp_path / "held-out", groups=5, seed=3)
    output = CliRunner().invoke(classify, ["--format", "json", "--model", str(model_path), str(held_out)])
    assert output.exit_code == 0, output.exception
    scores = {Path(item["path"]).parts[-3]: [] for item in json.loads(output.output)}
    for item in json.loads(output.output):
        scores[Path(item["path"]).parts[-3]].append(item["score"])
    assert min(scores["ai"]) > max(scores["human"])
    assert all(score >= model.threshold for score in scores["ai"])


def test_train_with_trees_exports_a_faithful_ensemble(tmp_path: Path) -> None:
    """The pure-Python tree walk must reproduce scikit-learn's decision function."""
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    from provenance.classifier.training.estimators import TREE_PARAMETERS, fit_trees

    rng = np.random.default_rng(0)
    values = rng.normal(size=(200, len(FEATURE_NAMES)))
    labels = (values[:, 0] + values[:, 3] > 0).astype(int)
    exported = fit_trees(values, labels, None, seed=0)
    reference = GradientBoostingClassifier(**TREE_PARAMETERS, random_state=0).fit(values, labels)
    expected = reference.decision_function(values[:20])
    actual = [exported.raw_score(list(row)) for row in values[:20]]
    assert actual == pytest.approx(list(expected), abs=1e-6)


def test_trees_plus_logistic_sums_faithful_members_on_one_scale() -> None:
    """The default model's kind: each member reproduces scikit-learn, scaled by its spread."""
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    from provenance.classifier.model.format import (
        GradientBoostedTrees,
        LogisticRegression,
        WeightedSum,
    )
    from provenance.classifier.training.estimators import (
        TREE_PARAMETERS,
        fit_trees_plus_logistic,
    )

    rng = np.random.default_rng(1)
    values = rng.normal(size=(200, len(FEATURE_NAMES)))
    labels = (values[:, 0] - values[:, 5] > 0).astype(int)
    exported = fit_trees_plus_logistic(values, labels, None, seed=0)
    assert isinstance(exported, WeightedSum)
    (tree_weight, trees), (linear_weight, linear) = exported.members
    assert isinstance(trees, GradientBoostedTrees) and isinstance(linear, LogisticRegression)
    reference = GradientBoostingClassifier(**TREE_PARAMETERS, random_state=0).fit(values, labels)
    assert tree_weight == pytest.approx(1 / float(np.std(reference.decision_function(values))), rel=1e-6)
    for weight, member in exported.members:  # each member contributes with unit spread
        assert float(np.std([weight * member.raw_score(list(row)) for row in values])) == pytest.approx(1.0)
    row = list(values[7])
    summed = tree_weight * trees.raw_score(row) + linear_weight * linear.raw_score(row)
    assert exported.raw_score(row) == pytest.approx(summed)


def test_train_command_with_trees_plus_logistic_writes_a_loadable_weighted_sum(tmp_path: Path) -> None:
    training_folder = make_labelled_folder(tmp_path / "train", groups=30, seed=4)
    model_path = tmp_path / "model.json"
    result = CliRunner().invoke(train, ["--output", str(model_path), "--kind", "trees+logistic", str(training_folder)])
    assert result.exit_code == 0, (result.output, result.exception)
    document = json.loads(model_path.read_text())
    assert document["estimator"]["kind"] == "weighted_sum" and document["format_version"] == 2
    held_out = make_labelled_folder(tmp_path / "held-out", groups=5, seed=5)
    output = CliRunner().invoke(classify, ["--format", "json", "--model", str(model_path), str(held_out)])
    assert output.exit_code == 0, output.exception
    by_label: dict[str, list[float]] = {"ai": [], "human": []}
    for item in json.loads(output.output):
        by_label[Path(item["path"]).parts[-3]].append(item["score"])
    assert min(by_label["ai"]) > max(by_label["human"])


def test_train_command_can_train_on_hunk_sized_pieces_too(tmp_path: Path) -> None:
    training_folder = make_labelled_folder(tmp_path / "train", groups=20, seed=10)
    model_path = tmp_path / "model.json"
    result = CliRunner().invoke(train, ["--output", str(model_path), "--pieces-per-file", "2", str(training_folder)])
    assert result.exit_code == 0, (result.output, result.exception)
    assert load_model(model_path).metadata["pieces_per_file"] == 2
    files_only_path = tmp_path / "files-only.json"
    assert CliRunner().invoke(train, ["--output", str(files_only_path), str(training_folder)]).exit_code == 0
    with_pieces, files_only = load_model(model_path), load_model(files_only_path)
    row = dict.fromkeys(FEATURE_NAMES, 1.0)
    assert with_pieces.raw_score(row) != pytest.approx(files_only.raw_score(row))
    refused = CliRunner().invoke(train, ["--output", str(model_path), "--pieces-per-file", "-1", str(training_folder)])
    assert refused.exit_code == 2 and "--pieces-per-file" in refused.output
    with_history = CliRunner().invoke(train, ["--output", str(model_path), "--from-history", "--pieces-per-file", "2"])
    assert isinstance(with_history.exception, ClassifierUsageError) and "FOLDER" in str(with_history.exception)


def test_training_needs_both_labels(tmp_path: Path) -> None:
    root = tmp_path / "only-ai"
    (root / "ai").mkdir(parents=True)
    for index in range(5):
        (root / "ai" / f"f{index}.py").write_text(descriptive_program(random.Random(index)))
    result = CliRunner().invoke(train, ["--output", str(tmp_path / "m.json"), str(root)])
    assert isinstance(result.exception, ClassifierUsageError)
    assert "0 human" in str(result.exception)
    assert not (tmp_path / "m.json").exists()


def test_threshold_flags_at_most_the_target_share_of_humans() -> None:
    humans = [index / 1000 for index in range(1000)]
    threshold = threshold_for_fpr(humans, 0.01)
    assert sum(score >= threshold for score in humans) <= 10
    assert sum(score >= threshold for score in humans) == 10  # and no stricter than needed


def test_warm_start_from_a_tree_model_exports_one_faithful_ensemble() -> None:
    """Continuing boosting from a base ensemble (train --from-history) must score as sklearn does."""
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    from provenance.classifier.model.format import GradientBoostedTrees
    from provenance.classifier.training.estimators import (
        FixedStart,
        fit_trees,
        fit_trees_from,
    )

    rng = np.random.default_rng(1)
    values = rng.normal(size=(120, len(FEATURE_NAMES)))
    labels = (values[:, 0] + values[:, 2] > 0).astype(int)
    base = fit_trees(values, (values[:, 0] > 0).astype(int), None, seed=0)
    parameters = {"n_estimators": 20, "max_depth": 2, "learning_rate": 0.1, "subsample": 0.8, "min_samples_leaf": 5}
    combined = fit_trees_from(base, values, labels, 0, parameters)
    assert isinstance(combined, GradientBoostedTrees) and len(combined.trees) == len(base.trees) + 20
    reference = GradientBoostingClassifier(random_state=0, init=FixedStart(base), **parameters).fit(values, labels)
    expected = reference.decision_function(values[:20])
    actual = [combined.raw_score(list(row)) for row in values[:20]]
    assert actual == pytest.approx(list(expected), abs=1e-6)


def test_hunk_pieces_cut_a_file_into_consecutive_hunk_sized_pieces_the_same_way_every_time() -> None:
    text = "".join(f"line_{number} = {number}\n" for number in range(1, 238))
    sample = LabelledSample(text, "pkg/mod.py", AI, "group-a", "set", "python", "library")
    pieces = hunk_pieces(sample)
    assert "".join(piece.text for piece in pieces) == text  # nothing lost, nothing repeated
    lengths = [piece.text.count("\n") for piece in pieces]
    assert all(HUNK_LINES[0] <= length <= HUNK_LINES[1] for length in lengths[:-1]) and lengths[-1] >= 1
    assert len(set(lengths)) > 1  # lengths vary like real hunks
    assert pieces[0].path == f"pkg/mod.py:1-{lengths[0]}"
    assert {(p.label, p.group, p.dataset, p.language, p.domain) for p in pieces} == {
        (AI, "group-a", "set", "python", "library")
    }
    assert [p.path for p in hunk_pieces(sample)] == [p.path for p in pieces]
    assert [p.path for p in hunk_pieces(sample, seed=1)] != [p.path for p in pieces]


def test_pieces_are_scored_by_the_model_of_the_fold_that_held_out_their_file(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    import numpy as np

    from provenance.classifier.training.estimators import estimator_factory
    from provenance.classifier.training.matrix import featurise
    from provenance.classifier.training.pipeline import (
        Learner,
        ScoredPieces,
        TrainingSet,
        grouped_folds,
        out_of_fold_raw_scores,
    )

    matrix = featurise(read_labelled_folder(make_labelled_folder(tmp_path, groups=12, seed=6)))
    data, learner, folds = TrainingSet(matrix), Learner(estimator_factory("trees", 0)), grouped_folds(matrix.groups)
    # A "piece" that is the whole file must get exactly the file's out-of-fold score; any other
    # fold's model (one that trained on the file) would score it differently.
    scored = out_of_fold_raw_scores(data, learner, folds, ScoredPieces(matrix, matrix.groups))
    assert np.array_equal(scored.files, scored.pieces)
    shuffled = np.roll(matrix.groups, 1)
    wrong = out_of_fold_raw_scores(data, learner, folds, ScoredPieces(matrix, shuffled)).pieces
    assert not np.array_equal(scored.files, wrong)


def test_sampled_hunk_pieces_pick_a_fixed_number_of_a_files_pieces_the_same_way_every_time() -> None:
    text = "".join(f"line_{number} = {number}\n" for number in range(1, 400))
    sample = LabelledSample(text, "pkg/long.py", HUMAN, "group-b", "set", "python", "library")
    every_piece = [piece.path for piece in hunk_pieces(sample)]
    chosen = [piece.path for piece in sampled_hunk_pieces(sample, 2)]
    assert len(every_piece) > 2 and len(chosen) == 2
    assert set(chosen) <= set(every_piece) and chosen == sorted(chosen, key=every_piece.index)
    assert [piece.path for piece in sampled_hunk_pieces(sample, 2)] == chosen
    short = LabelledSample("x = 1\n" * 12, "pkg/short.py", HUMAN, "group-b", "set", "python", "library")
    assert [piece.text for piece in sampled_hunk_pieces(short, 2)] == [short.text]


def test_a_fold_never_trains_on_the_pieces_of_the_files_it_holds_out(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    import numpy as np

    from provenance.classifier.training.estimators import fit_logistic
    from provenance.classifier.training.matrix import featurise
    from provenance.classifier.training.pipeline import (
        Learner,
        TrainingSet,
        grouped_folds,
        out_of_fold_raw_scores,
    )
    from provenance.classifier.training.weighting import TrainingPieces

    matrix = featurise(read_labelled_folder(make_labelled_folder(tmp_path, groups=10, seed=8)))
    learner, folds = Learner(fit_logistic), grouped_folds(matrix.groups)
    # Pieces that are copies of the files: training on a fold's files plus the pieces of the same
    # files is training on every file twice, which for a logistic regression is weight 2.
    copies = TrainingPieces(matrix, matrix.groups, None)
    with_pieces = out_of_fold_raw_scores(TrainingSet(matrix, None, copies), learner, folds).files
    doubled = out_of_fold_raw_scores(TrainingSet(matrix, np.full(len(matrix.labels), 2.0)), learner, folds).files
    assert with_pieces == pytest.approx(doubled, abs=1e-3)
    # Had the pieces of held-out files leaked into training, the scores would differ.
    leaked = TrainingPieces(matrix, np.full(len(matrix.labels), "never held out"), None)
    leaking = out_of_fold_raw_scores(TrainingSet(matrix, None, leaked), learner, folds).files
    assert not np.allclose(leaking, doubled, atol=1e-3)


def long_samples() -> list[LabelledSample]:
    """Files of 100+ lines (several hunk-sized pieces each) in two data sets of unequal sizes and three
    domains."""
    rng = random.Random(11)
    samples = []
    for dataset, ai_count, human_count in (("set-a", 12, 12), ("set-b", 6, 20)):
        for label, make, count in ((AI, descriptive_program, ai_count), (HUMAN, terse_program, human_count)):
            for index in range(count):
                text = "".join(make(rng) for _ in range(12))
                domain = ("web", "cli", "data")[index % 3]
                path = f"{dataset}/{label}/{domain}/{index}.py"
                samples.append(LabelledSample(text, path, label, f"{dataset}/{index % 4}", dataset, "python", domain))
    return samples


def test_fit_with_pieces_weighs_pieces_like_files_and_records_it() -> None:
    pytest.importorskip("sklearn")
    import numpy as np

    from provenance.classifier.training.fit import fit_matrix
    from provenance.classifier.training.matrix import featurise
    from provenance.classifier.training.recipe import TrainingRecipe
    from provenance.classifier.training.weighting import training_pieces

    matrix = featurise(long_samples())
    pieces, file_weights = training_pieces(matrix, 2, "domain", "datasets-and-labels")
    assert pieces.weights is not None
    per_file = Counter(piece.path.rsplit(":", 1)[0] for piece in pieces.matrix.samples)
    assert max(per_file.values()) == 2 and sum(per_file.values()) > 1.5 * len(matrix.labels)  # a few screened out
    # Each piece is held out with the domain of the file it was cut from, and is not the whole file.
    texts = {sample.path: sample.text for sample in matrix.samples}
    for piece, unit in zip(pieces.matrix.samples, pieces.units, strict=True):
        file_path = piece.path.rsplit(":", 1)[0]
        assert unit == file_path.split("/")[2] and piece.text in texts[file_path] and piece.text != texts[file_path]
    # Every data set x label cell weighs the same in total, its pieces as much as its files.
    cell_totals = set()
    for dataset in ("set-a", "set-b"):
        for label in (AI, HUMAN):
            in_files = (np.array([s.dataset for s in matrix.samples]) == dataset) & (matrix.labels == label)
            piece_datasets = np.array([s.dataset for s in pieces.matrix.samples])
            in_pieces = (piece_datasets == dataset) & (pieces.matrix.labels == label)
            assert file_weights[in_files].sum() == pytest.approx(pieces.weights[in_pieces].sum())
            cell_totals.add(round(float(file_weights[in_files].sum()), 6))
    assert len(cell_totals) == 1
    files_only_recipe = TrainingRecipe(kind="logistic", held_out_by="domain", balancing="datasets-and-labels")
    model, report = fit_matrix(matrix, replace(files_only_recipe, pieces_per_file=2))
    files_only, _ = fit_matrix(matrix, files_only_recipe)
    assert model.metadata["pieces_per_file"] == 2 and report.out_of_fold_auroc > 0.9
    row = matrix.feature_rows()[0]
    assert model.raw_score(row) != pytest.approx(files_only.raw_score(row))  # the final fit saw the pieces
    assert np.isfinite(report.out_of_fold_raw).all()
