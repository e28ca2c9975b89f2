"""A stand-in for the classifier's hunk scores, for checking the pipeline in-process.

The real classifier over a real repository is exercised in tests/verify/test_verify_classifier.py;
here the scores are fixed so a test can say exactly which hunks are flagged and see what the
checker asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hunk:
    path: str = "pairs.py"
    start_line: int = 1
    end_line: int = 9
    score: float = 0.97
    language: str = "python"
    flagged: bool = True


@dataclass
class FixedScores:
    """Every commit adds ``hunks``; records each sha a rule asked about."""

    hunks: tuple[Hunk, ...] = (Hunk(),)
    threshold: float = 0.5
    asked: list[str] = field(default_factory=list)

    def for_commit(self, sha: str) -> Sequence[Hunk]:
        self.asked.append(sha)
        return self.hunks


@dataclass
class Opener:
    """An ``OpenHunkScores`` that records the candidate shas it was opened with."""

    scores: FixedScores | None = field(default_factory=FixedScores)
    opened: list[list[str]] = field(default_factory=list)

    def __call__(self, shas: Sequence[str]) -> FixedScores | None:
        self.opened.append(list(shas))
        return self.scores
