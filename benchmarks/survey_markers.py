"""The recognition survey's own marker rules (issue 9): which real commits carry an AI marker.

These rules are written from what the survey found in real histories, independently of the product's
registries (provenance/core), so that the product can be measured against them. They are plain
regular expressions over a commit's author identity and its raw message:

* An **identity** (author or ``Co-authored-by:``) is an AI tool's when its *address* matches one
  of ``IDENTITY_RULES`` (a tool's fixed address, its GitHub numbered no-reply form or a ``[bot]``
  login). A name alone never decides: a person called Devin, Amp or Claude stays a person.
* A **trailer key** from ``TRAILER_RULES`` (``Made-with: Cursor``, ``Amp-Thread-ID:``,
  ``Claude-Session:``, ``Assisted-by: TOOL``, ``Generated-by: TOOL``, ``AI-assisted: TOOL``, ...).
  A ``Generated-by`` whose value is a script path (``repo:scripts/x.py``) names automation, not AI.
* A tool's **footer** from ``FOOTER_RULES`` (``🤖 Generated with [Claude Code](…)``,
  ``Generated with [Continue](…)``, ``💘 Generated with Crush``, ...), at the start of a line.

Marker lines are looked for anywhere in the message (a ``---`` line does not end them: squashed
commits carry their co-authors below one); a marker trailer other than a co-author is an example,
not a marker, when it is indented like a code block or still holds a template placeholder.

Levels: a marker trailer or an AI co-author is ``assisted``; a tool's footer, a
``Generated-by: TOOL`` trailer or an AI agent as the commit's author is ``generated``; the highest
wins.

A commit with no marker but a **weak signal** (a tool's bare name on an unknown address, an AI
committer under a person's authorship (an agent that rebased or committed their change), a prose
``AI disclosure: ...`` line, an unknown ``[bot]`` author, an unknown "Generated with" footer that
names AI) is ``ambiguous``: it is counted neither as AI-marked nor as human. Everything else is
``human`` (no AI marker; automation bots such as dependabot are in this class).

Tool ids (the ``expected_tools`` vocabulary of tests/core/data/recognition/commits.jsonl):
agent and review-bot ids as below (claude-code, codex, copilot, cursor, openhands, roo-code,
continue, cline, crush, cliffy, amp, devin, jules, gemini, opencode, qwen-code, factory-droid, warp,
windsurf, mentat, aider, mintlify, coderabbit, ellipsis, greptile, cubic, codeflash, hyperlint,
sourcery, sweep, codegen, codebeaver); a trailer value that names only a model gives ``llm:FAMILY``
(llm:claude, llm:gpt, llm:glm, llm:kimi, llm:qwen, ...), and one naming nothing known ``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

LEVEL_RANK = {"none": 0, "assisted": 1, "generated": 2}

_GH_BOT = r"^(?:\d+\+)?{login}\[bot\]@users\.noreply\.github\.com$"


def _bot(login: str) -> str:
    return _GH_BOT.format(login=login)


@dataclass(frozen=True)
class IdentityRule:
    rule: str
    tool: str
    email: re.Pattern[str]
    # Only where one address is shared by AI and non-AI uses (GitHub's security bot).
    name: re.Pattern[str] | None = None


def _identity(rule: str, tool: str, email: str, name: str | None = None) -> IdentityRule:
    return IdentityRule(rule, tool, re.compile(email, re.I), re.compile(name, re.I) if name else None)


IDENTITY_RULES: tuple[IdentityRule, ...] = (
    _identity("anthropic-noreply", "claude-code", r"^noreply@anthropic\.com$"),
    _identity("claude-anthropic-address", "claude-code", r"^claude@anthropic\.com$"),
    _identity("claude-bot", "claude-code", _bot(r"claude(?:-code)?")),
    # The Claude agent on GitHub (anthropic-code-agent[bot]) writes as the numbered no-reply of "Claude".
    _identity("claude-agent-noreply", "claude-code", r"^242468646\+claude@users\.noreply\.github\.com$"),
    _identity("openai-noreply", "codex", r"^(?:noreply|codex)@openai\.com$"),
    _identity("codex-connector-bot", "codex", _bot(r"chatgpt-codex-connector")),
    _identity("copilot-noreply", "copilot", r"^\d+\+copilot@users\.noreply\.github\.com$"),
    _identity("copilot-address", "copilot", r"^copilot@github\.com$"),
    _identity("copilot-swe-agent-bot", "copilot", _bot(r"copilot-swe-agent")),
    _identity("copilot-autofix", "copilot", _bot(r"github-(?:advanced-security|code-quality)"), r"\bcopilot\b"),
    _identity("cursor-agent", "cursor", r"^cursoragent@cursor\.com$"),
    _identity("cursor-bot", "cursor", _bot(r"cursor")),
    _identity("openhands-address", "openhands", r"^(?:openhands|opendevin|openhands-claude)@all-hands\.dev$"),
    _identity("opendevin-address", "openhands", r"^opendevin@opendevin\.ai$"),
    _identity("openhands-bot", "openhands", _bot(r"openhands(?:-agent|-ai)?")),
    _identity("roomote-address", "roo-code", r"^roomote@roocode\.com$"),
    _identity("roomote-bot", "roo-code", _bot(r"roomote(?:-v0)?")),
    _identity("continue-address", "continue", r"^(?:noreply|agent)@continue\.dev$"),
    _identity("continue-bot", "continue", _bot(r"continue(?:-staging)?")),
    _identity("cline-agent", "cline", r"^(?:\d+\+)?cline-agent@users\.noreply\.github\.com$"),
    _identity("crush-address", "crush", r"^(?:crush@charm\.land|noreply@crush\.charm\.land)$"),
    _identity("termai-address", "crush", r"^noreply@termai\.io$"),  # Crush's earliest name
    _identity("amp-address", "amp", r"^amp@ampcode\.com$"),
    _identity("devin-bot", "devin", _bot(r"devin-ai-integration")),
    _identity("jules-bot", "jules", _bot(r"google-labs-jules")),
    _identity("gemini-code-assist-bot", "gemini", _bot(r"gemini-code-assist")),
    _identity("gemini-cli-bot", "gemini", _bot(r"gemini-cli")),
    _identity("opencode-address", "opencode", r"^noreply@opencode\.ai$"),
    _identity("opencode-bot", "opencode", _bot(r"opencode(?:-agent)?")),
    _identity("qwen-coder-address", "qwen-code", r"^qwen-coder@alibabacloud\.com$"),
    _identity("factory-droid-bot", "factory-droid", _bot(r"factory-droid")),
    # Warp's agent, Oz, credits itself as oz-agent@warp.dev (livekit/agents 523492d6).
    _identity("warp-address", "warp", r"^(?:oz-)?agent@warp\.dev$"),
    _identity("windsurf-address", "windsurf", r"^noreply@windsurf\.com$"),
    _identity("mentat-bot", "mentat", r"^\d+\+mentatbot@users\.noreply\.github\.com$"),
    _identity("aider-address", "aider", r"^aider@aider\.chat$"),
    _identity("aider-name", "aider", r"", r"\(aider\)\s*$"),  # aider's own convention: "Name (aider)"
    _identity("cline-cloud-bot", "cline", _bot(r"cline-cloud")),
    _identity("codebeaver-bot", "codebeaver", _bot(r"codebeaver-ai")),
    # AI review and fix bots: their suggested changes, committed, carry them as co-author.
    _identity("coderabbit-bot", "coderabbit", _bot(r"coderabbitai")),
    _identity("ellipsis-bot", "ellipsis", _bot(r"ellipsis-dev")),
    _identity("greptile-bot", "greptile", _bot(r"greptile-apps")),
    _identity("cubic-bot", "cubic", _bot(r"cubic-dev-ai")),
    _identity("codeflash-bot", "codeflash", _bot(r"codeflash-ai")),
    _identity("hyperlint-bot", "hyperlint", _bot(r"hyperlint-ai")),
    _identity("sourcery-bot", "sourcery", _bot(r"sourcery-ai")),
    _identity("sweep-bot", "sweep", _bot(r"sweep-ai")),
    _identity("codegen-bot", "codegen", _bot(r"codegen-sh")),
)

# Bots that write commits without AI (dependency updates, releases, formatting, policy).
AUTOMATION_BOT_RE = re.compile(
    r"dependabot|renovate|github-actions|semantic-release|snyk-bot|allhands-bot|gemini-cli-robot|"
    r"ghostty-vouch|microsoft-github-(?:policy-service|operations)|vercel|mintlify|pre-commit-ci|"
    r"changeset-bot|release-please|web-flow|imgbot|allcontributors|stainless-app|codecov|netlify|"
    r"copybara|pull\[bot\]|deepsource-autofix|autofix-ci|lingodotdev|crowdin|transifex|weblate",
    re.I)

_IDENT_RE = re.compile(r"^\s*(?P<name>[^<>]*?)\s*<(?P<email>[^<>]*)>")
# "Name name@host" without the angle brackets (seen in OpenHands squashes): the address still counts.
_BARE_EMAIL_RE = re.compile(r"^\s*(?P<name>.*?)\s+(?P<email>[^\s<>@]+@[^\s<>@]+\.[a-z]+)\s*$", re.I)
# A tool's bare name (optionally with a model or an "Agent"/"AI"/"Bot" word) is a weak signal.
_TOOL_NAME_RE = re.compile(
    r"^(?:claude|codex|copilot|gemini|openhands|opendevin|devin|cursor|amp|jules|chatgpt|gpt|roo|"
    r"roomote|cline|continue|crush|goose|qwen|opencode|windsurf|warp|aider|kiro|droid)"
    r"(?:[\s_-]+(?:ai|agent|bot|app|code|cli|assistant|opus|sonnet|haiku|fable|lab|claude|gpt|gemini|"
    r"[a-z]*\d[\w.-]*|\(.*\)))*"
    r"(?:\[bot\])?$", re.I)


# A tool's name anywhere in a name (for address-less co-authors and the census of look-alikes).
TOOL_WORD_RE = re.compile(r"(?<![a-z])(devin|amp|claude|codex|copilot|cursor|jules|gemini|cline|crush|roo|"
                          r"continue|openhands|opendevin)(?![a-z])", re.I)


@dataclass(frozen=True)
class Identity:
    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


def parse_identity(value: str) -> Identity:
    match = _IDENT_RE.match(value)
    if match is None or "@" not in match.group("email"):  # "OpenHands-<MODEL_ID> x@y" is a bare address
        match = _BARE_EMAIL_RE.match(value) or match
    if match:
        return Identity(match.group("name").strip().strip('"'), match.group("email").strip().strip('"'))
    return Identity(value.strip(), "")


def identity_rule(identity: Identity) -> IdentityRule | None:
    """The rule that makes ``identity`` an AI tool's, or None (a person, or unknown)."""
    email = identity.email.lower()
    for rule in IDENTITY_RULES:
        if rule.email.search(email) and (rule.name is None or rule.name.search(identity.name)):
            return rule
    return None


