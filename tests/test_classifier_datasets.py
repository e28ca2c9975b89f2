"""The training data sets: training-data/ai (in the repository) and the fetched human corpus
(benchmarks/.work/human-corpus, skipped when it has not been fetched)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def _load(name: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


datasets = _load("classifier_datasets")
fetcher = _load("fetch_human_corpus")


def test_training_data_ai_is_read_per_manifest_with_domains_and_task_groups() -> None:
    samples = datasets.training_data_ai_samples()
    manifest = json.loads((ROOT / "training-data" / "ai" / "MANIFEST.json").read_text())
    assert len(samples) == len(manifest["files"]) == 104
    assert {s.label for s in samples} == {1}
    assert len({s.language for s in samples}) == 8
    assert {s.domain for s in samples} == {"library", "cli", "web", "tests", "refactor", "data", "algo"}
    assert all(s.group.startswith(f"training-data-ai/{s.domain}/") for s in samples)


def test_there_is_one_human_fetcher_with_pypi_and_npm_pins_and_the_deny_list() -> None:
    assert not (BENCHMARKS / "classifier_fetch_human.py").exists()
    registries = Counter(pin[0] for pin in fetcher.all_pins())
    assert registries["pypi"] >= 20 and registries["npm"] >= 5
    fetcher.validate_pins()
    with pytest.raises(SystemExit):
        fetcher.check_deny(["toolz"])
    assert fetcher.keep(PurePosixPath("dist/lodash.js"), 100, "npm") is None
    assert fetcher.keep(PurePosixPath("src/index.d.ts"), 100, "npm") is None
    assert fetcher.keep(PurePosixPath("src/index.ts"), 100, "npm") == "typescript"
    assert fetcher.role_of(PurePosixPath("docs/conf.py")) == "docs"
    assert fetcher.role_of(PurePosixPath("tests/test_x.py")) == "test"


@pytest.mark.skipif(datasets.human_corpus_manifest() is None, reason="human corpus not fetched (fetch_human_corpus.py)")
def test_human_corpus_uses_only_source_and_test_files() -> None:
    manifest = datasets.human_corpus_manifest()
    role = {entry["path"]: entry["role"] for project in manifest["projects"] for entry in project["files"]}
    samples = datasets.human_corpus_samples()
    assert samples and {s.label for s in samples} == {0}
    assert {role[s.path] for s in samples} <= {"source", "test"}
    assert {s.dataset for s in samples} <= {"pypi-human", "npm-human"}
    assert max(Counter(s.group for s in samples).values()) <= datasets.MAX_FILES_PER_HUMAN_PROJECT
    for project in manifest["projects"]:
        assert project["release_date"] < manifest["cutoff"]
