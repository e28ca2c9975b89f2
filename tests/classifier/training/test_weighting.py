"""Data set shares: a named data set's files and pieces weigh a share of what the balancing gives them."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from provenance.classifier.training.fit import fit_matrix, training_set
from provenance.classifier.training.recipe import TrainingRecipe
from provenance.classifier.training.weighting import TrainingPieces, with_dataset_shares
from tests.classifier.training.test_pipeline import synthetic_matrix


def two_datasets(count_of_added: int = 12) -> object:
    """synthetic_matrix with its last `count_of_added` rows in data set "added"."""
    matrix = synthetic_matrix(groups=12, per_group=6)
    samples = [
        dataclasses.replace(sample, dataset="added") if row >= len(matrix.samples) - count_of_added else sample
        for row, sample in enumerate(matrix.samples)
    ]
    return dataclasses.replace(matrix, samples=samples)


def test_a_shared_data_set_weighs_its_share_beside_the_others_files_and_pieces_alike() -> None:
    matrix = two_datasets()
    added = np.array([sample.dataset == "added" for sample in matrix.samples])
    file_weights = np.linspace(0.5, 1.5, len(added))
    pieces = TrainingPieces(matrix, np.zeros(len(added)), np.linspace(2.0, 1.0, len(added)))
    files, piece_weights = with_dataset_shares(file_weights, matrix, pieces, (("added", 0.25),))
    assert files is not None and piece_weights is not None
    for before, after in ((file_weights, files), (pieces.weights, piece_weights)):
        ratio = after / before
        assert np.allclose(ratio[added], 0.25 * ratio[~added][0]) and np.allclose(ratio[~added], ratio[~added][0])
    assert np.isclose(np.concatenate([files, piece_weights]).mean(), 1.0)


def test_without_shares_nothing_changes_and_unweighted_files_get_their_shares() -> None:
    matrix = two_datasets()
    weights = np.ones(len(matrix.samples))
    assert with_dataset_shares(weights, matrix, None, ()) == (weights, None)
    files, pieces = with_dataset_shares(None, matrix, None, (("added", 0.5), ("absent", 0.1)))
    assert pieces is None and files is not None
    added = np.array([sample.dataset == "added" for sample in matrix.samples])
    assert np.allclose(files[added] * 2, files[~added][0]) and np.isclose(files.mean(), 1.0)


def test_a_recipe_with_shares_trains_with_them_and_the_model_file_says_so() -> None:
    matrix = two_datasets()
    recipe = TrainingRecipe(balancing="datasets", dataset_shares=(("added", 0.25),), timestamp=False)
    weights = training_set(matrix, recipe, "group").weights
    assert weights is not None
    added = np.array([sample.dataset == "added" for sample in matrix.samples])
    # Balanced, each data set would weigh half; with the share, "added" weighs a quarter of "set".
    assert weights[added].sum() / weights[~added].sum() == pytest.approx(0.25)
    model, _ = fit_matrix(matrix, recipe)
    assert model.metadata["dataset_shares"] == {"added": 0.25}
    plain, _ = fit_matrix(matrix, dataclasses.replace(recipe, dataset_shares=()))
    assert "dataset_shares" not in plain.metadata
    assert model.estimator != plain.estimator
