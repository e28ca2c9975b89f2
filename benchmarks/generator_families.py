"""Which model family wrote a piece of code, from the names a benchmark dump or a commit gives.

The leave-one-generator-family-out protocol of issue 12 holds out one family at a time:

| family | members |
|---|---|
| claude | Anthropic's Claude models, Claude Code |
| gpt-codex | OpenAI's GPT-3.5/4/4o, o1/o3/o4, gpt-oss, Codex |
| gemini | Google's Gemini models, Jules |
| open-weights | DeepSeek, Qwen/QwQ, Llama/CodeLlama, Mistral/Codestral, Kimi, StarCoder, ... |
| unattributed | a tool whose model cannot be told from the commit (Copilot's agent, Cursor, Devin, Amp, ...) |
| human | people |

"unattributed" code is AI-written but belongs to no family: it may train a model, never stand for a
held-out family.
"""

from __future__ import annotations

import re

CLAUDE = "claude"
GPT_CODEX = "gpt-codex"
GEMINI = "gemini"
OPEN_WEIGHTS = "open-weights"
UNATTRIBUTED = "unattributed"
HUMAN = "human"
FAMILIES = (CLAUDE, GPT_CODEX, GEMINI, OPEN_WEIGHTS)

# Checked in order: "gpt-oss" is OpenAI's even though it is open-weights; "codestral" before "codex".
_MODEL_FAMILY = (
    (re.compile(r"claude|anthropic|sonnet|opus|haiku", re.I), CLAUDE),
    (re.compile(r"codestral|mistral|mixtral|deepseek|dscoder|qwen|qwq|llama|kimi|starcoder|glm|yi-|phi-", re.I),
     OPEN_WEIGHTS),
    (re.compile(r"gpt|chatgpt|openai|codex|\bo[134](?:\b|-)|o[134]-mini", re.I), GPT_CODEX),
    (re.compile(r"gemini|jules|bard|palm", re.I), GEMINI),
)


def family_of_model(name: str) -> str:
    """The family of a model or tool name ("Claude-3.5-Sonnet", "gtp4o", "O1-Mini"), or unattributed."""
    spelled = name.replace("gtp", "gpt")  # one benchmark dump misspells gpt4o as "gtp4o"
    for pattern, family in _MODEL_FAMILY:
        if pattern.search(spelled):
            return family
    return UNATTRIBUTED
