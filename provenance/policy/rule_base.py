"""What a rule is: an id, a name, a default severity, the sources it needs, and a check that
yields problems. The registry of rules is ``policy.rules.RULES``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, NamedTuple

from provenance.core.findings import WHOLE_MESSAGE, Location, Severity
from provenance.policy.context import CommitContext, Source


class Problem(NamedTuple):
    """What a rule found, before the policy gives it a severity."""

    message: str
    location: Location = WHOLE_MESSAGE
    hint: tuple[str, ...] = ()


class Rule:
    id: ClassVar[str]
    name: ClassVar[str]
    default_severity: ClassVar[Severity]
    description: ClassVar[str]
    # Sources beyond the message the rule reads; it runs only where the context has them all.
    needs: ClassVar[frozenset[Source]] = frozenset()

    def applies(self, context: CommitContext) -> bool:
        """Whether the rule has anything to check on this commit (cheap: decides what gets loaded)."""
        return True

    def check(self, context: CommitContext) -> Iterator[Problem]:
        raise NotImplementedError
