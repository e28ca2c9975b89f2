"""Identities written without an address, and AI identities in any letter case.

Caught here (mutation testing): an identity without ``<email>`` losing its name or getting no
address at all; a co-author named only by a tool-specific name (aider's ``aider (MODEL)``).
"""

from __future__ import annotations

import pytest

from provenance.core.identities import AiIdentity, Identity, match_ai_identity, parse_identity


@pytest.mark.parametrize(("value", "identity"), [
    ("Ada Lovelace <ada@example.com>", Identity("Ada Lovelace", "ada@example.com")),
    ("  Ada Lovelace   <  ada@example.com >  ", Identity("Ada Lovelace", "ada@example.com")),
    ("<ada@example.com>", Identity("", "ada@example.com")),
    ("aider (gpt-4o)", Identity("aider (gpt-4o)", "")),
    ("  Claude  ", Identity("Claude", "")),
    ("", Identity("", "")),
])
def test_parse_identity(value: str, identity: Identity) -> None:
    assert parse_identity(value) == identity


@pytest.mark.parametrize(("value", "expected"), [
    ("aider (gpt-4o)", AiIdentity("aider", "gpt-4o")),                      # no address: the name decides
    ("copilot-swe-agent[bot]", AiIdentity("copilot", None)),
    ("CLAUDE OPUS 4 <NoReply@Anthropic.com>", AiIdentity("claude-code", "claude-opus-4")),
    ("Claude   Sonnet  4.5 <noreply@anthropic.com>", AiIdentity("claude-code", "claude-sonnet-4.5")),
    ("Claude", None),                                                       # a person may be called Claude
    ("Claude <claude@example.com>", None),
    ("aider", None),
])
def test_identities_written_without_an_address_or_in_other_cases(value: str, expected: AiIdentity | None) -> None:
    assert match_ai_identity(parse_identity(value)) == expected
