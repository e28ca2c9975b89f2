"""Data sets the classifier benchmarks and the default-model training share.

- the research corpus at ../shared/corpus (labelled AI and human; see its README);
- human-only code from old permissive releases, fetched by classifier_fetch_human.py into
  benchmarks/.work/human-extra/ (one group per package).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

from provenance.classifier.languages import GENERIC, language_for_path  # noqa: E402
from provenance.classifier.training_data import (  # noqa: E402
    HUMAN,
    LabelledSample,
    find_research_corpus,
    read_research_corpus,
)

HUMAN_EXTRA = REPOSITORY_ROOT / "benchmarks" / ".work" / "human-extra"
# Build output, bundles and vendored code are not anybody's hand-written style.
_GENERATED_FOLDERS = {"dist", "build", "bundles", "umd", "_esm5", "_esm2015", "_cjs", "node_modules", "min", "locale"}


def research_samples() -> list[LabelledSample]:
    corpus = find_research_corpus(REPOSITORY_ROOT)
    if corpus is None:
        raise SystemExit(f"research corpus not found at {REPOSITORY_ROOT.parent / 'shared' / 'corpus'}")
    return read_research_corpus(corpus)


def extra_human_samples(folder: Path = HUMAN_EXTRA) -> list[LabelledSample]:
    """Human source files of each fetched release, dataset named after its registry."""
    samples = []
    if not folder.is_dir():
        return samples
    for release in sorted(path for path in folder.iterdir() if path.is_dir()):
        registry = (release / "SOURCE.txt").read_text().split()[0] if (release / "SOURCE.txt").exists() else "extra"
        files = [path for path in sorted(release.rglob("*")) if path.is_file()]
        # A package shipping TypeScript sources ships compiled JavaScript beside them: keep the sources.
        has_typescript = any(path.suffix == ".ts" and not path.name.endswith(".d.ts") for path in files)
        for path in files:
            parts = set(path.relative_to(release).parts[:-1])
            language = language_for_path(path.name)
            if (
                language is GENERIC
                or parts & _GENERATED_FOLDERS
                or path.name.endswith((".d.ts", ".min.js"))
                or (has_typescript and language.name == "javascript")
            ):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            samples.append(
                LabelledSample(text, str(path), HUMAN, f"{registry}/{release.name}", f"{registry}-human", language.name)
            )
    return samples
