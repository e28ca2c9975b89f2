"""Human answers to short programming tasks, read from fetched mirrors at pinned pre-2021 commits.

The benchmark dumps of the multi-generator corpus (generator_dumps.py) are AI answers to short tasks
(LeetCode, Codewars, Exercism, AtCoder...) and have no human answers beside them. Trained on alone
against human library code, a model would learn "short task answer" as AI. These are human answers
to the same kinds of tasks, from before AI assistants were in wide use:

| data set | repository (MIT) | pinned commit (date) | languages | group | domain |
|---|---|---|---|---|---|
| leetcode-human | kamyu104/LeetCode-Solutions | a6f3827a (2021-06-28) | Python, C++, Java | problem | competitive |
| algorithms-human | TheAlgorithms/Python | 3ea5a133 (2021-06-24) | Python | top folder | algo |
| algorithms-human | TheAlgorithms/Java | 2cf749d6 (2021-06-05) | Java | top folder | algo |

The mirrors are bare git directories as the search tool's ``fetch`` leaves them
(``/work/.mirror/<owner>+<name>/repo``); files are read at the pinned commit through one
``git cat-file --batch``, so later (possibly AI-assisted) history is never read. Every text is
normalised and screened as the generator corpus's (``generator_corpus.clean_text``). The commit's
date is checked against the era cutoff when read.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator_corpus import DEFAULT_MIRRORS, ERA_CUTOFF, CorpusError, check_not_reserved, clean_text, mirror_dir
from generator_dumps import BlobReader, list_tree

from provenance.classifier.features.languages import GENERIC, language_for_path
from provenance.classifier.training.data import HUMAN, LabelledSample


@dataclass(frozen=True)
class SolutionSource:
    repo: str
    commit: str
    dataset: str
    domain: str
    folders: tuple[str, ...]  # top folders read ("" for every folder)
    group_by: str  # "stem": the problem's file stem; "folder": the top folder

    def group_of(self, path: str) -> str:
        pure = PurePosixPath(path)
        key = pure.stem.lower() if self.group_by == "stem" else pure.parts[0]
        return f"{self.dataset}/{key}"


SOURCES = (
    SolutionSource("kamyu104/LeetCode-Solutions", "a6f3827a5e00041c369f5a12b51461513a2dfe14", "leetcode-human",
                   "competitive", ("Python", "C++", "Java"), "stem"),
    SolutionSource("TheAlgorithms/Python", "3ea5a13334f2d573167456c0c9ee4c90497c9466", "algorithms-human", "algo",
                   ("",), "folder"),
    SolutionSource("TheAlgorithms/Java", "2cf749d6533422c0ad4a6e133e47642fb9d964dc", "algorithms-human", "algo",
                   ("",), "folder"),
)
LICENCE = "MIT"


def _commit_date(git_dir: Path, commit: str) -> str:
    done = subprocess.run(["git", "--git-dir", str(git_dir), "show", "-s", "--format=%cI", commit],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise CorpusError(f"{git_dir}: commit {commit} not found; fetch the mirror again")
    return done.stdout.strip()


def _wanted(source: SolutionSource, path: str) -> bool:
    name = PurePosixPath(path).name
    if name == "__init__.py" or ("/" not in path and source.group_by == "folder"):
        return False
    return any(not folder or path.startswith(f"{folder}/") for folder in source.folders)


def source_samples(source: SolutionSource, mirrors: Path = DEFAULT_MIRRORS) -> Iterator[LabelledSample]:
    check_not_reserved(source.repo)
    git_dir = mirror_dir(mirrors, source.repo)
    if not git_dir.is_dir():
        raise CorpusError(f"{git_dir}: no mirror of {source.repo}; fetch it first (search tool: fetch)")
    date = _commit_date(git_dir, source.commit)
    if date[:10] >= ERA_CUTOFF:
        raise CorpusError(f"{source.repo}@{source.commit[:8]}: dated {date}, not before {ERA_CUTOFF}")
    with BlobReader(git_dir) as reader:
        for blob, path in list_tree(git_dir, source.commit):
            language = language_for_path(path)
            if language is GENERIC or not _wanted(source, path):
                continue
            data = reader.read(blob)
            text = None if data is None else clean_text(data.decode("utf-8", "replace"), "file")
            if text is not None:
                yield LabelledSample(text, f"{source.repo}@{source.commit[:8]}:{path}", HUMAN, source.group_of(path),
                                     source.dataset, language.name, source.domain)


def human_solution_samples(mirrors: Path = DEFAULT_MIRRORS) -> list[LabelledSample]:
    """Every source's screened files, deduplicated by text (the first copy kept)."""
    seen: set[str] = set()
    samples = []
    for source in SOURCES:
        for sample in source_samples(source, mirrors):
            if sample.text not in seen:
                seen.add(sample.text)
                samples.append(sample)
    return samples


def human_solution_sources() -> list[str]:
    return [f"{source.dataset}: https://github.com/{source.repo} at {source.commit} ({LICENCE}, human, pre-2021)"
            for source in SOURCES]
