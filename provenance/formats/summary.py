"""What every format reports: the checked commits and the tallies drawn from them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

from provenance.core.disclosure import DeclaredInvolvement
from provenance.policy.checker import CommitResult

INVOLVEMENT_ORDER: tuple[DeclaredInvolvement, ...] = ("none", "assisted", "generated", "undisclosed")


class VerifyReport(NamedTuple):
    range_description: str
    results: list[CommitResult]
    # commit sha -> attestation status (valid, missing, exempt, ...) when verify checked them.
    attestations: Mapping[str, str] | None = None

    def counts(self) -> dict[str, int]:
        results = self.results
        return {
            "commits": len(results),
            "failing": sum(r.has_errors for r in results),
            "errors": sum(f.severity == "error" for r in results for f in r.findings),
            "warnings": sum(f.severity == "warning" for r in results for f in r.findings),
            "notices": sum(f.severity == "notice" for r in results for f in r.findings),
            "exempt": sum(r.exempt is not None for r in results),
            "undisclosed": sum(r.disclosure.involvement == "undisclosed" and r.exempt is None for r in results),
        }

    def involvement_counts(self) -> dict[str, int]:
        counts = Counter(r.disclosure.involvement for r in self.results if r.exempt is None)
        return {kind: counts[kind] for kind in INVOLVEMENT_ORDER if counts[kind]}

    def agent_counts(self) -> dict[str, int]:
        """Commits per AI tool (with its model where one was named), most used first."""
        counts: Counter[str] = Counter()
        for result in self.results:
            for agent in result.disclosure.agents:
                counts[f"{agent.tool} ({agent.model})" if agent.model else agent.tool] += 1
        return dict(counts.most_common())
