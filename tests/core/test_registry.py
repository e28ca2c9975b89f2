"""The registry of identities, footers and marker trailers: every entry is complete, its real example
is matched by the entry itself, and the example means what the levels say through the checker.

Levels follow one mapping: an identity as co-author, or a marker trailer, is ``assisted``; a tool's
footer, or an agent as the commit's author, is ``generated``.
"""

from __future__ import annotations

import re

import pytest

from provenance.core.conventions import KNOWN_TRAILER_KEYS, Agent
from provenance.core.identities import BUILTIN_IDENTITIES, IdentityRegistry, parse_identity
from provenance.core.message import CommitFacts
from provenance.core.registry import FOOTERS, IDENTITIES, IDENTITY_KINDS, MARKERS
from provenance.policy.checker import check_commit
from provenance.policy.config import Config

_SEEN_IN = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def _ids(entries: tuple[object, ...], attribute: str) -> list[str]:
    return [f"{getattr(e, attribute)}-{i}" for i, e in enumerate(entries)]


@pytest.mark.parametrize("known", IDENTITIES, ids=_ids(IDENTITIES, "tool"))
def test_every_identity_has_tool_source_and_an_example_it_matches(known) -> None:  # type: ignore[no-untyped-def]
    assert known.tool and known.tool == known.tool.lower() and " " not in known.tool
    assert known.kind in IDENTITY_KINDS
    assert known.source.strip() and known.example.strip() and known.seen_in.strip()
    identity = parse_identity(known.example)
    alone = IdentityRegistry([known]).match(identity)
    assert alone is not None and alone.tool == known.tool, known.example
    # ... and the whole registry, where an entry before it could shadow it, agrees on the tool.
    found = BUILTIN_IDENTITIES.match(identity)
    assert found is not None and found.tool == known.tool, known.example


def test_identity_examples_come_from_public_commits() -> None:
    # Every example names the commit it was seen in, except two whose source is the tool's documentation.
    from_docs = [k for k in IDENTITIES if not _SEEN_IN.match(k.seen_in)]
    assert {k.tool for k in from_docs} <= {"aider", "gemini"}, [k.seen_in for k in from_docs]
    assert len(IDENTITIES) - len(from_docs) >= 55


@pytest.mark.parametrize("known", IDENTITIES, ids=_ids(IDENTITIES, "tool"))
def test_every_identity_example_as_co_author_is_assisted_and_as_author_generated(known) -> None:  # type: ignore[no-untyped-def]
    co_authored = check_commit(CommitFacts(f"Change\n\nCo-authored-by: {known.example}\n"), Config())
    assert co_authored.disclosure.involvement == "assisted", known.example
    assert [a.tool for a in co_authored.disclosure.agents] == [known.tool]
    assert co_authored.findings == ()
    identity = parse_identity(known.example)
    authored = check_commit(CommitFacts("Change\n\nBody.\n", author_name=identity.name,
                                        author_email=identity.email), Config())
    assert authored.disclosure.involvement == "generated", known.example
    assert authored.disclosure.conventions == ("ai-author",)


@pytest.mark.parametrize("footer", FOOTERS, ids=_ids(FOOTERS, "tool"))
def test_every_footer_example_is_generated_by_its_tool(footer) -> None:  # type: ignore[no-untyped-def]
    assert footer.tool and footer.source.strip() and _SEEN_IN.match(footer.seen_in)
    assert re.search(footer.pattern, footer.example)
    result = check_commit(CommitFacts(f"Change\n\nBody.\n\n{footer.example}\n"), Config())
    # "Generated with" is generated; only a link to the tool's session says no more than assisted.
    assert result.disclosure.involvement == footer.level == ("assisted" if "session" in footer.example
                                                             else "generated")
    assert result.disclosure.agents == (Agent(footer.tool),)
    assert result.disclosure.conventions == (footer.convention,)
    assert result.findings == ()


@pytest.mark.parametrize("marker", MARKERS, ids=_ids(MARKERS, "key"))
def test_every_marker_example_is_assisted(marker) -> None:  # type: ignore[no-untyped-def]
    assert marker.source.strip() and _SEEN_IN.match(marker.seen_in)
    key, _, value = marker.example.partition(": ")
    assert key == marker.key and value
    result = check_commit(CommitFacts(f"Change\n\nBody.\n\n{marker.example}\n"), Config())
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.conventions == ("marker-trailer",)
    (agent,) = result.disclosure.agents
    assert agent.tool == (marker.tool or value.lower())
    assert result.findings == ()


def test_marker_companions_are_known_trailers_not_warnings() -> None:
    # anthropics/claude-code-action@49cfcf81070eac8de029f52cf67d7214185a2212
    message = ("Remove named pipes\n\nBody.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n"
               "Claude-Generated-By: Claude Code (cli/claude-opus-4-5=100%)\nClaude-Steers: 2\n"
               "Claude-Permission-Prompts: 1\nClaude-Escapes: 0\n")
    result = check_commit(CommitFacts(message), Config())
    assert result.disclosure.involvement == "assisted"
    assert result.findings == ()
    assert {"claude-steers", "claude-permission-prompts", "claude-escapes"} <= KNOWN_TRAILER_KEYS


def test_a_marker_whose_value_is_not_the_tools_is_not_a_marker() -> None:
    # Agent-Logs-Url counts only as Copilot's link to a session log on GitHub.
    result = check_commit(CommitFacts("Change\n\nAgent-Logs-Url: https://ci.example.com/logs/1\n"), Config())
    assert result.disclosure.involvement == "undisclosed"