def looks_like_tool_name(identity: Identity) -> bool:
    return bool(_TOOL_NAME_RE.match(identity.name.strip()))


def is_bot(identity: Identity) -> bool:
    return "[bot]" in identity.name.lower() or "[bot]" in identity.email.lower()


# --- trailer keys -------------------------------------------------------------------------------

# Agent names first ("Claude Sonnet 4 via Crush" is Crush), then model families.
_AGENT_WORDS: tuple[tuple[str, str], ...] = (
    ("crush", "crush"), ("cursor", "cursor"), ("copilot", "copilot"), ("codex", "codex"),
    ("claude code", "claude-code"), ("claude-code", "claude-code"), ("openhands", "openhands"),
    ("devin", "devin"), ("amp", "amp"), ("jules", "jules"), ("gemini cli", "gemini"),
    ("gemini-cli", "gemini"), ("mintlify", "mintlify"), ("opencode", "opencode"), ("aider", "aider"),
    ("cline", "cline"), ("roo", "roo-code"), ("continue", "continue"), ("goose", "goose"),
    ("windsurf", "windsurf"), ("qwen code", "qwen-code"), ("pi", "pi"),
)
_MODEL_WORDS: tuple[tuple[str, str], ...] = (
    ("claude", "llm:claude"), ("gpt", "llm:gpt"), ("openai", "llm:gpt"), ("o3", "llm:gpt"),
    ("gemini", "llm:gemini"), ("glm", "llm:glm"), ("kimi", "llm:kimi"), ("qwen", "llm:qwen"),
    ("deepseek", "llm:deepseek"), ("grok", "llm:grok"), ("llama", "llm:llama"), ("mistral", "llm:mistral"),
)


