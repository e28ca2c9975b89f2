"""Scoring throughput: added lines per second on one core, whole pipeline.

Every file is treated as one fully added unit and goes through what `classify` does: decode and
screen, normalise, lexical features, tree-sitter parse and shape features, pure-Python scoring with
the default model. A breakdown times the stages separately, so a slow stage is visible. The goal is
50,000 lines per second.

    python benchmarks/classifier_throughput.py [--repeat 3]

Uses the research corpus, training-data/ai and, when fetched (fetch_human_corpus.py), the human corpus
(real files of varied size).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

from classifier_datasets import human_corpus_samples, research_samples, training_data_ai_samples

from provenance.classifier.features.languages import language_by_name
from provenance.classifier.features.lexical import lexical_features
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.syntax import _parser_and_query, syntax_features
from provenance.classifier.features.vector import extract_features
from provenance.classifier.scoring.pipeline import load_scoring_model, score_bytes

GOAL_LINES_PER_SECOND = 50_000


Unit = tuple[bytes, str, str]  # one fully added file: its bytes, path and language name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()

    started = time.perf_counter()
    model = load_scoring_model()
    load_seconds = time.perf_counter() - started
    units = [(sample.text.encode("utf-8"), sample.path, sample.language)
             for sample in research_samples() + training_data_ai_samples() + human_corpus_samples()]  # fmt: skip
    load_grammars(units)
    best = best_pipeline_seconds(units, model, arguments.repeat)
    stages = stage_seconds(units, model)

    lines_by_language: dict[str, int] = defaultdict(int)
    for data, _, language in units:
        lines_by_language[language] += data.count(b"\n") + 1
    total_lines = sum(lines_by_language.values())
    rate = total_lines / best
    print(f"### Classifier throughput (one core, best of {arguments.repeat})\n")
    print(f"- inputs: {len(units)} files, {total_lines:,} lines ("
          + ", ".join(f"{lang} {count:,}" for lang, count in sorted(lines_by_language.items())) + ")")
    print(f"- model load: {load_seconds * 1000:.0f} ms ({model.metadata.get('estimator_kind')})")
    print(f"- whole pipeline: {best:.2f} s = **{rate:,.0f} lines/s** "
          f"(goal {GOAL_LINES_PER_SECOND:,}: {'met' if rate >= GOAL_LINES_PER_SECOND else 'NOT met'})")
    print("\n| stage | seconds | lines/s |\n|---|---|---|")
    for stage, seconds in stages.items():
        print(f"| {stage} | {seconds:.2f} | {total_lines / seconds:,.0f} |")
    print("\nCommand: `python benchmarks/classifier_throughput.py`")
    return 0


def load_grammars(units: list[Unit]) -> None:
    """Grammar loading is a one-off start-up cost, timed apart: done before any timing."""
    for language in {language for _, _, language in units}:
        if language_by_name(language).has_grammar:
            _parser_and_query(language)


def best_pipeline_seconds(units: list[Unit], model, repeat: int) -> float:
    """The fastest of `repeat` passes of the whole pipeline over every unit."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for data, path, language in units:
            score_bytes(data, path, language_by_name(language), model)
        best = min(best, time.perf_counter() - started)
    return best


def stage_seconds(units: list[Unit], model) -> dict[str, float]:
    """Stage breakdown on the same inputs (one pass each)."""
    texts = [(normalise_source(data.decode("utf-8")), language_by_name(language)) for data, _, language in units]
    stages: dict[str, float] = {}
    started = time.perf_counter()
    for data, _, _ in units:
        normalise_source(data.decode("utf-8"))
    stages["decode + normalise"] = time.perf_counter() - started
    started = time.perf_counter()
    for text, language in texts:
        if text:
            lexical_features(text, language)
    stages["lexical features"] = time.perf_counter() - started
    started = time.perf_counter()
    for text, language in texts:
        if text and language.has_grammar:
            _parser_and_query(language.name)[0].parse(text.encode("utf-8"))
    stages["tree-sitter parse only"] = time.perf_counter() - started
    started = time.perf_counter()
    for text, language in texts:
        if text and language.has_grammar:
            syntax_features(text, language.name)
    stages["parse + syntax features"] = time.perf_counter() - started
    feature_rows = [extract_features(text, language) for text, language in texts if text]
    started = time.perf_counter()
    for row in feature_rows:
        model.probability(row)
    stages["model scoring"] = time.perf_counter() - started
    return stages

if __name__ == "__main__":
    sys.exit(main())
