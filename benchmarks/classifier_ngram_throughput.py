"""Throughput of approach C's n-gram scoring (classifier_approaches.py), to set beside the shipped
pipeline's (classifier_throughput.py, goal 50,000 added lines/s/core).

C scores the first 4,000 characters of a text by its hashed character 2-4-grams and a linear model.
Two ways are timed on the protocol corpus' texts (one core, best of --repeat):

- scikit-learn: HashingVectorizer.transform plus a sparse dot product (needs scikit-learn and SciPy
  at scoring time, which the shipped scorer does not import);
- pure Python with a stable hash (zlib.crc32 of every distinct n-gram, as a JSON model would need:
  Python's own str hash changes between processes).

The n-gram stage alone is timed; the stylometric features of an ensemble (A+C) come on top.

    nice -n 19 python benchmarks/classifier_ngram_throughput.py [--repeat 3] [--limit 3000]
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib

import numpy as np
from classifier_approaches import NGRAM_CHARACTERS, ngram_vectoriser
from generator_corpus import read_corpus

BUCKETS = 2**20


def pure_python_score(text: str, weights: dict[int, float]) -> float:
    """The sum of the weights of the distinct hashed character 2-4-grams of `text` (binary counts),
    divided by the l2 norm as the vectoriser does."""
    head = text[:NGRAM_CHARACTERS]
    grams = {head[start : start + size] for size in (2, 3, 4) for start in range(len(head) - size + 1)}
    total = sum(weights.get(zlib.crc32(gram.encode("utf-8", "surrogateescape")) % BUCKETS, 0.0) for gram in grams)
    return total / (len(grams) ** 0.5 or 1.0)


def lines_per_second(texts: list[str], score: object, repeat: int) -> float:
    lines = sum(text.count("\n") + 1 for text in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        score(texts)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return lines / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=3000, help="texts timed (a seeded sample)")
    arguments = parser.parse_args(argv)
    texts = [text for _, text in read_corpus()]
    chosen = np.random.default_rng(0).choice(len(texts), min(arguments.limit, len(texts)), replace=False)
    texts = [texts[index] for index in chosen]
    rng = np.random.default_rng(1)
    coefficients = rng.normal(size=BUCKETS).astype(np.float32)  # timing only: the values do not matter
    vectoriser = ngram_vectoriser()

    def with_sklearn(batch: list[str]) -> np.ndarray:
        return vectoriser.transform([text[:NGRAM_CHARACTERS] for text in batch]) @ coefficients

    weights = {index: float(value) for index, value in enumerate(coefficients)}

    def with_python(batch: list[str]) -> list[float]:
        return [pure_python_score(text, weights) for text in batch]

    lines = sum(text.count("\n") + 1 for text in texts)
    print(f"{len(texts)} texts, {lines} lines")
    for name, score in (("scikit-learn HashingVectorizer + dot", with_sklearn), ("pure Python, crc32", with_python)):
        print(f"{name}: {lines_per_second(texts, score, arguments.repeat):,.0f} lines/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
