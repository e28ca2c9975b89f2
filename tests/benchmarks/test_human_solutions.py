"""Human answers to short tasks read from a mirror at a pinned commit (benchmarks/human_solutions.py),
on real bare git repositories built in a temporary folder."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from tests.gitutil import clean_env, git, init_repo
from tests.paths import PROJECT_ROOT

BENCHMARKS = PROJECT_ROOT / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

solutions = importlib.import_module("human_solutions")
corpus = importlib.import_module("generator_corpus")

BODY = "\n".join(f"def step_{i}(value):\n    return value + {i}\n" for i in range(4))
CPP = "#include <vector>\n" + "\n".join(f"int step{i}(int v) {{\n    return v + {i};\n}}\n" for i in range(4))


def _mirror(mirrors: Path, repo: str, files: dict[str, str], date: str) -> str:
    """A bare mirror of one commit holding `files`, committed at `date`; its commit id."""
    work = mirrors / "work" / repo.replace("/", "+")
    init_repo(work)
    for path, text in files.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text)
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "solutions",
        env=clean_env(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date))
    git(work, "commit", "-q", "--allow-empty", "-m", "later")  # the pinned commit is not HEAD
    target = mirrors / repo.replace("/", "+") / "repo"
    target.parent.mkdir(parents=True)
    git(mirrors, "clone", "-q", "--bare", str(work), str(target))
    return git(work, "rev-parse", "HEAD~1").stdout.strip()


def test_files_of_the_pinned_commit_are_human_samples_grouped_by_problem(tmp_path: Path) -> None:
    commit = _mirror(tmp_path, "someone/LeetCode-Solutions", {
        "Python/two-sum.py": BODY,
        "C++/two-sum.cpp": CPP,
        "Python/tiny.py": "x = 1\n",
        "MySQL/two-sum.sql": "SELECT 1;\n" * 10,
        "Shell/word-count.sh": "echo a\n" * 10,
    }, "2020-05-01T10:00:00+00:00")
    source = solutions.SolutionSource("someone/LeetCode-Solutions", commit, "leetcode-human", "competitive",
                                      ("Python", "C++"), "stem")
    samples = list(solutions.source_samples(source, tmp_path))
    assert {(sample.language, sample.group) for sample in samples} == {
        ("python", "leetcode-human/two-sum"), ("cpp", "leetcode-human/two-sum")}
    assert {sample.label for sample in samples} == {0}
    assert {sample.domain for sample in samples} == {"competitive"}
    assert all(sample.path.startswith(f"someone/LeetCode-Solutions@{commit[:8]}:") for sample in samples)
    python = next(sample for sample in samples if sample.language == "python")
    assert python.text == corpus.clean_text(BODY, "file")


def test_folder_grouping_skips_package_markers_and_top_level_files(tmp_path: Path) -> None:
    commit = _mirror(tmp_path, "someone/Algorithms", {
        "sorts/bubble.py": BODY,
        "sorts/__init__.py": BODY,
        "graphs/bfs.py": BODY.replace("step", "visit"),
        "setup_helper.py": BODY.replace("step", "helper"),
    }, "2019-01-01T00:00:00+00:00")
    source = solutions.SolutionSource("someone/Algorithms", commit, "algorithms-human", "algo", ("",), "folder")
    groups = sorted(sample.group for sample in solutions.source_samples(source, tmp_path))
    assert groups == ["algorithms-human/graphs", "algorithms-human/sorts"]


def _refusal(mirrors: Path, repo: str, commit: str) -> str:
    """The one-line error reading `repo` at `commit` from `mirrors` gives."""
    source = solutions.SolutionSource(repo, commit, "leetcode-human", "competitive", ("",), "stem")
    with pytest.raises(corpus.CorpusError) as caught:
        list(solutions.source_samples(source, mirrors))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_commit_from_the_ai_era_is_refused(tmp_path: Path) -> None:
    commit = _mirror(tmp_path, "someone/Late", {"Python/a.py": BODY}, "2023-03-01T00:00:00+00:00")
    message = _refusal(tmp_path, "someone/Late", commit)
    assert re.search(r"someone/Late@.*dated 2023-03-01.*not before 2021-06-29", message)


def test_a_missing_mirror_or_commit_is_one_line_error(tmp_path: Path) -> None:
    assert "no mirror of someone/Absent; fetch it first" in _refusal(tmp_path, "someone/Absent", "0" * 40)
    _mirror(tmp_path, "someone/Present", {"Python/a.py": BODY}, "2020-01-01T00:00:00+00:00")
    assert re.search(r"commit 1{40} not found", _refusal(tmp_path, "someone/Present", "1" * 40))


def test_reserved_repositories_are_refused(tmp_path: Path) -> None:
    assert "reserved for independent evaluation" in _refusal(tmp_path, "someone/more-itertools", "0" * 40)


def test_the_pinned_sources_predate_the_cutoff_and_are_not_reserved() -> None:
    for source in solutions.SOURCES:
        corpus.check_not_reserved(source.repo)
        assert len(source.commit) == 40
    assert solutions.human_solution_sources()[0].startswith("leetcode-human: https://github.com/kamyu104/")
