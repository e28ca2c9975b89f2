"""The ids of the registry's sources, in its order: what a user's settings may name under
[sources.ID], checked without importing every reader (tests/evidence/test_catalogue.py holds them
to the registry's)."""

from __future__ import annotations

SOURCE_IDS: tuple[str, ...] = (
    "claude-code", "codex", "gemini-cli", "qwen-code", "opencode", "cline", "roo-code", "continue",
    "goose", "aider", "cursor", "cursor-tracking", "copilot-vscode", "copilot-otel", "copilot-cli",
    "windsurf", "amp", "ollama", "llama-cpp", "lm-studio", "vllm", "jan", "ollama-app",
)
