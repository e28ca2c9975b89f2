"""Known AI identities: the names and addresses coding tools write into commits by default.

A human who happens to be called Claude must not be mistaken for Claude Code, so an identity is
matched on its address wherever the tool uses a fixed one, and on the name only where the name
itself cannot belong to a person (``copilot-swe-agent[bot]``, ``aider (gpt-4o)``).
Spellings come from shared/research/disclosure-conventions.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_IDENT_RE = re.compile(r"^\s*(?P<name>.*?)\s*<(?P<email>[^<>]*)>\s*$")


@dataclass(frozen=True)
class Identity:
    name: str
    email: str


@dataclass(frozen=True)
class AiIdentity:
    """An identity that belongs to a tool; ``model`` where the identity names one."""

    tool: str
    model: str | None


def parse_identity(value: str) -> Identity:
    """``Name <email>`` into its parts; a value without an address is all name."""
    match = _IDENT_RE.match(value)
    if match:
        return Identity(match.group("name").strip(), match.group("email").strip())
    return Identity(value.strip(), "")


def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", text.strip()).lower()


@dataclass(frozen=True)
class _Pattern:
    tool: str
    email: re.Pattern[str] | None = None
    name: re.Pattern[str] | None = None
    # When both are given, both must match; a lone name pattern must be unambiguous by itself.

    def matches(self, identity: Identity) -> dict[str, str | None] | None:
        """The named groups of a match (``model`` where the pattern has one), or None."""
        if self.email and not self.email.search(identity.email):
            return None
        if self.name is None:
            return {}
        name_match = self.name.search(identity.name)
        return name_match.groupdict() if name_match else None


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern("claude-code", email=_rx(r"^noreply@anthropic\.com$"), name=_rx(r"^claude(?:\s+(?P<model>.+))?$")),
    _Pattern("copilot", email=_rx(r"^\d+\+copilot@users\.noreply\.github\.com$")),
    _Pattern("copilot", name=_rx(r"^copilot-swe-agent\[bot\]$")),
    _Pattern("codex", email=_rx(r"^codex@openai\.com$")),
    _Pattern("cursor", email=_rx(r"^cursoragent@cursor\.com$")),
    _Pattern("aider", name=_rx(r"^aider\s*\((?P<model>[^)]+)\)$")),
    _Pattern("aider", email=_rx(r"^aider@aider\.chat$")),
    _Pattern("opencode", email=_rx(r"^noreply@opencode\.ai$")),
    _Pattern("gemini", name=_rx(r"^gemini(?:\s+(?P<model>.+))?$"), email=_rx(r"@google\.com$")),
    _Pattern("gemini", name=_rx(r"^(?:gemini-code-assist|google-labs-jules)\[bot\]$")),
    _Pattern("devin", name=_rx(r"^devin-ai-integration\[bot\]$")),
)


# A history repeats the same few authors and co-authors thousands of times.
@lru_cache(maxsize=4096)
def match_ai_identity(identity: Identity) -> AiIdentity | None:
    """The tool behind ``identity``, or None for a person (or anything we do not know)."""
    for pattern in _PATTERNS:
        groups = pattern.matches(identity)
        if groups is None:
            continue
        model = groups.get("model")
        if pattern.tool == "claude-code" and model:
            model = _slug("claude " + model)
        return AiIdentity(tool=pattern.tool, model=model.strip() if model else None)
    return None
