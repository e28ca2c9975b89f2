"""Score the hunks of many commits at once, for `verify`: one `git log` process for all of them.

    from provenance.classifier.scoring.hunks import score_commits_hunks
    scores = score_commits_hunks(repo_dir, shas)            # {full sha: [HunkScore, ...]}

Pure Python (no numpy or scikit-learn); tree-sitter is loaded only when a file of a language with
shape features is parsed. Only the lines each commit adds are scored (against its first parent; a
root commit adds everything), per hunk; hunks that cannot be judged (binary, non-UTF-8, minified,
fewer than 3 code lines, files of unknown type) are left out of the lists.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.features.languages import GENERIC, language_for_path
from provenance.classifier.model.format import Model
from provenance.classifier.scoring.pipeline import load_scoring_model, score_bytes
from provenance.gitio.log import read_commits
from provenance.gitio.patch import parse_added_lines


@dataclass(frozen=True)
class HunkScore:
    """One scored hunk: `score` is the calibrated probability (0..1) that an AI wrote the added
    lines `start_line`..`end_line` (1-based, inclusive, in the new version of `path`)."""

    path: str
    start_line: int
    end_line: int
    score: float
    language: str
    flagged: bool  # score >= the model's threshold


def score_commits_hunks(
    repo_dir: str | os.PathLike[str],
    shas: Iterable[str],
    model_path: str | os.PathLike[str] | None = None,
    model: Model | None = None,
) -> dict[str, list[HunkScore]]:
    """Scores of the hunks each commit adds, keyed by full commit SHA, every requested commit present
    (an empty list when nothing in it could be scored).

    All commits are read from ONE `git log --no-walk=unsorted --patch --stdin` process (the SHAs go
    through stdin, so there is no command-line limit on how many). Give full SHAs; any
    other revision (an abbreviation, a branch) is keyed by the full SHA git resolves it to. Merge
    commits are scored against their first parent. `model_path` (or an already loaded `model`)
    replaces the built-in model. Raises GitError if git fails (e.g. an unknown SHA) and
    ModelFileError for a bad model file.
    """
    wanted = list(dict.fromkeys(shas))
    if not wanted:
        return {}
    if any(sha.startswith("-") for sha in wanted):
        raise ClassifierUsageError("a commit to score cannot start with '-'")
    model = model if model is not None else load_scoring_model(model_path)
    results: dict[str, list[HunkScore]] = {}
    arguments = ["--no-walk=unsorted", "--diff-merges=first-parent"]
    for commit in read_commits(arguments, repo_dir, patches=True, stdin_revisions=wanted):
        scored = results.setdefault(commit.facts.sha or "", [])
        for change in parse_added_lines(commit.patch):
            language = language_for_path(change.path)
            if change.binary or language is GENERIC:
                continue
            for hunk in change.hunks:
                result = score_bytes(hunk.data(), change.path, language, model, hunk.start_line, hunk.end_line)
                if result.score is not None:
                    scored.append(HunkScore(change.path, hunk.start_line, hunk.end_line, result.score, language.name,
                                            result.flagged))
    return results
