"""Ollama's server log (time and model only: a local inference server knows no files).

Where: macOS ``~/.ollama/logs/server.log`` (and rotated ``server-N.log``), Windows
``%LOCALAPPDATA%\\Ollama\\server*.log``; on Linux the service logs to journald, which is not read
(export it, ``journalctl -u ollama > FILE``, and add FILE to the source's ``paths``).

Format (ollama/ollama, snapshot fb307609 of 2026-08-21, read in the research notes
../shared/research/field-survey.md §2.2, and public logs): structured lines
``time=2024-07-21T15:40:57.045-07:00 level=INFO source=server.go:391 msg="starting llama server"
cmd="… --model /…/models/blobs/sha256-<digest> …"`` mark a model load (the time carries its
zone); gin's request lines ``[GIN] 2025/02/10 - 11:20:29 | 200 | 35.68s | 127.0.0.1 | POST
"/api/chat"`` mark a request, in *local time without a zone* (taken in this machine's zone) and
without a model — the model given is the one the server loaded last before it (a guess, said so
in the report as ``model?``). A blob digest is named from the manifests beside the blobs
(``models/manifests/<registry>/<namespace>/<name>/<tag>``, layer ``application/vnd.ollama.image.model``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, parse_iso_time
from provenance.evidence.sources import Platform, Source

_LOAD = re.compile(r'^time=(\S+) .*msg="starting llama server".*--model (\S+?)["\s]')
_GIN = re.compile(r'^\[GIN\] (\d{4}/\d\d/\d\d - \d\d:\d\d:\d\d) \|\s*(\d{3}) \|[^|]*\|[^|]*\|\s*(\w+)\s+"([^"]+)"')
_INFERENCE_ROUTES = ("/api/chat", "/api/generate", "/v1/chat/completions", "/v1/completions", "/v1/responses",
                     "/v1/messages")
_MODEL_LAYER = "application/vnd.ollama.image.model"
_MAX_MANIFESTS = 2000


def _locations(platform: Platform) -> list[str]:
    if platform.system == "windows":
        return [os.path.join(platform.local_app_data(), "Ollama")]
    return [platform.join_home(".ollama", "logs")]


def _manifest_names(models_folder: str) -> dict[str, str]:
    """Blob file name (``sha256-<hex>``) -> model name (``library/qwen3:8b`` as ``qwen3:8b``)."""
    names: dict[str, str] = {}
    root = os.path.join(models_folder, "manifests")
    seen = 0
    for folder, _, files in os.walk(root):
        for name in files:
            seen += 1
            if seen > _MAX_MANIFESTS:
                return names
            parts = os.path.relpath(os.path.join(folder, name), root).split(os.sep)
            model = f"{parts[-2]}:{parts[-1]}" if len(parts) >= 2 else name
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    layers = json.load(handle).get("layers", [])
            except (OSError, ValueError, AttributeError):
                continue
            for layer in layers if isinstance(layers, list) else []:
                if isinstance(layer, dict) and layer.get("mediaType") == _MODEL_LAYER:
                    names[str(layer.get("digest", "")).replace(":", "-")] = model
    return names


class _Models:
    """Names for blob paths, from the manifests next to the blobs (read once per folder)."""

    def __init__(self) -> None:
        self.folders: dict[str, dict[str, str]] = {}

    def name(self, blob_path: str) -> str:
        blob = os.path.basename(blob_path)
        folder = os.path.dirname(os.path.dirname(blob_path))
        if folder not in self.folders:
            self.folders[folder] = _manifest_names(folder)
        return self.folders[folder].get(blob) or blob[:19]


def _local_gin_time(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y/%m/%d - %H:%M:%S").astimezone(timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    return resume(path, data, log, {})


def resume(path: str, data: bytes, log: FileLog, state: dict[str, Any]) -> Iterator[EvidenceRecord]:
    """The records of lines appended after those that left ``state`` (the model loaded last),
    which is updated in place. A blob's name is taken from the manifests when its line is read."""
    models = _Models()
    loaded = state.get("loaded") if isinstance(state.get("loaded"), str) else None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.decode("utf-8", "replace")
        load = _LOAD.match(line)
        request = _GIN.match(line) if load is None else None
        if load:
            loaded = state["loaded"] = models.name(load.group(2))
            time = parse_iso_time(load.group(1))
            model: str | None = loaded
        elif request and request.group(4).split("?")[0] in _INFERENCE_ROUTES:
            time = _local_gin_time(request.group(1))
            model = f"{loaded}?" if loaded else None
        else:
            continue
        if time is None:
            log.skip(number, "a time that cannot be read")
            continue
        log.records_read += 1
        yield EvidenceRecord(source=SOURCE.id, level="activity", session_id=None, model=model, time=time,
                             hints=SessionHints(), source_file=path, source_line=number)


SOURCE = Source(
    id="ollama", tool="Ollama", agent="Ollama", level="activity",
    basis="ollama/ollama @fb307609 (research notes field-survey.md §2.2); gin's request log line",
    best_effort=False, environment=(), locations=_locations, file_names=("server*.log",), read=read,
    resume=resume,
)  # fmt: skip
