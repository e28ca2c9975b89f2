"""Everything the rules may look at for one commit, each part computed once or loaded on demand.

The message and its disclosure analysis are always there. What lies outside the message is a
source the context may or may not have: the classifier's scores of the code the commit adds
(``verify`` has them; a hook's pending commit has no code yet), and later the local evidence log
and attestations. A rule names the sources it needs and runs only where the context has them,
so a hook skips the code rules because its context says there is no code, not by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol, TypeVar

from provenance.core.disclosure import Analysis
from provenance.core.message import CommitFacts, ParsedMessage

if TYPE_CHECKING:  # the hooks import this module; the evidence package loads only when evidence is read
    from provenance.attestation.check import Verdict
    from provenance.policy.evidence import EvidenceCheck

Source = Literal["code", "evidence", "attestations"]
_NOTHING: frozenset[Source] = frozenset()
# What a commit that does not exist yet (a hook's pending commit) can offer: the evidence of the
# staged changes. Its code and attestations exist only once it has a sha.
_WITHOUT_SHA: frozenset[Source] = frozenset({"evidence"})
_Loaded = TypeVar("_Loaded", covariant=True)


class ScoredHunk(Protocol):
    """A hunk the classifier scored (``provenance.classifier.scoring.hunks.HunkScore`` is one)."""

    @property
    def path(self) -> str: ...
    @property
    def start_line(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def language(self) -> str: ...
    @property
    def flagged(self) -> bool: ...


class HunkScores(Protocol):
    """The classifier's scores of what commits add, keyed by full sha, and the threshold it used."""

    @property
    def threshold(self) -> float: ...

    def for_commit(self, sha: str) -> Sequence[ScoredHunk]: ...


class CommitSource(Protocol[_Loaded]):
    """Facts about commits kept outside their messages, loaded when a rule first asks."""

    def for_commit(self, sha: str) -> _Loaded: ...


class AddedCode(NamedTuple):
    """The hunks one commit adds, as the classifier scored them, and the threshold it flags at."""

    hunks: Sequence[ScoredHunk]
    threshold: float


# Gives the hunk scores for the candidate commits of a range (the shas), or None when this run
# does not read code (the classifier is off, or not installed and not asked for).
OpenHunkScores = Callable[[Sequence[str]], "HunkScores | None"]


class CommitContext(NamedTuple):
    """One commit as the rules see it: built once per commit, shared by every rule."""

    message: ParsedMessage
    analysis: Analysis
    # Why the commit is not checked ('merge', 'revert', 'fixup', 'exempt-author'), or None.
    exempt: str | None = None
    code: HunkScores | None = None
    # The local evidence held against this commit (``for_commit("")`` for a hook's pending
    # commit), and the commit's attestation as verify checked it. None means the source is not
    # available for this commit.
    evidence: CommitSource[EvidenceCheck] | None = None
    attestations: CommitSource[Verdict] | None = None

    @property
    def facts(self) -> CommitFacts:
        return self.message.facts

    @property
    def available(self) -> frozenset[Source]:
        """The sources beyond the message this context can load (a pending commit: evidence only)."""
        if self.code is None and self.evidence is None and self.attestations is None:
            return _NOTHING
        offered: dict[Source, object | None] = {
            "code": self.code, "evidence": self.evidence, "attestations": self.attestations,
        }
        found = frozenset(name for name, source in offered.items() if source is not None)
        return found if self.facts.sha is not None else found & _WITHOUT_SHA

    def evidence_check(self) -> EvidenceCheck:
        """The local evidence held against this commit; only for rules that need ``evidence``."""
        if self.evidence is None:
            raise LookupError("no local evidence is read for this commit")
        return self.evidence.for_commit(self.facts.sha or "")

    def added_code(self) -> AddedCode:
        """The scored hunks this commit adds; only for rules that need ``code``."""
        if self.code is None or self.facts.sha is None:
            raise LookupError("this commit's code is not available here")
        return AddedCode(self.code.for_commit(self.facts.sha), self.code.threshold)