def tool_from_value(value: str) -> str:
    text = value.lower()
    for words in (_AGENT_WORDS, _MODEL_WORDS):
        for word, tool in words:
            if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text):
                return tool
    identity = parse_identity(value)
    rule = identity_rule(identity) if identity.email else None
    return rule.tool if rule else "unknown"


_NO_AI_RE = re.compile(r"^\s*(?:none|no|n/?a|nothing|false)\b|\bno ai\b|\bnot? (?:use[ds]?|assisted)\b", re.I)
# A script path or repository:path value (release/translation automation), not an AI tool.
_PATH_VALUE_RE = re.compile(r"[\w.-]+/[\w./-]+|\.(?:py|sh|js|ts|rb|pl|go)\b|^[\w.-]+:[\w./-]+$")


@dataclass(frozen=True)
class TrailerRule:
    key: str  # lower case
    level: str
    tool: str | None  # None: read the tool from the value
    value: re.Pattern[str] | None = None  # the value must match (Made-with: Cursor)


def _trailer(key: str, level: str, tool: str | None, value: str | None = None) -> TrailerRule:
    return TrailerRule(key, level, tool, re.compile(value, re.I) if value else None)


TRAILER_RULES: dict[str, TrailerRule] = {rule.key: rule for rule in (
    _trailer("made-with", "assisted", "cursor", r"^\s*cursor\b"),
    _trailer("amp-thread-id", "assisted", "amp"),
    _trailer("claude-session", "assisted", "claude-code"),
    _trailer("claude-generated-by", "assisted", "claude-code"),
    _trailer("claude-plan", "assisted", "claude-code"),
    _trailer("claude-steers", "assisted", "claude-code"),
    _trailer("claude-permission-prompts", "assisted", "claude-code"),
    _trailer("claude-escapes", "assisted", "claude-code"),
    _trailer("copilot-session", "assisted", "copilot"),
    _trailer("agent-logs-url", "assisted", "copilot", r"github\.com/.+/(?:agent-)?sessions/"),
    _trailer("assisted-by", "assisted", None),
    _trailer("generated-by", "generated", None),
    _trailer("ai-assisted", "assisted", None),
    _trailer("co-authored-by-ai", "assisted", None),
)}

