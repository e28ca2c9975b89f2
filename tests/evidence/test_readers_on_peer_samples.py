"""Every reader on records nobody here wrote: the test fixtures another project (git-ai,
Apache-2.0) captured from the same tools, kept in ../shared/research/samples/ (SOURCES.md there),
each put where its tool writes it under a home folder and found by the scan's default locations."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from provenance.evidence.scan import scan
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform
from tests.paths import PROJECT_ROOT

SAMPLES = PROJECT_ROOT.parent / "shared" / "research" / "samples" / "git-ai"
UUID = "7de89a80-6d93-43e7-be0a-0a9afe980198"

# sample -> (source id, where the tool writes it, relative to the home folder, files written in it)
PLACED = {
    # Plan mode writes the plan to a file of its own too (outside any repository: it matches nothing).
    "claude-code-with-plan.jsonl": ("claude-code", f".claude/projects/-Users-dev-myproject/{UUID}.jsonl",
                                    {"/Users/dev/myproject/src/main.rs",
                                     "/Users/dev/.claude/plans/abstract-frolicking-neumann.md"}),
    "codex-session-simple.jsonl": ("codex", f".codex/sessions/2026/01/01/rollout-2026-01-01T00-00-00-{UUID}.jsonl",
                                   {"src/main.rs"}),
    "gemini-session-simple.jsonl": ("gemini-cli", ".gemini/tmp/0123abcd/chats/session-2026-01-01T00-00-aaaa.jsonl",
                                    {"/Users/svarlamov/projects/testing-git/index.ts"}),
    "continue-cli-session-simple.json": ("continue", f".continue/sessions/{UUID}.json",
                                         {"/Users/svarlamov/projects/testing-git/index.ts"}),
    "cursor-session-simple.jsonl": ("cursor", f".cursor/projects/testing/agent-transcripts/{UUID}.jsonl",
                                    {"/Users/aidancunniffe/Desktop/testing-gitflows-git-ai/hbo-shows-1990s.txt"}),
    "windsurf-session-simple.jsonl": ("windsurf", f".windsurf/transcripts/{UUID}.jsonl",
                                      {"/Users/aidancunniffe/Desktop/testing-gitflows-git-ai/xyz.md"}),
    "amp-threads_T-019ca1f6-7f21-77b5-a308-65416ebbdf48.json": (
        "amp", ".local/share/amp/threads/T-019ca1f6-7f21-77b5-a308-65416ebbdf48.json",
        {"/Users/svarlamov/projects/testing-git-amp/jokes.csv"}),
    "copilot_cli_session_events.jsonl": ("copilot-cli", f".copilot/session-state/{UUID}/events.jsonl",
                                         {"/Users/test/project/hello.py"}),
    "copilot_session_multiline.jsonl": ("copilot-vscode",
                                        f".config/Code/User/workspaceStorage/ws1/chatSessions/{UUID}.jsonl",
                                        {"/Users/svarlamov/projects/testing-git/jokes.csv"}),
    "copilot_vscode_event_stream.jsonl": (
        "copilot-vscode", f".config/Code/User/workspaceStorage/ws1/GitHub.copilot-chat/transcripts/{UUID}.jsonl",
        {"/Users/test/project/src/main.ts"}),
    # Only a read_file call: a reader must find no edit in it, and skip nothing.
    "copilot_vscode_workspace_GitHub.copilot-chat_transcripts_test-session-abc.jsonl": (
        "copilot-vscode", f".config/Code/User/workspaceStorage/ws2/GitHub.copilot-chat/transcripts/{UUID}.jsonl",
        set()),
}


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/research/samples is not beside the project")
@pytest.mark.parametrize("sample", sorted(PLACED))
def test_the_reader_finds_the_edits_of_a_peers_captured_session(sample: str, tmp_path: Path) -> None:
    source_id, where, files = PLACED[sample]
    home = tmp_path / "home"
    target = home / where
    target.parent.mkdir(parents=True)
    shutil.copyfile(SAMPLES / sample, target)
    os.utime(target)  # inside the window
    platform = Platform("linux", str(home), {}, ())
    result = scan(platform, EvidenceSettings(), use_index=False)
    (report,) = [report for report in result.reports if report.source.id == source_id]
    edits = [record for record in result.records if record.source == source_id and record.line_hashes]
    assert {record.file_path for record in edits} == files
    assert report.files_read == 1 and report.skips == []
