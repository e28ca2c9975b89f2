"""Normalise whatever conventions a message uses into one disclosure record."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Final, Literal

from provenance.core.conventions import (
    CONVENTIONS,
    INVOLVEMENT_RANK,
    Agent,
    DisclosureMatch,
    Involvement,
)
from provenance.core.message import ParsedMessage

# What a commit declares overall: the involvement its conventions state, or that it states none.
DeclaredInvolvement = Literal[Involvement, "undisclosed"]
UNDISCLOSED: Final = "undisclosed"


@dataclass(frozen=True, slots=True)
class Disclosure:
    """What a commit declares: involvement (none/assisted/generated/undisclosed), agents, conventions."""

    involvement: DeclaredInvolvement
    agents: tuple[Agent, ...]
    conventions: tuple[str, ...]

    @property
    def convention(self) -> str | None:
        return self.conventions[0] if self.conventions else None


@dataclass(frozen=True, slots=True)
class Analysis:
    disclosure: Disclosure
    accepted: tuple[DisclosureMatch, ...]
    # Well-formed matches of conventions the policy does not accept (strict mode).
    not_accepted: tuple[DisclosureMatch, ...]
    malformed: tuple[DisclosureMatch, ...]
    accepted_conventions: frozenset[str] = frozenset()


def analyse(message: ParsedMessage, accepted_conventions: Collection[str]) -> Analysis:
    accepted: list[DisclosureMatch] = []
    not_accepted: list[DisclosureMatch] = []
    malformed: list[DisclosureMatch] = []
    for convention in CONVENTIONS:
        for found in convention.find(message):
            if found.problem is not None:
                malformed.append(found)
            elif found.convention in accepted_conventions:
                accepted.append(found)
            else:
                not_accepted.append(found)
    return Analysis(summarise(accepted), tuple(accepted), tuple(not_accepted), tuple(malformed),
                    frozenset(accepted_conventions))


def _add_agent(agents: list[Agent], new: Agent) -> None:
    """Add ``new`` unless it names the same tool as one already listed; keep the more specific."""
    for index, known in enumerate(agents):
        if known.tool.lower() != new.tool.lower():
            continue
        if known.model is None or known.model == new.model:
            if new.model is not None or new.extras:
                agents[index] = Agent(known.tool, new.model or known.model, known.extras or new.extras)
            return
        if new.model is None:
            return
    agents.append(new)


def summarise(matches: Collection[DisclosureMatch]) -> Disclosure:
    if not matches:
        return Disclosure(UNDISCLOSED, (), ())
    involvement: Involvement = max((m.involvement for m in matches if m.involvement),
                                   key=INVOLVEMENT_RANK.__getitem__)
    agents: list[Agent] = []
    for found in matches:
        for agent in found.agents:
            _add_agent(agents, agent)
    conventions = tuple(dict.fromkeys(m.convention for m in matches))
    return Disclosure(involvement, tuple(agents), conventions)
