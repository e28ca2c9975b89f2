"""What each training row weighs and which unit it is held out with, files and hunk-sized pieces alike.

Balancing gives every data set (or every data set's AI part and human part) the same total weight, so
a big data set does not drown a small one. Pieces (`data.sampled_hunk_pieces`) are trained on beside
their files and weigh as much in total as the files; each piece is held out with the unit of the
file it was cut from, so a fold never trains on pieces of the files it holds out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from provenance.classifier.training.data import LabelledSample, sampled_hunk_pieces
from provenance.classifier.training.matrix import FeatureMatrix, featurise
from provenance.classifier.training.recipe import Balancing, HeldOutBy

Featuriser = Callable[[Sequence[LabelledSample]], FeatureMatrix]


def balanced_weights(units: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
    """Sample weights giving every unit (data set) the same total weight, normalised to mean 1; with
    `labels`, every (unit, label) cell instead, so a data set's AI and human halves weigh the same."""
    if labels is not None:
        units = np.array([f"{unit}\0{label}" for unit, label in zip(units, labels, strict=True)])
    _, inverse, counts = np.unique(units, return_inverse=True, return_counts=True)
    weights = 1.0 / counts[inverse]
    normalised: np.ndarray = weights * len(weights) / weights.sum()
    return normalised


def file_weights(matrix: FeatureMatrix, balancing: Balancing) -> np.ndarray | None:
    """The files' sample weights when they are trained on alone (None: unweighted)."""
    if balancing == "none":
        return None
    datasets = np.array([sample.dataset for sample in matrix.samples])
    return balanced_weights(datasets, matrix.labels if balancing == "datasets-and-labels" else None)


def held_out_units(samples: Sequence[LabelledSample], held_out_by: HeldOutBy) -> np.ndarray:
    """The unit each sample is held out with: its group, its data set, or its domain (its data set
    when it has none)."""
    if held_out_by == "group":
        return np.array([sample.group for sample in samples])
    if held_out_by == "dataset":
        return np.array([sample.dataset for sample in samples])
    return np.array([sample.domain or sample.dataset for sample in samples])


@dataclass(frozen=True)
class TrainingPieces:
    """Hunk-sized pieces trained on beside their files: their features, the unit (group, data set or
    domain) of the file each was cut from, and their sample weights (None: unweighted)."""

    matrix: FeatureMatrix
    units: np.ndarray
    weights: np.ndarray | None

    def stacked_under(
        self, values: np.ndarray, labels: np.ndarray, weights: np.ndarray | None, kept: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Files' training rows with the (kept) pieces appended."""
        kept = np.ones(len(self.units), dtype=bool) if kept is None else kept
        piece_weights = None if self.weights is None else self.weights[kept]
        stacked_weights = None
        if weights is not None or piece_weights is not None:
            stacked_weights = np.concatenate([
                np.ones(len(labels)) if weights is None else weights,
                np.ones(int(kept.sum())) if piece_weights is None else piece_weights,
            ])  # fmt: skip
        return (
            np.vstack([values, self.matrix.values[kept]]),
            np.concatenate([labels, self.matrix.labels[kept]]),
            stacked_weights,
        )


def file_and_piece_weights(
    file_units: np.ndarray, file_labels: np.ndarray, piece_units: np.ndarray, piece_labels: np.ndarray,
    balance_labels: bool,
) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """`balanced_weights` over files and pieces together, files and pieces of a unit being separate
    cells: a data set's pieces weigh as much in total as its files."""
    cells = np.array([f"{unit}/file" for unit in file_units] + [f"{unit}/piece" for unit in piece_units])
    labels = np.concatenate([file_labels, piece_labels])
    weights = balanced_weights(cells, labels if balance_labels else None)
    return weights[: len(file_units)], weights[len(file_units) :]


def training_pieces(
    matrix: FeatureMatrix,
    per_file: int,
    held_out_by: HeldOutBy,
    balancing: Balancing,
    featuriser: Featuriser = featurise,
) -> tuple[TrainingPieces, np.ndarray]:
    """Up to `per_file` hunk-sized pieces of every file of `matrix`, and the files' sample weights
    to train with them: the pieces weigh as much in total as the files (per data set, or per data
    set x label cell, as `balancing` says)."""
    pieces = featuriser([piece for sample in matrix.samples for piece in sampled_hunk_pieces(sample, per_file)])
    if balancing == "none":
        file_cells, piece_cells = np.full(len(matrix.samples), "all"), np.full(len(pieces.samples), "all")
    else:
        file_cells = np.array([sample.dataset for sample in matrix.samples])
        piece_cells = np.array([sample.dataset for sample in pieces.samples])
    weights_of_files, weights_of_pieces = file_and_piece_weights(
        file_cells, matrix.labels, piece_cells, pieces.labels, balancing == "datasets-and-labels"
    )
    return TrainingPieces(pieces, held_out_units(pieces.samples, held_out_by), weights_of_pieces), weights_of_files


def with_dataset_shares(
    weights: np.ndarray | None,
    matrix: FeatureMatrix,
    pieces: TrainingPieces | None,
    shares: Sequence[tuple[str, float]],
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The files' and pieces' weights with every data set named in `shares` weighing its share of
    them, brought back to mean 1 over files and pieces together (as the balancing leaves them);
    unchanged without shares."""
    piece_weights = None if pieces is None else pieces.weights
    if not shares:
        return weights, piece_weights
    share_of = dict(shares)

    def scaled(current: np.ndarray | None, samples: Sequence[LabelledSample]) -> np.ndarray:
        factors = np.array([share_of.get(sample.dataset, 1.0) for sample in samples])
        return factors if current is None else current * factors

    file_part = scaled(weights, matrix.samples)
    if pieces is None:
        return file_part / file_part.mean(), None
    piece_part = scaled(piece_weights, pieces.matrix.samples)
    mean = np.concatenate([file_part, piece_part]).mean()
    return file_part / mean, piece_part / mean