# A line that looks like a git trailer: TOKEN ":" VALUE (git's token: letters, digits and "-").
TRAILER_LINE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<key>[A-Za-z][A-Za-z0-9-]*)[ \t]*:(?!//)[ \t]*(?P<value>\S.*?)\s*$", re.M)
# A trailer quoted as an example: indented like a code block, or still holding a template's placeholder.
_QUOTED_INDENT_RE = re.compile(r"^(?: {4}|\t)")
_PLACEHOLDER_RE = re.compile(r"\b(?:AGENT_NAME|MODEL_VERSION|TOOL|MODEL)\b")
_PROSE_DISCLOSURE_RE = re.compile(
    r"^\W*AI[ _](?:disclosure|disclaimer|usage|use|assistance|generated|tools?(?: used)?)\b[^:\n]*:(?P<value>.*)$",
    re.I | re.M)

# --- footers ------------------------------------------------------------------------------------

# At the start of a line, or after the robot wherever it stands (one-line squashes keep it inline).
# Claude Code on the web writes "_Generated by [Claude Code](…session…)_", its link text sometimes
# wrapped onto two lines; the italics underscore may lead the line.
FOOTER_LINE_RE = re.compile(r"(?:^[^\w\n\[]{0,8}_?|\N{ROBOT FACE}\s*)(?P<text>Generated (?:with|by) .+?)\s*$", re.M)
_WRAPPED_LINK_TEXT_RE = re.compile(r"\[([^\]\n]*)\n([^\]\n]*)\]\(")
FOOTER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (tool, re.compile(r"^Generated (?:with|by) \[?\s*" + pattern + r"\s*\]?(?:\s*\(|\s*$|\s*\[|\s+\S*https?:)", re.I))
    for tool, pattern in (
        ("claude-code", r"Claude Code"), ("continue", r"Continue"), ("crush", r"Crush"),
        ("crush", r"termai"), ("cliffy", r"Cliffy"), ("devin", r"Devin"), ("opencode", r"opencode"),
        ("codex", r"(?:OpenAI )?Codex"), ("gemini", r"Gemini CLI"), ("qwen-code", r"Qwen Code"),
        ("amp", r"Amp"), ("cursor", r"Cursor"), ("warp", r"Warp"), ("goose", r"Goose"),
        ("jules", r"Jules"), ("kiro", r"Kiro"),
    ))
# Claude Code on the web ends a commit with a line holding only the link to its session
# (simonw/datasette 6eaa9e31, livekit/agents 09738615).
_SESSION_LINK_RE = re.compile(r"^[ \t]*https://claude\.ai/code/session_\w+[ \t]*$", re.M)
_AI_WORD_RE = re.compile(
    r"(?<![a-z])(?:ai|llm|claude|codex|copilot|chatgpt|gpt[\w.-]*|gemini|openhands|devin|cursor|jules|agent|"
    r"anthropic|openai|windsurf|qwen|deepseek|sonnet|opus)(?![a-z])", re.I)


def footer_tool(text: str) -> str | None:
    for tool, pattern in FOOTER_RULES:
        if pattern.search(text):
            return tool
    return None


# --- classification -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    kind: str  # author | co-author | trailer | footer
    detail: str  # the rule id, trailer key or footer text
    tool: str
    level: str
    text: str  # the identity or line, as written


