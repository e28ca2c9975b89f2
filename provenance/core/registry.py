"""What coding tools write into commits by default, as data: identities, footers, marker trailers.

Every entry names the tool, where the convention comes from (``source``: the tool's code or
documentation, or the project whose history shows it) and a real ``example`` as it stands in a
public commit (``seen_in``: ``owner/repository@sha``). A meta-test checks that every example
is matched by its own entry. New agents appear every month: add an entry here with its example,
or, for one repository, an ``[[identities]]`` table in its configuration (see the README).

Identities are matched by address wherever the tool has one, never by a first name alone: a
person called Devin, Amp or Claude is not an agent. Kinds:

* ``address``: an exact e-mail address (compared case-insensitively);
* ``bot``: a GitHub App login, ``LOGIN[bot]``, as the name or in GitHub's no-reply address
  (``NNN+LOGIN[bot]@users.noreply.github.com`` or without the number);
* ``github-user``: a GitHub account that only a tool uses, by its no-reply address
  (``NNN+LOGIN@users.noreply.github.com`` or without the number);
* ``name``: a regular expression for a name no person has (``aider (gpt-4o)``), optionally only
  at addresses of one domain.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

IdentityKind = Literal["address", "bot", "github-user", "name"]
IDENTITY_KINDS: tuple[IdentityKind, ...] = ("address", "bot", "github-user", "name")
# What an identity means when it has no level of its own: a co-author assisted, an author generated.
Level = Literal["assisted", "generated"]


class KnownIdentity(NamedTuple):
    """An identity a tool commits as (author) or credits (co-author)."""

    tool: str
    kind: IdentityKind
    match: str  # the address, the login, or (kind "name") a regular expression for the whole name
    source: str
    example: str  # "Name <address>" as written in a public commit
    seen_in: str
    # A regular expression with a ``model`` group, read from the name where the tool puts it there.
    model_from_name: str | None = None
    model_prefix: str = ""  # prepended before the model is made a slug ("claude " + "Opus 4.5")
    address_domain: str | None = None  # kind "name" only: the address must be at this domain
    name: str | None = None  # a regular expression the whole name must also match
    level: Level | None = None  # None: by role


class KnownFooter(NamedTuple):
    """A line a tool writes in the message body: "🤖 Generated with [Claude Code](…)" (generated)."""

    tool: str
    pattern: str  # searched in every line of the message git keeps
    source: str
    example: str  # the line as written
    seen_in: str
    convention: str = "tool-footer"
    level: Level = "generated"  # a link to the tool's session, not a "Generated with", is assisted


class KnownMarker(NamedTuple):
    """A trailer a tool writes only when it was used (``Amp-Thread-ID: …``). Level assisted."""

    key: str  # the trailer key as the tool writes it (git compares keys case-insensitively)
    tool: str | None  # None: the value names the tool ("Made-with: Cursor")
    source: str
    example: str  # the trailer line as written
    seen_in: str
    value_pattern: str | None = None  # when set, only values matching it are markers
    # Trailers the tool writes beside it: not disclosures, but not unrecognised AI trailers either.
    companions: tuple[str, ...] = ()


_GIT_AI = "git-ai src/authorship/agent_detection.rs (github.com/git-ai-project/git-ai)"
_CLAUDE_CODE_DOCS = "Claude Code settings, commit attribution (code.claude.com/docs/en/settings)"
_CLAUDE_ACTION = "anthropics/claude-code-action (action.yml bot_name, src/github/operations)"
_CLAUDE_MODEL = r"claude\s+(?P<model>(?!code\b)[^()]+?)(?:\s*\(.*\))?"
_REVIEW_BOT = "AI code review app; its suggested changes, committed, credit it as co-author"

IDENTITIES: tuple[KnownIdentity, ...] = (
    # Anthropic
    KnownIdentity("claude-code", "address", "noreply@anthropic.com", _CLAUDE_CODE_DOCS,
                  "Claude Opus 4.6 (1M context) <noreply@anthropic.com>",
                  "RooCodeInc/Roo-Code@551d02f51056f00883557c7f3ae287764c51cdbf",
                  model_from_name=_CLAUDE_MODEL, model_prefix="claude "),
    KnownIdentity("claude-code", "bot", "claude", _CLAUDE_ACTION,
                  "claude[bot] <209825114+claude[bot]@users.noreply.github.com>",
                  "anthropics/claude-code-action@220272d38887a1caed373da96a9ffdb0919c26cc"),
    KnownIdentity("claude-code", "bot", "claude-code",
                  "anthropics/claude-code-action agent-approval-check/action.yml (agent_logins)",
                  "Claude Code <claude-code[bot]@users.noreply.github.com>",
                  "anthropics/claude-code-action@4d2370c6d8dd3963037ebabf3135b980ff2bf29a"),
    KnownIdentity("claude-code", "bot", "anthropic-code-agent", "Claude as a GitHub coding agent",
                  "anthropic-code-agent[bot] <242468646+Claude@users.noreply.github.com>",
                  "google-gemini/gemini-cli@a719f446ce54dd9d409ccf1031e5f2f4544fd397"),
    KnownIdentity("claude-code", "github-user", "claude", "Claude as a GitHub coding agent (account 242468646)",
                  "anthropic-code-agent[bot] <242468646+Claude@users.noreply.github.com>",
                  "google-gemini/gemini-cli@a719f446ce54dd9d409ccf1031e5f2f4544fd397"),
    # GitHub Copilot
    KnownIdentity("copilot", "bot", "copilot-swe-agent", "GitHub Copilot coding agent; " + _GIT_AI,
                  "copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>",
                  "github/github-mcp-server@7381ad4f2d8ed57d176a233954dbf2dadc19ad9e"),
    KnownIdentity("copilot", "github-user", "copilot",
                  "GitHub Copilot (coding agent, CLI 223556219+Copilot, code review 175728472+Copilot); " + _GIT_AI,
                  "Copilot <223556219+Copilot@users.noreply.github.com>",
                  "charmbracelet/crush@2318113a4b4e48beb608bc618ddebb06b32d5d2b"),
    KnownIdentity("copilot", "address", "copilot@github.com", "GitHub Copilot agent mode, Co-authored-by trailer",
                  "Copilot <copilot@github.com>",
                  "github/github-mcp-server@b2b49361fdde70b95e1740077c2cd54489eee235"),
    KnownIdentity("copilot", "name", r"copilot autofix powered by ai",
                  "GitHub code scanning Copilot Autofix, committed suggestions",
                  "Copilot Autofix powered by AI <62310815+github-advanced-security[bot]@users.noreply.github.com>",
                  "All-Hands-AI/OpenHands@7ae3494cccabb59124ac26bfeefed726ac145125"),
    # OpenAI Codex
    KnownIdentity("codex", "address", "codex@openai.com", "Codex CLI commit attribution; " + _GIT_AI,
                  "Codex <codex@openai.com>", "cline/cline@6662670350b66060f956dcda420eb603f523e6a2"),
    KnownIdentity("codex", "address", "noreply@openai.com", "Codex co-author trailer; " + _GIT_AI,
                  "Codex <noreply@openai.com>",
                  "openai/openai-agents-python@a2921989c42a53803f1da798e9eb9b52fdce61fb"),
    KnownIdentity("codex", "bot", "chatgpt-codex-connector", "Codex cloud (ChatGPT connector) GitHub app",
                  "chatgpt-codex-connector[bot] <199175422+chatgpt-codex-connector[bot]@users.noreply.github.com>",
                  "simonw/llm@276c51243b93edecf438eff4e30880758f64239a"),
    KnownIdentity("codex", "name", r"codex\s*\((?P<model>[^)]+)\)", "Codex co-author trailer without an address",
                  "Codex (GPT-5.5)", "simonw/llm@50fde8f7fa9ba75d6bbad6b905c0aa1a89da508a"),
    # Cursor
    KnownIdentity("cursor", "address", "cursoragent@cursor.com", "Cursor agent commits; " + _GIT_AI,
                  "Cursor Agent <cursoragent@cursor.com>", "cline/cline@1de61b178aec844e0aa362474274ccbf6acf9403"),
    KnownIdentity("cursor", "bot", "cursor", "Cursor background agent and Bugbot GitHub app; " + _GIT_AI,
                  "cursor[bot] <206951365+cursor[bot]@users.noreply.github.com>",
                  "cline/cline@a9ae0a7c33b69929972c450dc9e526b67fe29608"),
    # aider
    KnownIdentity("aider", "name", r"aider\s*\((?P<model>[^)]+)\)",
                  "aider --attribute-co-authored-by (aider.chat/docs/git.html)",
                  "aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>", "aider.chat/docs/git.html"),
    KnownIdentity("aider", "address", "aider@aider.chat", "aider --attribute-co-authored-by (aider.chat/docs/git.html)",
                  "aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>", "aider.chat/docs/git.html",
                  model_from_name=r"aider\s*\((?P<model>[^)]+)\)"),
    # OpenCode and its forebears
    KnownIdentity("opencode", "address", "noreply@opencode.ai", "opencode commit attribution (opencode.ai)",
                  "opencode <noreply@opencode.ai>", "charmbracelet/crush@7627d71563be172e8ed7e94e149951264cc858a9"),
    KnownIdentity("termai", "address", "noreply@termai.io", "termai (the agent that became OpenCode, then Crush)",
                  "termai <noreply@termai.io>", "charmbracelet/crush@64199736677a8ed303291c763975d484ac8f7e99"),
    KnownIdentity("crush", "address", "crush@charm.land",
                  "charmbracelet/crush internal/agent/tools/bash.tpl (attribution trailer_style)",
                  "Charm Crush <crush@charm.land>", "charmbracelet/crush@f8be2ffc964db05a56a79053d8db5b7bf74694aa"),
    KnownIdentity("cliffy", "address", "cliffy@ettio.com", "Cliffy, a fork of Crush's predecessor",
                  "Cliffy <cliffy@ettio.com>", "charmbracelet/crush@4b1d9e8f88eb221133a3e78786d37f8a49221fbb"),
    # Google
    KnownIdentity("gemini", "name", r"gemini(?:\s+(?P<model>.+))?", "Gemini co-author at a google.com address",
                  "Gemini <gemini@google.com>", "find_string: a vouch script's TRAILER table (Gemini co-author)",
                  address_domain="google.com"),
    KnownIdentity("gemini", "bot", "gemini-code-assist", _REVIEW_BOT + " (Gemini Code Assist)",
                  "gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>",
                  "github/github-mcp-server@58ebf67e3a01e9442f8b1cf610288543f98e9e5d"),
    KnownIdentity("gemini", "bot", "gemini-cli", "gemini-cli's own agent bot (fix commits in google-gemini/gemini-cli)",
                  "gemini-cli[bot] <218312386+gemini-cli[bot]@users.noreply.github.com>",
                  "google-gemini/gemini-cli@1f868ea2e17926b182d72405194499671d0f5f0d"),
    KnownIdentity("jules", "bot", "google-labs-jules", "Jules (jules.google) GitHub app",
                  "google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>",
                  "All-Hands-AI/OpenHands@ae7e3b2ad3a71643d6dcdd380db91ea92e844e31"),
    # Agent platforms
    KnownIdentity("devin", "bot", "devin-ai-integration", "Devin (devin.ai) GitHub app; " + _GIT_AI,
                  "Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>",
                  "All-Hands-AI/OpenHands@c0791589afae49133bb7288fa501b2dcfce5b4c9"),
    KnownIdentity("openhands", "address", "openhands@all-hands.dev",
                  "OpenHands openhands/core/config/openhands_config.py and resolver send_pull_request.py "
                  "(git_user_email)",
                  "openhands <openhands@all-hands.dev>",
                  "All-Hands-AI/OpenHands@665ea065aa98eb3ce4f3122d01db181e2894a1b5"),
    KnownIdentity("openhands", "address", "openhands-claude@all-hands.dev", "OpenHands co-author trailer",
                  "OpenHands-Claude <openhands-claude@all-hands.dev>",
                  "All-Hands-AI/OpenHands@70ad153c2cf43f368a3916eb90e86936a032353d"),
    KnownIdentity("openhands", "address", "opendevin@all-hands.dev", "OpenDevin, OpenHands' earlier name",
                  "OpenHands <opendevin@all-hands.dev>",
                  "All-Hands-AI/OpenHands@f0bb7de1c6ae2a53e2afd026705928f9d5bf7aaa"),
    KnownIdentity("openhands", "address", "opendevin@opendevin.ai", "OpenDevin, OpenHands' earlier name",
                  "OpenDevin <opendevin@opendevin.ai>",
                  "All-Hands-AI/OpenHands@3c0d206bef8da34f48c9834fb92356ff9cc5c682"),
    KnownIdentity("roo-code", "address", "roomote@roocode.com", "Roo Code cloud agent (Roomote); " + _GIT_AI,
                  "Roo Code <roomote@roocode.com>", "RooCodeInc/Roo-Code@e686deea352533898139fd12c029c206048e6144"),
    KnownIdentity("roo-code", "bot", "roomote", "Roo Code cloud agent (Roomote) GitHub app",
                  "roomote[bot] <219738659+roomote[bot]@users.noreply.github.com>",
                  "RooCodeInc/Roo-Code@dcc4ba25400d9e10b73b72fa250b5cbd5ba3018e"),
    KnownIdentity("roo-code", "bot", "roomote-v0", "Roo Code cloud agent (Roomote) GitHub app, first version",
                  "roomote-v0[bot] <219738659+roomote-v0[bot]@users.noreply.github.com>",
                  "RooCodeInc/Roo-Code@4bfb55a76bb860ca67dd74db98f70ced3d62b876"),
    KnownIdentity("continue", "address", "noreply@continue.dev",
                  "continuedev/continue extensions/cli/src/systemMessage.ts (commit attribution)",
                  "Continue <noreply@continue.dev>", "continuedev/continue@0961c1a164d4e56779bf36ec85a718fa0b309612"),
    KnownIdentity("continue", "address", "agent@continue.dev",
                  "Continue agents (continuedev/continue cla.yaml allowlist)",
                  "Continue Agent <agent@continue.dev>",
                  "continuedev/continue@ab93032d0d69e3940baf5848eb835e31c94d5f4e"),
    KnownIdentity("continue", "bot", "continue", "Continue cloud agent GitHub app",
                  "continue[bot] <continue[bot]@users.noreply.github.com>",
                  "continuedev/continue@0961c1a164d4e56779bf36ec85a718fa0b309612"),
    KnownIdentity("continue", "bot", "continue-staging", "Continue cloud agent GitHub app (staging)",
                  "continue-staging[bot] <230944351+continue-staging[bot]@users.noreply.github.com>",
                  "continuedev/continue@d5d591c6d07ca0ea8b87b9a3d63e7bea0eee4980"),
    KnownIdentity("cline", "bot", "cline-cloud", "Cline cloud agent GitHub app",
                  "cline-cloud[bot] <276134852+cline-cloud[bot]@users.noreply.github.com>",
                  "cline/cline@e7ba9323c43ac2546976a137e01efba469ece8a8"),
    KnownIdentity("cline", "github-user", "cline-agent", "Cline agent commits",
                  "Cline Agent <cline-agent@users.noreply.github.com>",
                  "cline/cline@d00e445a266680cacbcf25c7d455c8d1917df839"),
    KnownIdentity("kilo-code", "bot", "kiloconnect", "Kilo Code cloud agent GitHub app",
                  "kiloconnect[bot] <240665456+kiloconnect[bot]@users.noreply.github.com>",
                  "cline/cline@23fb7387503a19e0eedb2307194cb7780082d859"),
    KnownIdentity("amp", "address", "amp@ampcode.com", "Amp (ampcode.com) commit co-author with Amp-Thread-ID",
                  "Amp <amp@ampcode.com>", "ghostty-org/ghostty@6c8c07981d7b4d7c6509323ffb1fe19f45e8af1c"),
    KnownIdentity("factory-droid", "bot", "factory-droid", "Factory Droid GitHub app; git-ai attribution_recovery.rs",
                  "factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>",
                  "RooCodeInc/Roo-Code@66cca4743f491d2dff8fbb967882127f9b2b1fc8"),
    KnownIdentity("windsurf", "address", "cascade@windsurf.ai", "Windsurf's Cascade agent",
                  "Cascade <cascade@windsurf.ai>", "google-gemini/gemini-cli@efa2b312e7ad367861e25d32c895936bb4b2d0a1"),
    KnownIdentity("qwen-code", "address", "qwen-coder@alibabacloud.com", "Qwen Code CLI co-author trailer",
                  "Qwen-Coder <qwen-coder@alibabacloud.com>",
                  "google-gemini/gemini-cli@589ad86750085d09314ea3b0a33ffad4e6782d97"),
    KnownIdentity("qwen-code", "bot", "qwen.ai", "Qwen cloud agent GitHub app",
                  "qwen.ai[bot] <qwenlm-intl@service.alibaba.com>",
                  "mem0ai/mem0@62627d1a77c33013790d8cf415ad9540c2096d8f"),
    KnownIdentity("kiro", "github-user", "kiro-agent", "Kiro's agent account",
                  "Kiro Agent <244629292+kiro-agent@users.noreply.github.com>",
                  "google-gemini/gemini-cli@66803e240c261190732f1d8ac2639a2badc7a447"),
    KnownIdentity("warp", "address", "oz-agent@warp.dev", "Warp's Oz agent co-author trailer",
                  "Oz <oz-agent@warp.dev>", "livekit/agents@c51c9468e122598056738b8a5a3a819f64311fb8"),
    KnownIdentity("mistral-vibe", "address", "vibe@mistral.ai", "Mistral Vibe CLI commit attribution",
                  "Mistral Vibe <vibe@mistral.ai>",
                  "modelcontextprotocol/python-sdk@e0823b3bdfd1301ddd9b342bc9815841c306b8a1"),
    KnownIdentity("nori", "address", "contact@tilework.tech", "Nori (nori.ai) commit attribution",
                  "Nori <contact@tilework.tech>", "steveyegge/beads@9d8ccdb485c3c99f64fbe214d840f02934c2dc9d"),
    KnownIdentity("mentat", "github-user", "mentatbot", "Mentat's agent account (mentat.ai)",
                  "MentatBot <160964065+MentatBot@users.noreply.github.com>",
                  "All-Hands-AI/OpenHands@ff9bd96bd5409ed2c08419eaaadd85ba1796f9cd"),
    KnownIdentity("engine-labs", "bot", "engine-labs-app", "Engine Labs coding agent GitHub app",
                  "engine-labs-app[bot] <140088366+engine-labs-app[bot]@users.noreply.github.com>",
                  "ghostty-org/ghostty@ff60804254b45f7c53ccbcd1dbdfc104709bff68"),
    KnownIdentity("blink", "bot", "blink-so", "Blink (blink.so) coding agent GitHub app",
                  "blink-so[bot] <211532188+blink-so[bot]@users.noreply.github.com>",
                  "google-gemini/gemini-cli@831dffd2b7adfb0ba55d826704ccd348f792c5ff"),
    KnownIdentity("codeflash", "bot", "codeflash-ai", "Codeflash AI optimisation GitHub app",
                  "codeflash-ai[bot] <148906541+codeflash-ai[bot]@users.noreply.github.com>",
                  "All-Hands-AI/OpenHands@a48f4e3fa4138c308a83cb08e0ef600d1d9a0149"),
    # AI review apps whose suggestions were committed
    KnownIdentity("coderabbit", "bot", "coderabbitai", _REVIEW_BOT + " (CodeRabbit)",
                  "coderabbitai[bot] <136622811+coderabbitai[bot]@users.noreply.github.com>",
                  "continuedev/continue@0bf24434d69a75aa593c089c99483f1929e728b7"),
    KnownIdentity("ellipsis", "bot", "ellipsis-dev", _REVIEW_BOT + " (Ellipsis)",
                  "ellipsis-dev[bot] <65095814+ellipsis-dev[bot]@users.noreply.github.com>",
                  "RooCodeInc/Roo-Code@861139ca24d4c4c5115a1a78195537a87ed6970f"),
    KnownIdentity("greptile", "bot", "greptile-apps", _REVIEW_BOT + " (Greptile)",
                  "greptile-apps[bot] <165735046+greptile-apps[bot]@users.noreply.github.com>",
                  "cline/cline@2f58bbe4eda148b4e5575a3983c231b40de9c947"),
    KnownIdentity("cubic", "bot", "cubic-dev-ai", _REVIEW_BOT + " (cubic)",
                  "cubic-dev-ai[bot] <191113872+cubic-dev-ai[bot]@users.noreply.github.com>",
                  "continuedev/continue@fd559bbc8eae6103707177028c99583124e74482"),
    KnownIdentity("sourcery", "bot", "sourcery-ai", _REVIEW_BOT + " (Sourcery)",
                  "sourcery-ai[bot] <58596630+sourcery-ai[bot]@users.noreply.github.com>",
                  "google-gemini/gemini-cli@67df4d152762f9263d2033c9b87077ebeea5d0cd"),
    KnownIdentity("macroscope", "bot", "macroscopeapp", _REVIEW_BOT + " (Macroscope)",
                  "macroscopeapp[bot] <170038800+macroscopeapp[bot]@users.noreply.github.com>",
                  "pydantic/pydantic-ai@ec8ea675cc65553426791e815a63a039fd16aced"),
    KnownIdentity("codebeaver", "bot", "codebeaver-ai",
                  "CodeBeaver (codebeaver.ai), an AI agent that writes unit tests and commits them itself",
                  "codebeaver-ai[bot] <192081515+codebeaver-ai[bot]@users.noreply.github.com>",
                  "browser-use/browser-use@158e15c602a98b738f9a6bdbd2baed9f282a7862"),
    KnownIdentity("hyperlint", "bot", "hyperlint-ai", _REVIEW_BOT + " (Hyperlint)",
                  "hyperlint-ai[bot] <154288675+hyperlint-ai[bot]@users.noreply.github.com>",
                  "pydantic/pydantic-ai@6f9e02de5bd74c2a0c05b910cedf5124f610668b"),
)

FOOTERS: tuple[KnownFooter, ...] = (
    KnownFooter("claude-code", r"(?i)Generated with \[?Claude Code\]?", _CLAUDE_CODE_DOCS,
                "🤖 Generated with [Claude Code](https://claude.com/claude-code)",
                "charmbracelet/crush@8d2d4c9ea5fae73cf2bcf736b62e3290e475bbb2", convention="claude-code-footer"),
    KnownFooter("claude-code", r"Generated by \[Claude(?:\s+Code\]|\s*$)",
                "Claude Code on the web signs what it writes with a link to its session",
                "_Generated by [Claude", "anthropics/claude-agent-sdk-python@9aafd84b008c1ca2c26bf24b5d99af762551a00d",
                convention="claude-code-footer"),
    KnownFooter("claude-code", r"^\s*https://claude\.ai/code/session_\w+\s*$",
                "Claude Code on the web ends its commits with a link to the session",
                "https://claude.ai/code/session_01UFjbSTeVMYyRhLjZmcVRGd",
                "livekit/agents@097386151d27ec3d11b4472a1ecea9871104d3c1", convention="claude-code-footer",
                level="assisted"),
    KnownFooter("crush", r"Generated with \[?Crush\b",
                "charmbracelet/crush internal/agent/tools/bash.tpl (attribution generated_with)",
                "💘 Generated with Crush", "charmbracelet/crush@2e8faa812ccbe8beb43c616b6a262fad531d9eba"),
    KnownFooter("continue", r"Generated with \[?Continue\b",
                "continuedev/continue extensions/cli/src/systemMessage.ts",
                "Generated with [Continue](https://continue.dev)",
                "continuedev/continue@0961c1a164d4e56779bf36ec85a718fa0b309612"),
    KnownFooter("opencode", r"Generated with \[?opencode\b", "opencode commit attribution (opencode.ai)",
                "🤖 Generated with [opencode](https://opencode.ai)",
                "charmbracelet/crush@7627d71563be172e8ed7e94e149951264cc858a9"),
    KnownFooter("termai", r"Generated with termai\b", "termai (the agent that became OpenCode, then Crush)",
                "🤖 Generated with termai", "charmbracelet/crush@64199736677a8ed303291c763975d484ac8f7e99"),
    KnownFooter("cliffy", r"Generated with Cliffy\b", "Cliffy, a fork of Crush's predecessor",
                "ᕕ( ᐛ )ᕗ  Generated with Cliffy", "charmbracelet/crush@4b1d9e8f88eb221133a3e78786d37f8a49221fbb"),
    KnownFooter("nori", r"Generated with \[Nori\]", "Nori (nori.ai) commit attribution",
                "🤖 Generated with [Nori](https://nori.ai)",
                "steveyegge/beads@9d8ccdb485c3c99f64fbe214d840f02934c2dc9d"),
    KnownFooter("mistral-vibe", r"Generated by Mistral Vibe\b", "Mistral Vibe CLI commit attribution",
                "Generated by Mistral Vibe.",
                "modelcontextprotocol/python-sdk@e0823b3bdfd1301ddd9b342bc9815841c306b8a1"),
)

MARKERS: tuple[KnownMarker, ...] = (
    KnownMarker("Made-with", None, "Cursor's commit trailer naming the editor", "Made-with: Cursor",
                "RooCodeInc/Roo-Code@f78cb0b4944ad619946e41a442d55cdd83fc233c"),
    KnownMarker("Amp-Thread-ID", "amp", "Amp (ampcode.com) links the thread that made the commit",
                "Amp-Thread-ID: https://ampcode.com/threads/T-019fa965-aa5f-7099-85b4-a9679d2c8bd3",
                "ghostty-org/ghostty@6c8c07981d7b4d7c6509323ffb1fe19f45e8af1c"),
    KnownMarker("Claude-Session", "claude-code", "Claude Code on the web links its session",
                "Claude-Session: https://claude.ai/code/session_01XGrtUwsLBzAw8xqL7Qf26J",
                "anthropics/claude-code-action@e720b3fd109f4e594fbea60eb4608ea55a0997c2"),
    KnownMarker("Claude-Generated-By", "claude-code", "Claude Code's share of the commit, per model",
                "Claude-Generated-By: Claude Code (cli/claude-opus-4-5=100%)",
                "anthropics/claude-code-action@49cfcf81070eac8de029f52cf67d7214185a2212",
                companions=("Claude-Steers", "Claude-Permission-Prompts", "Claude-Escapes", "Claude-Plan")),
    KnownMarker("Copilot-Session", "copilot", "GitHub Copilot links its session",
                "Copilot-Session: f71d9868-eef8-4fb0-84c6-df7c9a6a0ade",
                "github/github-mcp-server@51ff1a967ebdd2ea5013a456f42860dfc3207293"),
    KnownMarker("Agent-Logs-Url", "copilot", "GitHub Copilot coding agent links its session log",
                "Agent-Logs-Url: https://github.com/github/github-mcp-server/sessions/8180b3b5-6e5d-44bb-bff0-72b375d242ab",
                "github/github-mcp-server@7381ad4f2d8ed57d176a233954dbf2dadc19ad9e",
                value_pattern=r"https://github\.com/[^/\s]+/[^/\s]+/sessions/"),
    KnownMarker("Coding-Agent", None, "names the coding agent, beside Model:", "Coding-Agent: claude-code",
                "OpenHands/software-agent-sdk@04399a5a0e90e5a47fa702de785666c74380353b"),
)
