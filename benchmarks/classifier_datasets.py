"""Data sets the classifier benchmarks and the default-model training share.

| data set | label | languages | domain(s) | group | read from |
|---|---|---|---|---|---|
| whodunit | both | Python | competitive | problem | ../shared/corpus (research data, no licence) |
| codenet-gpt | both | Python | competitive | problem | ../shared/corpus |
| gptsniffer-java | both | Java | exercises | task | ../shared/corpus |
| training-data-ai | AI | 8 | library cli web tests refactor data algo competitive | domain/stem (one task) | T |
| pypi-human | human | Python (+ a little C, JS) | library cli web tests data algo | project | H |
| npm-human | human | JavaScript, TypeScript | library cli web | project | H |
| debian-human | human | Go, Rust, C, C++, Java | library cli web tests data | project | H (Debian source packages) |

T: training-data/ai (MIT, ours). H: benchmarks/.work/human-corpus (written by fetch_human_corpus.py).

Only files with role "source" or "test" in the human corpus manifest are used (not docs/examples,
not compiled JavaScript shipped beside TypeScript sources, not parser-generator output), at most
MAX_FILES_PER_HUMAN_PROJECT per project so one big project cannot dominate.

Featurising ~10,000 files takes minutes, so `featurise_cached` keeps feature rows in
benchmarks/.work/feature-cache.json keyed by the text's hash, language and feature set.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

from generator_corpus import CorpusError, read_corpus  # noqa: E402

from provenance.classifier.features.languages import GENERIC, language_for_path  # noqa: E402
from provenance.classifier.features.screening import Skip, decode_source  # noqa: E402
from provenance.classifier.features.vector import FEATURE_SET  # noqa: E402
from provenance.classifier.training.data import (  # noqa: E402
    AI,
    HUMAN,
    LabelledSample,
    find_research_corpus,
    read_research_corpus,
)
from provenance.classifier.training.recipe import DEFAULT_MODEL_RECIPE  # noqa: E402

WORK = REPOSITORY_ROOT / "benchmarks" / ".work"
# How the default model is fitted (the shipped `TrainingRecipe`), shared by classifier_train_default.py
# and the fair base models of classifier_from_history.py; chosen in classifier_eval.py / MODEL_CARD.md.
DEFAULT_RECIPE = DEFAULT_MODEL_RECIPE
HUMAN_CORPUS = WORK / "human-corpus"
TRAINING_DATA_AI = REPOSITORY_ROOT / "training-data" / "ai"
FEATURE_CACHE = WORK / "feature-cache.json"
MAX_FILES_PER_HUMAN_PROJECT = 150
HUMAN_ROLES = ("source", "test")
RESEARCH_SOURCES = [
    "whodunit (Idialu et al., MSR 2024; research data, no licence)",
    "codenet-gpt (DetectCodeGPT / Project CodeNet; research data, no licence)",
    "gptsniffer-java (Nguyen et al., JSS 2024; research data, no licence)",
]


def research_samples(required: bool = True) -> list[LabelledSample]:
    corpus = find_research_corpus(REPOSITORY_ROOT)
    if corpus is None:
        if required:
            raise SystemExit(f"research corpus not found at {REPOSITORY_ROOT.parent / 'shared' / 'corpus'}")
        return []
    return read_research_corpus(corpus)


def _read(path: Path) -> str | None:
    text = decode_source(path.read_bytes())
    return None if isinstance(text, Skip) or not text.strip() else text


def training_data_ai_samples(folder: Path = TRAINING_DATA_AI) -> list[LabelledSample]:
    """The AI-written files of training-data/ai (MIT, written for this project), per MANIFEST.json."""
    manifest = json.loads((folder / "MANIFEST.json").read_text())
    samples = []
    for entry in manifest["files"]:
        path = folder / entry["path"]
        text = _read(path)
        if text is None:
            continue
        # Every file answers a different request; the group is domain + normalised stem, so a task
        # written in two languages (were one added) stays on one side of every split.
        stem = Path(entry["path"]).stem.lower().replace("_", "").replace("-", "")
        group = f"training-data-ai/{entry['domain']}/{stem}"
        samples.append(
            LabelledSample(text, str(path), AI, group, "training-data-ai", entry["language"], entry["domain"])
        )
    return samples


def human_corpus_manifest(folder: Path = HUMAN_CORPUS) -> dict | None:
    manifest = folder / "MANIFEST.json"
    return json.loads(manifest.read_text()) if manifest.is_file() else None


def human_corpus_samples(
    folder: Path = HUMAN_CORPUS, cap: int = MAX_FILES_PER_HUMAN_PROJECT, seed: int = 0
) -> list[LabelledSample]:
    """Source and test files of the fetched human corpus; data set `{registry}-human`, group = project."""
    manifest = human_corpus_manifest(folder)
    if manifest is None:
        return []
    rng = random.Random(seed)
    samples = []
    for project in manifest["projects"]:
        registry = project.get("registry", "pypi")
        files = [entry for entry in project["files"] if entry["role"] in HUMAN_ROLES]
        if len(files) > cap:
            files = sorted(rng.sample(files, cap), key=lambda entry: entry["path"])
        for entry in files:
            language = language_for_path(entry["path"])
            if language is GENERIC:
                continue
            text = _read(folder / entry["path"])
            if text is None:
                continue
            samples.append(
                LabelledSample(
                    text, entry["path"], HUMAN, f"{registry}-human/{project['project']}", f"{registry}-human",
                    language.name, project["domain"],
                )
            )
    return samples


def human_corpus_sources(folder: Path = HUMAN_CORPUS) -> list[str]:
    manifest = human_corpus_manifest(folder) or {"projects": []}
    return [
        f"{project.get('registry', 'pypi')}:{project['project']}=={project['version']} "
        f"({project['licence']}, released {project['release_date']}, human only)"
        for project in manifest["projects"]
    ]


# The multi-generator corpus's benchmark dumps (generator_corpus.py), by kind of task.
GENERATOR_CORPUS = WORK / "generator-corpus"
DUMP_DOMAINS = {"mohsystem": "exercises", "livecodebench": "competitive"}


def dump_samples(corpus: Path = GENERATOR_CORPUS) -> list[LabelledSample]:
    """The AI answers of the benchmark dumps in the built multi-generator corpus: data set
    `dumps-{family}` (one per generator family, so every family weighs alike in training), group =
    the task (every model's answer to a task shares it), domain by collection (DUMP_DOMAINS). The
    research data sets in that corpus are not repeated (research_samples reads them)."""
    def is_dump(row: dict[str, object]) -> bool:
        return row["kind"] == "file" and row["label"] == "ai" and row["collection"] in DUMP_DOMAINS

    try:
        pairs = read_corpus(corpus, keep=is_dump)
    except CorpusError as error:
        raise SystemExit(str(error)) from None
    return [
        LabelledSample(
            text, f"generator-corpus/{row['sha256']}", AI, str(row["group"]), f"dumps-{row['family']}",
            str(row["language"]), DUMP_DOMAINS[str(row["collection"])],
        )
        for row, text in pairs
    ]  # fmt: skip


def dump_sources(corpus: Path = GENERATOR_CORPUS) -> list[str]:
    manifest = json.loads((corpus / "MANIFEST.json").read_text())
    return [
        f"dumps: {source['url']} at {source['commit']} (licence: {source['licence']}; AI only)"
        for source in manifest["sources"] if source["kind"] == "dump"
    ]


def all_samples(require_corpus: bool = True) -> list[LabelledSample]:
    """Every data set in the table above that is present."""
    return research_samples(require_corpus) + training_data_ai_samples() + human_corpus_samples()


def cap_per_group(samples: list[LabelledSample], cap: int, seed: int = 0) -> list[LabelledSample]:
    """At most `cap` files per group."""
    by_group: dict[str, list[LabelledSample]] = defaultdict(list)
    for sample in samples:
        by_group[sample.group].append(sample)
    rng = random.Random(seed)
    kept = []
    for group in sorted(by_group):
        members = by_group[group]
        kept.extend(members if len(members) <= cap else rng.sample(members, cap))
    return kept


def featurise_cached(samples: list[LabelledSample], cache_path: Path = FEATURE_CACHE):
    """`training.matrix.featurise` with a cache of feature rows on disk (same rows, computed once)."""
    from provenance.classifier.training.matrix import RowCache, featurise

    cache: dict[str, list | None] = {}
    if cache_path.is_file():
        document = json.loads(cache_path.read_text())
        if document.get("feature_set") == FEATURE_SET:
            cache = document["rows"]
    before = len(cache)

    def key(sample: LabelledSample) -> str:
        return hashlib.sha256(f"{sample.language}\0{sample.text}".encode("utf-8", "surrogateescape")).hexdigest()

    matrix = featurise(samples, RowCache(get=cache.get, set=cache.__setitem__, key=key))
    if len(cache) != before:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        cache_path.write_text(json.dumps({"feature_set": FEATURE_SET, "rows": cache}))
    return matrix
