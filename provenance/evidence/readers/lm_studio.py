"""LM Studio's server logs (time and model only: a local inference server knows no files).

Where: ``~/.lmstudio/server-logs/<YYYY-MM>/<YYYY-MM-DD>.<N>.log`` (older versions:
``~/.cache/lm-studio/server-logs``); a moved LM Studio home is named by the file
``~/.lmstudio-home-pointer``. The same paths under the user folder on every system.

Format (best effort: LM Studio is closed source; learnt from the observations in
../shared/research/record-formats.md and field-survey.md §2.2): a request starts with
``[2025-04-17 18:32:17][DEBUG] Received request: POST to /v1/chat/completions with body {``
and the body's lines follow, one of them ``"model": "<name>"``. The time is *local time
without a zone* and is taken in this machine's zone. Only the model is read from a body.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, timezone

from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_REQUEST = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\]\[\w+\] Received request: (\w+) to (\S+)")
_ENTRY = re.compile(r"^\[\d{4}-\d\d-\d\d ")
_MODEL = re.compile(r'^\s*"model"\s*:\s*"([^"]+)"')
_INFERENCE_ROUTES = ("/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/messages",
                     "/api/v0/chat/completions", "/api/v0/completions")


def _home_pointer(platform: Platform) -> str | None:
    try:
        with open(platform.join_home(".lmstudio-home-pointer"), encoding="utf-8") as handle:
            return handle.read(4096).strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _locations(platform: Platform) -> list[str]:
    home = _home_pointer(platform) or platform.join_home(".lmstudio")
    return [os.path.join(home, "server-logs"), platform.join_home(".cache", "lm-studio", "server-logs")]


def _local_time(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").astimezone(timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


def _requests(data: bytes) -> Iterator[tuple[int, str, str | None]]:
    """(line number, local time text, model) of each inference request."""
    pending: tuple[int, str] | None = None
    model: str | None = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.decode("utf-8", "replace")
        if _ENTRY.match(line):
            if pending:
                yield pending[0], pending[1], model
            request = _REQUEST.match(line)
            inference = request is not None and request.group(3).split("?")[0] in _INFERENCE_ROUTES
            pending, model = ((number, request.group(1)) if request and inference else None), None
        elif pending and model is None and (named := _MODEL.match(line)):
            model = named.group(1)
    if pending:
        yield pending[0], pending[1], model


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    for number, local, model in _requests(data):
        time = _local_time(local)
        if time is None:
            log.skip(number, "a time that cannot be read")
            continue
        log.records_read += 1
        yield EvidenceRecord(source=SOURCE.id, level="activity", session_id=None, model=model, time=time,
                             hints=SessionHints(), source_file=path, source_line=number)


SOURCE = Source(
    id="lm-studio", tool="LM Studio", agent="LM Studio", level="activity",
    basis="observed server logs (../shared/research/record-formats.md; closed source)",
    best_effort=True, environment=(), locations=_locations, file_names=("*.log",), read=read,
    locations_read_files=True,  # ~/.lmstudio-home-pointer
)  # fmt: skip