@dataclass
class Verdict:
    markers: list[Marker] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "ai" if self.markers else "ambiguous" if self.weak else "human"

    @property
    def level(self) -> str:
        return max((m.level for m in self.markers), key=LEVEL_RANK.__getitem__, default="none")

    @property
    def tools(self) -> list[str]:
        return sorted({m.tool for m in self.markers})


def co_author_values(message: str) -> Iterator[str]:
    for match in TRAILER_LINE_RE.finditer(message):
        if match.group("key").lower() == "co-authored-by":
            yield match.group("value")


def _identity_markers(author: Identity, message: str, verdict: Verdict) -> None:
    rule = identity_rule(author)
    if rule:
        verdict.markers.append(Marker("author", rule.rule, rule.tool, "generated", str(author)))
    elif looks_like_tool_name(author):
        verdict.weak.append(f"author named like a tool: {author}")
    elif is_bot(author) and not AUTOMATION_BOT_RE.search(str(author)):
        verdict.weak.append(f"unknown bot author: {author}")
    for value in co_author_values(message):
        identity = parse_identity(value)
        rule = identity_rule(identity)
        if rule:
            verdict.markers.append(Marker("co-author", rule.rule, rule.tool, "assisted", str(identity)))
        elif looks_like_tool_name(identity) or (not identity.email and (
                _AI_WORD_RE.search(identity.name) or TOOL_WORD_RE.search(identity.name))):
            verdict.weak.append(f"co-author named like a tool: {identity}")


def _trailer_marker(key: str, value: str) -> Marker | None:
    rule = TRAILER_RULES.get(key.lower())
    if rule is None or _NO_AI_RE.search(value):
        return None
    if rule.value is not None and not rule.value.search(value):
        return None
    if rule.key == "generated-by" and _PATH_VALUE_RE.search(value):
        return None  # automation naming its script, not an AI tool
    tool = rule.tool or tool_from_value(value)
    return Marker("trailer", rule.key, tool, rule.level, f"{key}: {value}")


def _session_link_markers(message: str, verdict: Verdict) -> None:
    for match in _SESSION_LINK_RE.finditer(message):  # assisted: a session was used, not how much
        verdict.markers.append(Marker("footer", "claude-code-session-link", "claude-code", "assisted",
                                      match.group(0).strip()))


def _line_markers(message: str, verdict: Verdict) -> None:
    for match in TRAILER_LINE_RE.finditer(message):
        key, value = match.group("key"), match.group("value")
        if _QUOTED_INDENT_RE.match(match.group("indent")) or _PLACEHOLDER_RE.search(value):
            continue  # an example quoted in the text ("    Assisted-by: AGENT_NAME:MODEL_VERSION")
        marker = _trailer_marker(key, value)
        if marker:
            verdict.markers.append(marker)
        elif key.lower() in ("made-with", "assisted-by", "ai-assisted") and not _NO_AI_RE.search(value):
            verdict.weak.append(f"trailer: {key}: {value}")
    for match in FOOTER_LINE_RE.finditer(_WRAPPED_LINK_TEXT_RE.sub(r"[\1 \2](", message)):
        text = match.group("text")
        tool = footer_tool(text)
        if tool:
            verdict.markers.append(Marker("footer", text, tool, "generated", match.group(0).strip()))
        elif _AI_WORD_RE.search(text):
            verdict.weak.append(f"footer: {text}")
    _session_link_markers(message, verdict)
    for match in _PROSE_DISCLOSURE_RE.finditer(message):
        if not _NO_AI_RE.search(match.group("value")):
            verdict.weak.append(f"prose disclosure: {match.group(0).strip()[:80]}")


def classify(author: Identity, message: str, committer: Identity | None = None) -> Verdict:
    verdict = Verdict()
    _identity_markers(author, message, verdict)
    if committer is not None and identity_rule(committer) and not identity_rule(author):
        # An agent that committed (or rebased) a person's change: not a marker of who wrote it.
        verdict.weak.append(f"AI committer: {committer}")
    _line_markers(message, verdict)
    return verdict


def trailer_keys(message: str) -> Iterable[str]:
    """Keys of the trailer-like lines after the subject paragraph (for the census)."""
    _, _, body = message.partition("\n\n")
    return (m.group("key") for m in TRAILER_LINE_RE.finditer(body))


def footer_key(text: str) -> str:
    """A footer's text with its per-session link part folded, so one tool's footer counts once."""
    return re.sub(r"(session_|threads/T-)[\w-]+", r"\1…", text)


def footer_lines(message: str) -> Iterable[str]:
    return (m.group("text") for m in FOOTER_LINE_RE.finditer(_WRAPPED_LINK_TEXT_RE.sub(r"[\1 \2](", message)))
