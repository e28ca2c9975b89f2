"""Train the default model shipped as provenance/classifier/data/default-model.json.

Training data: the three research corpus data sets (AI and human), plus human-only code from old
permissive releases (fetched first by classifier_fetch_human.py; the run fails without them unless
--corpus-only), capped per package so one large package cannot dominate. The estimator is a small
gradient-boosted tree ensemble: in classifier_eval.py it generalised across data sets and languages
far better than logistic regression (see MODEL_CARD.md).

    python benchmarks/classifier_fetch_human.py
    python benchmarks/classifier_train_default.py [--output PATH] [--corpus-only]
"""

from __future__ import annotations

import argparse
import sys

from classifier_datasets import REPOSITORY_ROOT, extra_human_samples, research_samples
from classifier_eval import MAX_FILES_PER_HUMAN_PACKAGE, cap_per_group
from classifier_fetch_human import SOURCES

from provenance.classifier.model import save_model
from provenance.classifier.training import fit_model

DEFAULT_OUTPUT = REPOSITORY_ROOT / "provenance" / "classifier" / "data" / "default-model.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT))
    parser.add_argument("--corpus-only", action="store_true", help="do not add the human-only releases")
    parser.add_argument("--kind", choices=["logistic", "trees"], default="trees")
    arguments = parser.parse_args()

    samples = research_samples()
    sources = ["whodunit (research data, no licence)", "codenet-gpt (research data, no licence)",
               "gptsniffer-java (research data, no licence)"]  # fmt: skip
    if not arguments.corpus_only:
        extra = extra_human_samples()
        if not extra:
            raise SystemExit("no human-only releases found: run benchmarks/classifier_fetch_human.py first")
        samples += cap_per_group(extra, MAX_FILES_PER_HUMAN_PACKAGE)
        sources += [f"{registry}:{name}=={version} ({licence}, {year}, human only)"
                    for registry, name, version, licence, year in SOURCES]  # fmt: skip
    model, report = fit_model(
        samples,
        kind=arguments.kind,
        cross_domain_calibration=True,
        metadata={"training_sources": sources, "command": "python benchmarks/classifier_train_default.py"},
    )
    save_model(model, arguments.output)
    print(
        f"{report.samples_by_label} in {report.groups} groups; held out by {model.metadata['calibration_held_out']}: AUROC "
        f"{report.out_of_fold_auroc:.3f}; threshold {model.threshold:.3f} flags "
        f"{report.out_of_fold_fpr_at_threshold:.2%} of human and {report.out_of_fold_tpr_at_threshold:.2%} "
        f"of AI files out of fold; wrote {arguments.output}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
