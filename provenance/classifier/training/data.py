"""Labelled samples for training and evaluation, read from a labelled folder or the research corpus.

Labelled folder layout (what `git provenance train DIR` reads)::

    DIR/ai/**       code written by an AI model      (label 1)
    DIR/human/**    code written by people           (label 0)

Files are taken recursively; their language comes from the extension and files of unknown type,
binary files and non-UTF-8 files are ignored. Each file belongs to a *group*, and cross-validation
never puts one group in both the fitting and the held-out part:

- a file inside a subfolder, e.g. ``DIR/ai/two-sum/a.py``, belongs to the group of that top-level
  subfolder (``two-sum``); put the AI and human solutions of one task in same-named subfolders
  (``DIR/ai/two-sum/`` and ``DIR/human/two-sum/``) so they share a group;
- a file directly in ``ai/`` or ``human/`` is its own group, named by its file stem, so
  ``DIR/ai/parse.py`` and ``DIR/human/parse.py`` share the group ``parse``.

The research corpus (``../shared/corpus`` beside the repository) has its own per-folder label rules,
described in its README; `read_research_corpus` applies them. It is research data without a licence:
use it to train and evaluate, never copy it into the project.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from provenance.classifier.features.languages import GENERIC, language_for_path
from provenance.classifier.features.screening import Skip, decode_source

AI = 1
HUMAN = 0
LABEL_FOLDERS = {"ai": AI, "human": HUMAN}


@dataclass(frozen=True)
class LabelledSample:
    text: str
    path: str
    label: int  # AI (1) or HUMAN (0)
    group: str  # samples sharing a group are never split across folds
    dataset: str
    language: str
    domain: str = ""  # kind of code (competitive, library, cli, web, ...), for leave-one-domain-out


def _read_text(path: Path) -> str | None:
    text = decode_source(path.read_bytes())
    return None if isinstance(text, Skip) or not text.strip() else text


def _source_files(folder: Path) -> Iterator[Path]:
    for root, directories, files in os.walk(folder):
        directories[:] = sorted(name for name in directories if not name.startswith("."))
        for name in sorted(files):
            if language_for_path(name) is not GENERIC:
                yield Path(root, name)


def read_labelled_folder(root: str | os.PathLike[str]) -> list[LabelledSample]:
    """Every readable source file under ROOT/ai and ROOT/human (see the module docstring)."""
    root = Path(root)
    dataset = root.resolve().name
    samples = []
    for folder_name, label in LABEL_FOLDERS.items():
        folder = root / folder_name
        if not folder.is_dir():
            continue
        for path in _source_files(folder):
            text = _read_text(path)
            if text is None:
                continue
            relative = path.relative_to(folder)
            group = relative.parts[0] if len(relative.parts) > 1 else path.stem
            language = language_for_path(path.name).name
            samples.append(LabelledSample(text, str(path), label, f"{dataset}/{group}", dataset, language))
    return samples


def find_research_corpus(repository_root: str | os.PathLike[str]) -> Path | None:
    """``../shared/corpus`` relative to the repository root, if it is there."""
    corpus = Path(repository_root).resolve().parent / "shared" / "corpus"
    return corpus if corpus.is_dir() else None


def _whodunit(folder: Path) -> Iterator[LabelledSample]:
    # {label}_{PROBLEM}_{k}.py with 0 = GPT-4 and 1 = human (the opposite of our convention).
    for path in sorted(folder.glob("*.py")):
        label_text, *problem_parts, _k = path.stem.split("_")
        text = _read_text(path)
        if text is not None and problem_parts:
            label = AI if label_text == "0" else HUMAN
            yield LabelledSample(
                text, str(path), label, "whodunit/" + "_".join(problem_parts), "whodunit", "python", "competitive"
            )


def _codenet_gpt(folder: Path) -> Iterator[LabelledSample]:
    # human/pXXXXX.py pairs with machine/pXXXXX_solution.py on the same problem.
    for subfolder, label in (("human", HUMAN), ("machine", AI)):
        for path in sorted((folder / subfolder).glob("*.py")):
            text = _read_text(path)
            if text is not None:
                problem = path.stem.removesuffix("_solution")
                yield LabelledSample(
                    text, str(path), label, f"codenet-gpt/{problem}", "codenet-gpt", "python", "competitive"
                )


def _gptsniffer_java(folder: Path) -> Iterator[LabelledSample]:
    # {label}_{Name}.java with 0 = ChatGPT and 1 = human; Name2, Name3 are variants of one task.
    for path in sorted(folder.glob("*.java")):
        label_text, _, name = path.stem.partition("_")
        text = _read_text(path)  # about a hundred AI files are empty and are dropped here
        if text is not None:
            task = re.sub(r"\d+$", "", name.strip()).lower()
            label = AI if label_text == "0" else HUMAN
            yield LabelledSample(
                text, str(path), label, f"gptsniffer-java/{task}", "gptsniffer-java", "java", "exercises"
            )


RESEARCH_DATASETS = {"whodunit": _whodunit, "codenet-gpt": _codenet_gpt, "gptsniffer-java": _gptsniffer_java}


def read_research_corpus(corpus_root: str | os.PathLike[str]) -> list[LabelledSample]:
    """All samples of the research corpus data sets that are present under `corpus_root`."""
    samples: list[LabelledSample] = []
    for name, reader in RESEARCH_DATASETS.items():
        folder = Path(corpus_root) / name
        if folder.is_dir():
            samples.extend(reader(folder))
    return samples


HUNK_LINES = (10, 60)  # lengths of the pieces that stand in for the hunks of commits


def hunk_line_ranges(line_count: int, key: str) -> list[tuple[int, int]]:
    """Consecutive 0-based [start, end) line ranges of 10-60 lines covering `line_count` lines.

    Lengths come from a generator seeded by `key` (a path), so the same file is always cut the same
    way, wherever it is cut (`hunk_pieces` here, the reserved-set evaluation on raw bytes).
    """
    rng = random.Random(key)
    ranges, start = [], 0
    while start < line_count:
        length = rng.randint(*HUNK_LINES)
        ranges.append((start, min(start + length, line_count)))
        start += length
    return ranges


def hunk_pieces(sample: LabelledSample, seed: int = 0) -> list[LabelledSample]:
    """`sample` cut into consecutive pieces of 10-60 lines, each labelled like the file.

    `verify` scores the hunks a commit adds, which are shorter and noisier than whole files; these
    pieces let evaluation (and training) see hunk-sized code. The cut depends on the path and `seed`.
    """
    lines = sample.text.splitlines(keepends=True)
    return [
        replace(sample, text="".join(lines[start:end]), path=f"{sample.path}:{start + 1}-{end}")
        for start, end in hunk_line_ranges(len(lines), f"{seed}\0{sample.path}")
    ]


def sampled_hunk_pieces(sample: LabelledSample, count: int, seed: int = 0) -> list[LabelledSample]:
    """At most `count` of `sample`'s `hunk_pieces`, chosen at random but the same way every time.

    Training sees a few hunk-sized pieces of every file besides the file itself: `verify` scores
    hunks, and pieces teach the model what short code of each kind looks like. A fixed number per
    file (rather than all of them) keeps long files from dominating the pieces and keeps training
    about 3 times as costly as on files alone instead of 5.
    """
    pieces = hunk_pieces(sample, seed)
    if len(pieces) <= count:
        return pieces
    chosen = random.Random(f"{seed}\0sample\0{sample.path}").sample(range(len(pieces)), count)
    return [pieces[index] for index in sorted(chosen)]
