"""Disclosure conventions: each recognises one way people or tools declare AI involvement.

A convention is a tiny class with an id, whether it is canonical (what strict policy accepts)
and a ``find`` method that yields what it recognises in a message. They are kept in an explicit
registry, ``CONVENTIONS``, which a meta-test checks.

The registry is the one source of what disclosures look like: the trailer keys the rules know
(``DISCLOSURE_TRAILER_KEYS``, ``KNOWN_TRAILER_KEYS``), the pattern of a disclosure line
(``DISCLOSURE_LINE_RE``) and the template the hooks and hints offer (``DISCLOSURE_TEMPLATE_LINES``,
one line per canonical convention) are all derived from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal, NamedTuple

from provenance.core.identities import (
    BUILTIN_IDENTITIES,
    AiIdentity,
    Identity,
    IdentityRegistry,
    parse_identity,
)
from provenance.core.message import ParsedMessage
from provenance.core.registry import FOOTERS, IDENTITIES, MARKERS, KnownFooter, KnownMarker
from provenance.core.trailers import Trailer

Involvement = Literal["none", "assisted", "generated"]
INVOLVEMENT_RANK: dict[str, int] = {"none": 0, "assisted": 1, "generated": 2}


class Agent(NamedTuple):
    """An AI tool named by a disclosure; ``model`` and ``extras`` (kernel-form tools) where given."""

    tool: str
    model: str | None = None
    extras: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"tool": self.tool, "model": self.model}
        if self.extras:
            data["tools"] = list(self.extras)
        return data


class DisclosureMatch(NamedTuple):
    """One thing a convention recognised; ``problem`` is set when it is malformed."""

    convention: str
    canonical: bool
    involvement: Involvement | None
    agents: tuple[Agent, ...]
    line: int | None
    text: str
    problem: str | None = None
    # Set when a disclosure trailer turned out not to be one (a script path in Generated-by):
    # why, for the unrecognised-trailer warning; the commit is judged as if it were absent.
    declined: str | None = None


class Convention:
    id: ClassVar[str]
    canonical: ClassVar[bool] = False
    description: ClassVar[str]
    # Canonical conventions: the line the template and the hints offer, copyable as printed
    # (placeholders apart), and what choosing it means.
    template_line: ClassVar[str | None] = None
    template_meaning: ClassVar[str | None] = None
    # Trailer keys the convention's tool writes beside its disclosure: not disclosures themselves,
    # but not unrecognised AI trailers either.
    companion_trailer_keys: ClassVar[tuple[str, ...]] = ()

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        raise NotImplementedError

    def _match(self, involvement: Involvement | None, agents: tuple[Agent, ...], line: int | None,
               text: str, problem: str | None = None) -> DisclosureMatch:
        return DisclosureMatch(self.id, self.canonical, involvement, agents, line, text, problem)


def _agent_from_identity(found: AiIdentity) -> Agent:
    return Agent(tool=found.tool, model=found.model)


# Tool ids the registry knows, so that "Made-with: Cursor" names the same agent as Cursor's address.
KNOWN_TOOLS: frozenset[str] = frozenset(
    [i.tool for i in IDENTITIES] + [f.tool for f in FOOTERS] + [m.tool for m in MARKERS if m.tool]
)


_MODEL_TOKEN_RE = re.compile(r"\d")


def _tool_id(name: str) -> str:
    """A tool's registry id where ``name`` is one in other letters ("Crush", "Codex"), else ``name``."""
    slug = re.sub(r"[\s_]+", "-", name.strip().lower())
    return slug if slug in KNOWN_TOOLS else name


