"""Reading the sources never fails: what cannot be read is skipped and counted."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from provenance.evidence import registry
from provenance.evidence import scan as scan_module
from provenance.evidence.readers import claude_code
from provenance.evidence.scan import scan
from provenance.evidence.settings import EvidenceSettings, SourceSettings
from provenance.evidence.sources import Platform
from tests.evidence.helpers import claude_session

NOW = datetime.now(timezone.utc)


def _claude(home: Path, name: str = "s") -> Path:
    return claude_session(home, Path("/w/repo"), name, NOW.strftime("%Y-%m-%dT%H:%M:%SZ"), Path("/w/repo/a.py"),
                          "value = compute(1)\n")


def _report(home: Path, settings: EvidenceSettings | None = None,
            since: datetime | None = None) -> scan_module.ScanResult:
    return scan(Platform("linux", str(home), {}, ()), settings or EvidenceSettings(), since)


def test_every_source_reports_where_it_looked(tmp_path: Path) -> None:
    _claude(tmp_path)
    result = _report(tmp_path)
    claude = result.reports[0]
    assert claude.source.id == "claude-code" and claude.files_read == 1 and claude.records_read == 2
    assert (str(tmp_path / ".claude" / "projects"), True) in claude.locations
    assert [r.source.id for r in result.reports] == ["claude-code", "codex", "gemini-cli", "qwen-code", "opencode",
                                                      "cline", "roo-code", "continue", "goose", "aider",
                                                      "cursor", "cursor-tracking", "copilot-vscode",
                                                      "copilot-otel", "copilot-cli", "windsurf", "amp",
                                                      "ollama", "llama-cpp", "lm-studio", "vllm", "jan", "ollama-app"]
    assert len(result.records) == 1


def test_a_file_above_the_size_cap_is_skipped(tmp_path: Path) -> None:
    path = _claude(tmp_path)
    with path.open("a") as handle:
        handle.write(" " * (1024 * 1024 + 10) + "\n")
    result = _report(tmp_path, EvidenceSettings(max_file_bytes=1024 * 1024))
    assert result.records == []
    assert [str(s) for s in result.reports[0].skips] == [f"{path}: larger than 1 MiB (max-file-size)"]


def test_a_file_that_cannot_be_opened_is_skipped(tmp_path: Path) -> None:
    # A locked or vanished file behaves alike: open() fails and the reason is reported.
    _claude(tmp_path)
    broken = tmp_path / ".claude" / "projects" / "x" / "dangling.jsonl"
    broken.parent.mkdir(parents=True)
    broken.symlink_to(tmp_path / "nowhere")
    (skip,) = _report(tmp_path).reports[0].skips
    assert skip.path == str(broken) and skip.reason.startswith("cannot read")


def test_a_reader_that_fails_does_not_stop_the_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _claude(tmp_path)

    def broken(path: str, data: bytes, log: object) -> object:
        raise KeyError("a format change")

    monkeypatch.setattr(registry, "SOURCES", (claude_code.SOURCE._replace(read=broken, resume=None),))
    result = _report(tmp_path)
    assert result.records == []
    assert result.reports[0].skips[0].reason == "could not be read (KeyError); records of this file are ignored"


def test_files_not_modified_since_the_window_are_not_read(tmp_path: Path) -> None:
    path = _claude(tmp_path)
    old = (NOW - timedelta(days=3)).timestamp()
    os.utime(path, (old, old))
    result = _report(tmp_path, since=NOW - timedelta(days=1))
    assert result.reports[0].files_older == 1 and result.reports[0].files_read == 0


def test_extra_paths_and_a_disabled_source(tmp_path: Path) -> None:
    extra = tmp_path / "elsewhere"
    _claude(extra)
    settings = EvidenceSettings(sources={"claude-code": SourceSettings(paths=(str(extra / ".claude"),))})
    assert _report(tmp_path / "empty-home", settings).reports[0].files_read == 1
    off = EvidenceSettings(sources={"claude-code": SourceSettings(enabled=False, paths=(str(extra),))})
    report = _report(tmp_path / "empty-home", off).reports[0]
    assert not report.enabled and report.files_read == 0
