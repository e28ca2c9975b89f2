"""Which features carry signal: univariate AUROC of every feature on every labelled data set.

AUROC 0.5 means no signal; far from 0.5 in either direction means signal (below 0.5: higher values
point to human). A feature whose direction flips between data sets is domain-specific, not a
reliable marker of AI authorship. Unmeasurable values are imputed with the data set's mean.

    python benchmarks/classifier_feature_signal.py
"""

from __future__ import annotations

import sys

import numpy as np
from classifier_datasets import research_samples
from sklearn.metrics import roc_auc_score

from provenance.classifier.features.vector import FEATURE_NAMES
from provenance.classifier.training.matrix import featurise, imputation_values


def main() -> int:
    matrix = featurise(research_samples())
    datasets = sorted({sample.dataset for sample in matrix.samples})
    dataset_of = np.array([sample.dataset for sample in matrix.samples])
    table: dict[str, list[float]] = {name: [] for name in FEATURE_NAMES}
    for dataset in datasets:
        part = matrix.subset(dataset_of == dataset)
        values = np.where(np.isnan(part.values), imputation_values(part.values), part.values)
        for column, name in enumerate(FEATURE_NAMES):
            table[name].append(float(roc_auc_score(part.labels, values[:, column])))
    ranked = sorted(FEATURE_NAMES, key=lambda name: -np.mean([abs(a - 0.5) for a in table[name]]))
    print("| feature | " + " | ".join(datasets) + " | consistent direction |")
    print("|---|" + "---|" * len(datasets) + "---|")
    for name in ranked:
        aurocs = table[name]
        consistent = all(a > 0.55 for a in aurocs) or all(a < 0.45 for a in aurocs)
        print(f"| {name} | " + " | ".join(f"{a:.2f}" for a in aurocs) + f" | {'yes' if consistent else 'no'} |")
    print("\nCommand: `python benchmarks/classifier_feature_signal.py`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