def parse_agent_spec(value: str, identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Agent | None:
    """Read ``TOOL:MODEL [EXTRA...]``, ``TOOL (MODEL)``, ``TOOL [MODEL]`` or ``TOOL MODEL-ID``.

    Model ids are recognised by the digit every published one carries (gpt-4o, claude-3-opus,
    qwen2.5-coder); without one the whole value names the tool ("generic LLM chatbot"). A tool
    the registry knows gets its id ("Crush" is crush, as its footer and address say).
    Returns None for an empty tool or model.
    """
    agent = _parse_agent_spec(value, identities)
    if agent is None:
        return None
    tool = _tool_id(agent.tool)
    return agent if tool == agent.tool else Agent(tool, agent.model, agent.extras)


def _parse_agent_spec(value: str, identities: IdentityRegistry) -> Agent | None:
    value = value.strip()
    identity = parse_identity(value)
    if identity.email:
        known = identities.match(identity)
        return _agent_from_identity(known) if known else Agent(tool=identity.name) if identity.name else None
    bracketed = re.fullmatch(r"(?P<tool>[^(\[]+?)\s*[(\[](?P<model>[^)\]]*)[)\]]\s*(?P<rest>.*)", value)
    if bracketed:
        tool, model = bracketed.group("tool").strip(), bracketed.group("model").strip()
        extras = tuple(bracketed.group("rest").split())
        return Agent(tool, model, extras) if tool and model else None
    if ":" in value:
        tool, _, rest = value.partition(":")
        words = rest.split()
        if not tool.strip() or not words:
            return None
        return Agent(tool.strip(), words[0], tuple(words[1:]))
    words = value.split()
    if not words:
        return None
    model_words: list[str] = []
    while len(words) > 1 and _MODEL_TOKEN_RE.search(words[-1]):
        model_words.insert(0, words.pop())
    return Agent(" ".join(words), " ".join(model_words) or None)


class _TrailerConvention(Convention):
    """A convention carried by trailers with one key (compared case-insensitively, as git does)."""

    key: ClassVar[str]

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        return self.find_in(message.trailer_block.trailers, identities)

    def find_in(self, trailers: Iterable[Trailer], identities: IdentityRegistry) -> Iterator[DisclosureMatch]:
        for trailer in trailers:
            if trailer.normalized_key == self.key:
                found = self.interpret(trailer, identities)
                if found is not None:
                    yield found

    def interpret(self, trailer: Trailer, identities: IdentityRegistry) -> DisclosureMatch | None:
        raise NotImplementedError

    def _text(self, trailer: Trailer) -> str:
        return f"{trailer.key}: {trailer.value}"


class AiAssistedNone(_TrailerConvention):
    id = "ai-assisted"
    canonical = True
    key = "ai-assisted"
    description = "AI-Assisted: none — the project's explicit statement that no AI was involved"
    template_line = "AI-Assisted: none"
    template_meaning = "none: no AI was involved"

    def interpret(self, trailer: Trailer, identities: IdentityRegistry) -> DisclosureMatch | None:
        if trailer.value.strip().lower() == "none":
            return self._match("none", (), trailer.line, self._text(trailer))
        return None  # any other value is AiAssistedTool's


def agent_named_by(value: str, identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Agent | None:
    """The tool a trailer value names ("Cursor", "claude-code", "aider:gpt-4o"), by its registry
    id where it has one; None for a description ("drafting, test generation") or nothing."""
    value = value.strip()
    if not value or re.search(r"[,;]", value) or len(value.split()) > 3:
        return None
    return parse_agent_spec(value, identities)


# Values that answer neither "none" nor which tool: a disclosure to fix, not a tool's name ("yes"
# too: the point of the value is which tool).
_UNDECIDED_VALUES = frozenset({"", "yes", "true", "1", "no", "n/a", "nothing", "false", "0", "maybe", "perhaps",
                               "possibly", "unknown", "unsure", "not sure", "?", "tbd"})


class AiAssistedTool(_TrailerConvention):
    id = "ai-assisted-tool"
    key = "ai-assisted"
    description = "AI-Assisted: TOOL — AI assisted; a value other than none names the tool used"

    def interpret(self, trailer: Trailer, identities: IdentityRegistry) -> DisclosureMatch | None:
        value = trailer.value.strip()
        lowered = value.lower()
        if lowered == "none":
            return None
        text = self._text(trailer)
        if lowered in _UNDECIDED_VALUES:
            return self._match(None, (), trailer.line, text,
                               problem="AI-Assisted takes only the value 'none' or the AI tool used, not "
                               f"{trailer.value!r}; "
                               f"for no AI write {AiAssistedNone.template_line}, to declare AI use "
                               f"{AssistedBy.template_line} or {GeneratedBy.template_line}")
        if any(word in _PLACEHOLDERS for word in re.split(r"[\s:()\[\]]+", value)):
            return self._match(None, (), trailer.line, text,
                               problem="AI-Assisted still holds the template's placeholder; write the tool "
                               "you used, e.g. AI-Assisted: aider")
        agent = agent_named_by(value, identities)
        return self._match("assisted", (agent,) if agent else (), trailer.line, text)


# The template's and the hint's placeholders, in the capitals they are printed in: a disclosure
# that still holds one was not filled in ("Cursor Agent" or "Tool" are names, "TOOL" is not).
_PLACEHOLDERS = frozenset({"TOOL", "MODEL", "AGENT_NAME", "MODEL_VERSION"})


# Release and translation automation signs its commits "Generated-By: REPOSITORY:SCRIPT PATH": a
# value naming a script or a file is no AI tool. Model ids have dots too (gpt-4.1, qwen2.5-coder),
# so only the extensions of scripts and their data count, and paths written as paths.
_SCRIPT_TOKEN_RE = re.compile(
    r"(?:^|[\s:=(])(?:\.{1,2}/|~/|/)[\w.-]"
    r"|\.(?:py|sh|bash|zsh|pl|rb|js|mjs|cjs|ts|go|rs|php|ps1|bat|cmd|mk|yml|yaml|json|toml|xml|j2|tpl|lua|awk)"
    r"(?=$|[\s),;])",
    re.IGNORECASE,
)


def names_a_script(value: str) -> bool:
    """Whether a disclosure's value names a script or file (``repo:path/to/update.sh``), not a tool."""
    return "://" not in value and bool(_SCRIPT_TOKEN_RE.search(value))


class _AgentTrailer(_TrailerConvention):
    involvement: ClassVar[Involvement]
    usage: ClassVar[str]
    example: ClassVar[str]  # a filled-in line, shown when a placeholder was left in

    def interpret(self, trailer: Trailer, identities: IdentityRegistry) -> DisclosureMatch:
        value = trailer.value.strip()
        if names_a_script(value):
            return DisclosureMatch(self.id, self.canonical, None, (), trailer.line, self._text(trailer),
                                   declined="names a script or file, not an AI tool (release or "
                                   "translation automation writes this)")
        if value.lower() in ("none", "no", "n/a", "nothing"):
            return self._match(None, (), trailer.line, self._text(trailer),
                               problem=f"{trailer.key} names the AI tool used; for no AI write "
                               f"{AiAssistedNone.template_line}")
        agent = parse_agent_spec(value, identities)
        if any(word in _PLACEHOLDERS for word in re.split(r"[\s:()\[\]]+", value)):
            return self._match(None, (), trailer.line, self._text(trailer),
                               problem=f"{trailer.key} still holds the template's placeholder; write the tool "
                               f"and model you used, e.g. {self.example}")
        if agent is None:
            return self._match(None, (), trailer.line, self._text(trailer),
                               problem=f"{trailer.key} needs a tool name and, where given, a model: {self.usage}")
        return self._match(self.involvement, (agent,), trailer.line, self._text(trailer))


class AssistedBy(_AgentTrailer):
    id = "assisted-by"
    canonical = True
    key = "assisted-by"
    involvement = "assisted"
    usage = "Assisted-by: AGENT_NAME:MODEL_VERSION [TOOL1] [TOOL2]"
    example = "Assisted-by: aider:gpt-4o"
    description = "Assisted-by: AGENT:MODEL [TOOLS] (Linux kernel, Fedora, LLVM) — AI assisted, human revised"
    template_line = "Assisted-by: TOOL:MODEL"
    template_meaning = "Assisted-by: AI helped and you wrote or revised the code"


class GeneratedBy(_AgentTrailer):
    id = "generated-by"
    canonical = True
    key = "generated-by"
    involvement = "generated"
    usage = "Generated-by: TOOL [MODEL]"
    example = "Generated-by: aider gpt-4o"
    description = "Generated-by: TOOL [MODEL] (ASF, OpenStack) — mostly machine-written"
    template_line = "Generated-by: TOOL MODEL"
    template_meaning = "Generated-by: AI wrote most of it"


class CoAuthoredByAi(_TrailerConvention):
    id = "co-authored-by"
    key = "co-authored-by"
    description = ("Co-authored-by: with a known AI identity (Claude, Copilot, Codex, Cursor, OpenHands, Devin, "
                   "Jules, AI review apps, …: git provenance rules --identities)")

    def interpret(self, trailer: Trailer, identities: IdentityRegistry) -> DisclosureMatch | None:
        found = identities.match(parse_identity(trailer.value))
        if found is None:
            return None  # a person: co-authorship, not a disclosure
        return self._match(found.level or "assisted", (_agent_from_identity(found),), trailer.line,
                           self._text(trailer))


class CoAuthoredByAiKey(_AgentTrailer):
    id = "co-authored-by-ai"
    key = "co-authored-by-ai"
    involvement = "assisted"
    usage = "Co-authored-by-AI: TOOL (MODEL)"
    example = "Co-authored-by-AI: aider (gpt-4o)"
    description = "Co-authored-by-AI: TOOL (MODEL) (OpenLiberty)"


_MARKERS: dict[str, tuple[KnownMarker, re.Pattern[str] | None]] = {
    m.key.lower(): (m, re.compile(m.value_pattern) if m.value_pattern else None) for m in MARKERS
}


class MarkerTrailer(Convention):
    id = "marker-trailer"
    description = ("a trailer a tool writes when it was used (Made-with: Cursor, Amp-Thread-ID, Claude-Session, "
                   "Claude-Generated-By, Copilot-Session, …)")

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        return self.find_in(message.trailer_block.trailers, identities)

    def find_in(self, trailers: Iterable[Trailer], identities: IdentityRegistry) -> Iterator[DisclosureMatch]:
        for trailer in trailers:
            known = _MARKERS.get(trailer.normalized_key)
            if known is None:
                continue
            marker, value_pattern = known
            if value_pattern is not None and not value_pattern.match(trailer.value.strip()):
                continue
            agent = Agent(marker.tool) if marker.tool else agent_named_by(trailer.value, identities)
            yield self._match("assisted", (agent,) if agent else (), trailer.line,
                              f"{trailer.key}: {trailer.value}")


# A footer stands at the start of its line, after at most an emoji or some punctuation ("🤖 ",
# "🐈‍⬛ ", "ᕕ( ᐛ )ᕗ  ", "_"), or after the robot wherever a one-line squash left it: a sentence that
# mentions one ("Remove the "Generated with Crush" line") is no footer.
_ROBOT = "\N{ROBOT FACE}"
_FOOTER_START = r"(?:^[^A-Za-z0-9\n]{0,12}|\N{ROBOT FACE}\s*)"


def _footer_pattern(pattern: str) -> re.Pattern[str]:
    flags = re.IGNORECASE if pattern.startswith("(?i)") else 0
    pattern = pattern.removeprefix("(?i)")
    return re.compile(pattern if pattern.startswith("^") else _FOOTER_START + "(?:" + pattern + ")", flags)


_FOOTERS: tuple[tuple[KnownFooter, re.Pattern[str]], ...] = tuple((f, _footer_pattern(f.pattern)) for f in FOOTERS)


def _any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (each keeps its own case rule)."""
    return re.compile("|".join(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns))


class _FooterConvention(Convention):
    """Footer lines of the registry that carry this convention's id; one match per footer."""

    def __init__(self) -> None:
        self._footers = tuple((footer, pattern) for footer, pattern in _FOOTERS if footer.convention == self.id)
        # verify reads every line of every message: a line is tried against all the footers at once,
        # and only a line holding one is tried against each.
        self._any_footer = _any_of(pattern for _, pattern in self._footers)

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        seen: set[KnownFooter] = set()
        any_footer = self._any_footer
        for number, line in message.content_lines:
            # Every footer pattern is anchored at the line's start but for the robot's alternative,
            # so without a robot in the line matching at its start is the same as searching along it.
            anywhere = _ROBOT in line
            if not (any_footer.search(line) if anywhere else any_footer.match(line)):
                continue
            for footer, pattern in self._footers:
                if footer not in seen and (pattern.search(line) if anywhere else pattern.match(line)):
                    seen.add(footer)
                    yield self._match(footer.level, (Agent(footer.tool),), number, line.strip())


class ClaudeCodeFooter(_FooterConvention):
    id = "claude-code-footer"
    description = "Claude Code's '🤖 Generated with [Claude Code](…)' footer, or its session link (assisted)"


class ToolFooter(_FooterConvention):
    id = "tool-footer"
    description = ("another tool's 'Generated with' footer (Crush, Continue, opencode, Nori, Mistral Vibe, …: "
                   "git provenance rules --identities)")


class AiderAuthor(Convention):
    id = "aider-author"
    description = "aider's ' (aider)' suffix on the author or committer name"

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        facts = message.facts
        for role, name in (("author", facts.author_name), ("committer", facts.committer_name)):
            if name.rstrip().endswith("(aider)"):
                yield self._match("generated", (Agent("aider"),), None, f"{role}: {name}")
                return


class AiderSubject(Convention):
    id = "aider-subject"
    description = "aider's 'aider: ' subject prefix"

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        if message.subject.startswith("aider: "):
            line = next((n for n, text in message.content_lines if text.strip()), None)
            yield self._match("generated", (Agent("aider"),), line, message.subject)


class AiAuthor(Convention):
    id = "ai-author"
    description = "an AI agent as the commit's author (copilot-swe-agent[bot], Cursor Agent, openhands, …)"

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        facts = message.facts
        found = identities.match(Identity(facts.author_name, facts.author_email))
        if found is not None:
            yield self._match(found.level or "generated", (_agent_from_identity(found),), None,
                              f"author: {facts.author_name} <{facts.author_email}>")


class DisclosureInBody(Convention):
    """Disclosure, co-author and marker lines outside the final trailer block, read as the trailer
    conventions read them: a squash merge lists its commits' trailers in its body, and people put
    a disclosure above a last paragraph of plain text. Only AI involvement is taken from there, never
    a claim of none: that must be a trailer git reads. The misplaced-disclosure rule still warns."""

    id = "disclosure-in-body"
    description = "an AI disclosure, co-author or marker line outside the trailer block: recognised, not accepted"
    _line = re.compile(r"^(?P<indent>[ \t]*)(?P<key>[A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(?P<value>\S.*?)\s*$")

    def __init__(self, readers: tuple[_TrailerConvention | MarkerTrailer, ...]) -> None:
        self._readers = readers

    @staticmethod
    def _unquoted(line: re.Match[str]) -> bool:
        """An indented line is an example quoted in the text, unless it credits a co-author by
        address (``git merge --squash`` indents the messages it collects)."""
        return not line.group("indent") or line.group("key").lower() == "co-authored-by"

    def find(self, message: ParsedMessage,
             identities: IdentityRegistry = BUILTIN_IDENTITIES) -> Iterator[DisclosureMatch]:
        in_block = {trailer.line for trailer in message.trailer_block.trailers}
        lines = [Trailer(m.group("key"), m.group("value"), number) for number, line in message.content_lines
                 if number not in in_block and (m := self._line.match(line)) and self._unquoted(m)]
        for reader in self._readers:
            for found in reader.find_in(lines, identities):
                if found.involvement in ("assisted", "generated") and found.problem is None and not found.declined:
                    yield self._match(found.involvement, found.agents, found.line, found.text)


_AI_ASSISTED_NONE = AiAssistedNone()
_AI_ASSISTED_TOOL = AiAssistedTool()
_ASSISTED_BY = AssistedBy()
_GENERATED_BY = GeneratedBy()
_CO_AUTHORED_BY_AI = CoAuthoredByAi()
_CO_AUTHORED_BY_AI_KEY = CoAuthoredByAiKey()
_MARKER_TRAILER = MarkerTrailer()

CONVENTIONS: tuple[Convention, ...] = (
    _AI_ASSISTED_NONE,
    _AI_ASSISTED_TOOL,
    _ASSISTED_BY,
    _GENERATED_BY,
    _CO_AUTHORED_BY_AI,
    _CO_AUTHORED_BY_AI_KEY,
    _MARKER_TRAILER,
    DisclosureInBody((_AI_ASSISTED_TOOL, _ASSISTED_BY, _GENERATED_BY, _CO_AUTHORED_BY_AI, _CO_AUTHORED_BY_AI_KEY,
                      _MARKER_TRAILER)),
    ClaudeCodeFooter(),
    ToolFooter(),
    AiderAuthor(),
    AiderSubject(),
    AiAuthor(),
)
CONVENTION_IDS: frozenset[str] = frozenset(c.id for c in CONVENTIONS)
CANONICAL_IDS: frozenset[str] = frozenset(c.id for c in CONVENTIONS if c.canonical)

# Keys of the trailers that carry a disclosure, in lower case as git compares them. Marker trailers
# are not among them: tools write those, and where (Copilot's agent puts Agent-Logs-Url in the body)
# is not the committer's to fix, so a misplaced one gets no warning.
DISCLOSURE_TRAILER_KEYS: frozenset[str] = frozenset(
    c.key for c in CONVENTIONS if isinstance(c, _TrailerConvention)
)
# Trailer keys that conventions read (or tools write beside them) and so are not "unrecognised".
KNOWN_TRAILER_KEYS: frozenset[str] = DISCLOSURE_TRAILER_KEYS | frozenset(_MARKERS) | frozenset(
    key for c in CONVENTIONS for key in c.companion_trailer_keys
) | frozenset(key.lower() for m in MARKERS for key in m.companions)
# A line that starts like a disclosure trailer, wherever it stands in the message. Longest key
# first, so that a key which extends another (co-authored-by-ai) is tried before it.
DISCLOSURE_LINE_RE: re.Pattern[str] = re.compile(
    r"^\s*(" + "|".join(re.escape(key) for key in sorted(DISCLOSURE_TRAILER_KEYS, key=lambda k: (-len(k), k)))
    + r")\s*:",
    re.IGNORECASE,
)

# What to add when a disclosure is missing, shown by the hooks and by verify: one line per
# canonical convention, in registry order, each copyable as it is (placeholders apart); what
# they mean is said once, below them.
DISCLOSURE_TEMPLATE_LINES: tuple[str, ...] = tuple(
    c.template_line for c in CONVENTIONS if c.canonical and c.template_line
)
DISCLOSURE_TEMPLATE_MEANING: str = "; ".join(
    c.template_meaning for c in CONVENTIONS if c.canonical and c.template_meaning
)

