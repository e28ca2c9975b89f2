"""Every source git-provenance reads, in the order reports list them. Adding a source is adding
one module under ``readers/`` and one line here."""

from __future__ import annotations

from provenance.evidence.readers import (
    aider,
    amp,
    claude_code,
    cline,
    codex,
    continue_dev,
    copilot_cli,
    copilot_otel,
    copilot_vscode,
    cursor_tracking,
    cursor_transcripts,
    gemini,
    goose,
    jan,
    llama_cpp,
    lm_studio,
    ollama,
    ollama_app,
    opencode,
    qwen_code,
    roo_code,
    vllm,
    windsurf,
)
from provenance.evidence.sources import Source

SOURCES: tuple[Source, ...] = (
    claude_code.SOURCE,
    codex.SOURCE,
    gemini.SOURCE,
    qwen_code.SOURCE,
    opencode.SOURCE,
    cline.SOURCE,
    roo_code.SOURCE,
    continue_dev.SOURCE,
    goose.SOURCE,
    aider.SOURCE,
    cursor_transcripts.SOURCE,
    cursor_tracking.SOURCE,
    copilot_vscode.SOURCE,
    copilot_otel.SOURCE,
    copilot_cli.SOURCE,
    windsurf.SOURCE,
    amp.SOURCE,
    ollama.SOURCE,
    llama_cpp.SOURCE,
    lm_studio.SOURCE,
    vllm.SOURCE,
    jan.SOURCE,
    ollama_app.SOURCE,
)
SOURCES_BY_ID: dict[str, Source] = {source.id: source for source in SOURCES}
