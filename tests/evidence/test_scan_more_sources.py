"""The scan finds the record files of the newer sources in their default places under a home
folder (locations and file name patterns together), and reads a log named in a source's paths."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from provenance.evidence.scan import ScanResult, scan
from provenance.evidence.settings import EvidenceSettings, SourceSettings
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES

CLINE_TASK = FIXTURES / "cline" / "saoudrizwan.claude-dev" / "tasks" / "1764500000000"


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)


def _home(home: Path) -> Path:
    storage = home / ".config" / "Code" / "User" / "globalStorage"
    _copy(CLINE_TASK, storage / "saoudrizwan.claude-dev" / "tasks" / CLINE_TASK.name)
    _copy(FIXTURES / "roo-code" / "rooveterinaryinc.roo-cline", storage / "rooveterinaryinc.roo-cline")
    _copy(FIXTURES / "qwen-code" / "projects", home / ".qwen" / "projects")
    _copy(FIXTURES / "continue" / "sessions", home / ".continue" / "sessions")
    _copy(FIXTURES / "jan" / "threads", home / ".config" / "Jan" / "data" / "threads")
    _copy(FIXTURES / "goose" / "20241130_120000.jsonl", home / ".local" / "share" / "goose" / "sessions" / "old.jsonl")
    sqlite3.connect(home / ".local" / "share" / "goose" / "sessions" / "sessions.db").close()  # empty: unknown schema
    _copy(FIXTURES / "lm-studio" / "server-logs", home / ".lmstudio" / "server-logs")
    return home


def _result(home: Path, settings: EvidenceSettings | None = None) -> ScanResult:
    return scan(Platform("linux", str(home), {}, ()), settings or EvidenceSettings())


def test_each_newer_source_reads_its_files_in_their_default_places(tmp_path: Path) -> None:
    reports = {report.source.id: report for report in _result(_home(tmp_path)).reports}
    assert {source: (reports[source].files_read, reports[source].records_read > 0) for source in (
        "cline", "roo-code", "qwen-code", "continue", "goose", "jan", "lm-studio")} == {
        "cline": (1, True), "roo-code": (1, True), "qwen-code": (1, True), "continue": (2, True),
        "goose": (2, True), "jan": (1, True), "lm-studio": (1, True)}  # sessions.json is not a session


def test_an_unreadable_store_is_reported_without_stopping_the_others(tmp_path: Path) -> None:
    result = _result(_home(tmp_path))
    goose = next(report for report in result.reports if report.source.id == "goose")
    assert [skip.reason.split(" (")[0] for skip in goose.skips if skip.line == 0] == ["cannot query the database"]
    assert any(record.source == "goose" for record in result.records)


def test_a_server_log_is_read_from_the_sources_paths(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "vllm.log"
    _copy(FIXTURES / "vllm" / "serve.log", log)
    settings = EvidenceSettings(sources={"vllm": SourceSettings(paths=(str(log.parent),))})
    result = _result(tmp_path / "home", settings)
    assert [record.source_line for record in result.records if record.source == "vllm"] == [2, 3, 4]
