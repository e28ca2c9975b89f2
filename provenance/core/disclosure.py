"""Normalise whatever conventions a message uses into one disclosure record."""

from __future__ import annotations

from collections.abc import Collection
from typing import Final, Literal, NamedTuple

from provenance.core.conventions import (
    CONVENTIONS,
    INVOLVEMENT_RANK,
    Agent,
    DisclosureMatch,
    Involvement,
)
from provenance.core.identities import BUILTIN_IDENTITIES, IdentityRegistry
from provenance.core.message import ParsedMessage

# What a commit declares overall: the involvement its conventions state, or that it states none.
DeclaredInvolvement = Literal[Involvement, "undisclosed"]
UNDISCLOSED: Final = "undisclosed"


class Disclosure(NamedTuple):
    """What a commit declares: involvement (none/assisted/generated/undisclosed), agents, conventions."""

    involvement: DeclaredInvolvement
    agents: tuple[Agent, ...]
    conventions: tuple[str, ...]

    @property
    def convention(self) -> str | None:
        return self.conventions[0] if self.conventions else None


class Analysis(NamedTuple):
    disclosure: Disclosure
    accepted: tuple[DisclosureMatch, ...]
    # Well-formed matches of conventions the policy does not accept (strict mode).
    not_accepted: tuple[DisclosureMatch, ...]
    malformed: tuple[DisclosureMatch, ...]
    accepted_conventions: frozenset[str] = frozenset()
    # Disclosure trailers that turned out not to be disclosures (a script path in Generated-by).
    declined: tuple[DisclosureMatch, ...] = ()
    # The identities the message was read with (the built-in ones and the repository's own).
    identities: IdentityRegistry = BUILTIN_IDENTITIES


def analyse(message: ParsedMessage, accepted_conventions: Collection[str],
            identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Analysis:
    """What ``message`` discloses under a policy accepting ``accepted_conventions``, with the
    built-in AI identities or ``identities`` (the built-in ones and a repository's own)."""
    sorted_matches: dict[str, list[DisclosureMatch]] = {
        "accepted": [], "not_accepted": [], "malformed": [], "declined": []}
    for convention in CONVENTIONS:
        for found in convention.find(message, identities):
            sorted_matches[_kind(found, accepted_conventions)].append(found)
    accepted = sorted_matches["accepted"]
    return Analysis(summarise(accepted), tuple(accepted), tuple(sorted_matches["not_accepted"]),
                    tuple(sorted_matches["malformed"]), frozenset(accepted_conventions),
                    tuple(sorted_matches["declined"]), identities)


def _kind(found: DisclosureMatch, accepted_conventions: Collection[str]) -> str:
    if found.declined is not None:
        return "declined"
    if found.problem is not None:
        return "malformed"
    return "accepted" if found.convention in accepted_conventions else "not_accepted"


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
