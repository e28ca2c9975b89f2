"""Checks against the shared research corpus; skipped when ../shared/corpus is not beside the repo."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.training.data import (
    AI,
    HUMAN,
    find_research_corpus,
    read_research_corpus,
)
from tests.paths import PROJECT_ROOT

CORPUS = find_research_corpus(PROJECT_ROOT)
pytestmark = pytest.mark.skipif(CORPUS is None, reason="research corpus ../shared/corpus is absent")


@pytest.fixture(scope="module")
def samples():  # type: ignore[no-untyped-def]
    assert CORPUS is not None
    return read_research_corpus(CORPUS)


def test_label_conventions_per_folder(samples) -> None:  # type: ignore[no-untyped-def]
    counts = Counter((sample.dataset, sample.label) for sample in samples)
    assert counts[("whodunit", AI)] == 798 and counts[("whodunit", HUMAN)] == 798
    by_path = {Path(sample.path).name: sample for sample in samples}
    # whodunit and gptsniffer: the 0_ prefix is the AI half, the opposite of our 1 = AI convention.
    assert by_path["0_A1_0.py"].label == AI and by_path["1_A1_0.py"].label == HUMAN
    assert by_path["1_Account.java"].label == HUMAN
    assert by_path["p00000_solution.py"].label == AI and by_path["p00000.py"].label == HUMAN
    # Paired files of one problem share a group, so grouped folds keep them together.
    assert by_path["p00000_solution.py"].group == by_path["p00000.py"].group
    assert by_path["0_A1_0.py"].group == by_path["1_A1_0.py"].group
    # Empty files (about a hundred in gptsniffer-java's AI half) are dropped.
    assert all(sample.text.strip() for sample in samples)


def test_normalisation_removes_the_formatting_leaks(samples) -> None:  # type: ignore[no-untyped-def]
    human_whodunit = [sample.text for sample in samples if sample.dataset == "whodunit" and sample.label == HUMAN]
    assert sum("\r\n" in text for text in human_whodunit) > 100  # the leak is really there ...
    for text in human_whodunit:
        normalised = normalise_source(text)
        assert "\r" not in normalised and "\t" not in normalised  # ... and gone after normalising
        assert all(line == line.rstrip() for line in normalised.split("\n"))
        assert normalised.endswith("\n") and not normalised.endswith("\n\n")


def test_a_model_trained_on_one_data_set_transfers_to_another(samples) -> None:  # type: ignore[no-untyped-def]
    """Cross-data-set AUROC (whodunit -> codenet-gpt) stays well above chance on a subset."""
    pytest.importorskip("sklearn")
    from sklearn.metrics import roc_auc_score

    from provenance.classifier.training.fit import fit_matrix
    from provenance.classifier.training.matrix import featurise
    from provenance.classifier.training.recipe import TrainingRecipe

    training = [sample for sample in samples if sample.dataset == "whodunit"][::2]
    testing = [sample for sample in samples if sample.dataset == "codenet-gpt"][::4]
    model, _ = fit_matrix(featurise(training), TrainingRecipe(kind="logistic"))
    test_matrix = featurise(testing)
    scores = [model.probability(row) for row in test_matrix.feature_rows()]
    assert roc_auc_score(test_matrix.labels, scores) > 0.8
