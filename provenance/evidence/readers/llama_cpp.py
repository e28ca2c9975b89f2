"""llama.cpp's ``llama-server`` log (time and model only: an inference server knows no files).

Where: the server logs to stderr unless started with ``--log-file FILE`` (or
``LLAMA_ARG_LOG_FILE``): that file is read when the variable is set in the environment of the
scan; otherwise add the file (or a folder of ``*.log`` files) to the source's ``paths``.

Format (best effort, from the research notes ../shared/research/record-formats.md and
field-survey.md §2.2 on ggml-org/llama.cpp tools/server and common/log.cpp; the source was too
large to fetch): a request line ``srv  log_server_r: request: POST /v1/chat/completions
127.0.0.1 200`` (newer builds: ``done request:``), and a model load ``print_info: general.name
= Qwen3 0.6B Instruct`` or ``llama_model_loader: loaded meta data … from /models/x.gguf``.
With ``--log-timestamps`` a line starts ``M.SS.mmm.uuu L `` — minutes, seconds, milliseconds
and microseconds since the server started, not a clock time. The log holds no clock time at
all, so times are placed by assuming the file was last written at its last timestamped line (its
modification time); a log without timestamps leaves its records undated, and the scan gives them
the file's modification time. Both are stated as assumptions, not read from the log.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_STAMP = re.compile(r"^(\d+)\.(\d\d)\.(\d{3})\.(\d{3}) [A-Z] ")
_REQUEST = re.compile(r"log_server_r: (?:done )?request: (\w+) (\S+) \S+ (\d{3})")
_MODEL_NAME = re.compile(r"print_info: general\.name\s*=\s*(.+?)\s*$")
_MODEL_FILE = re.compile(r"llama_model_loader: loaded meta data .* from (.+?)\s*(?:\(|$)")
_INFERENCE_ROUTES = ("/completion", "/completions", "/v1/completions", "/chat/completions", "/v1/chat/completions",
                     "/v1/responses", "/v1/messages", "/infill")


def _locations(platform: Platform) -> list[str]:
    configured = platform.env("LLAMA_ARG_LOG_FILE")
    return [configured] if configured else []


def _since_start(line: str) -> timedelta | None:
    stamp = _STAMP.match(line)
    if stamp is None:
        return None
    minutes, seconds, millis, micros = (int(part) for part in stamp.groups())
    return timedelta(minutes=minutes, seconds=seconds, milliseconds=millis, microseconds=micros)


def _modified(path: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime, tz=timezone.utc)
    except OSError:
        return None


def _events(data: bytes) -> Iterator[tuple[int, str, timedelta | None]]:
    """(line number, model, time since start) of each model load and inference request. A load
    is marked by the loader's line (the model file); ``general.name`` names the model after it."""
    model: str | None = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.decode("utf-8", "replace")
        named = _MODEL_NAME.search(line)
        loaded = _MODEL_FILE.search(line)
        request = _REQUEST.search(line)
        if named:
            model = named.group(1)
        elif loaded:
            model = os.path.basename(loaded.group(1).replace("\\", "/"))
            yield number, model, _since_start(line)
        elif request and request.group(2).split("?")[0] in _INFERENCE_ROUTES:
            yield number, model or "", _since_start(line)


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    events = list(_events(data))
    stamps = [stamp for raw in data.split(b"\n")
              if (stamp := _since_start(raw.decode("utf-8", "replace"))) is not None]
    modified = _modified(path)
    for number, model, offset in events:
        time = None
        if offset is not None and stamps and modified is not None:
            time = modified - (max(stamps) - offset)  # the last stamped line was written last
        log.records_read += 1
        yield EvidenceRecord(source=SOURCE.id, level="activity", session_id=None, model=model or None, time=time,
                             hints=SessionHints(), source_file=path, source_line=number)


SOURCE = Source(
    id="llama-cpp", tool="llama.cpp", agent="llama.cpp", level="activity",
    basis="research notes on ggml-org/llama.cpp tools/server and common/log.cpp (record-formats.md)",
    best_effort=True, environment=("LLAMA_ARG_LOG_FILE",), locations=_locations, file_names=("*.log",), read=read,
)  # fmt: skip
