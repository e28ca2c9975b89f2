"""vLLM server logs (time and model only: an inference server knows no files).

Where: vLLM logs to stdout (or through ``--log-config-file``); nothing is written to a known
place, so this source has no default location: save the output (``vllm serve … 2>&1 | tee
FILE``) and add FILE, or a folder of ``*.log`` files, to the source's ``paths``.

Format from vllm-project/vllm vllm/logger.py (commit 00656a8e: ``"%(levelname)s %(asctime)s
%(filename)s:%(lineno)d] %(message)s"`` with the date format ``"%m-%d %H:%M:%S"``; later versions
write ``[file:line]`` and may prefix ``(APIServer pid=N) ``): ``INFO 04-10 03:44:50
[logger.py:39] Received request chatcmpl-…`` marks a request (logged only with request logging
on: ``--enable-log-requests`` in current versions) and ``Starting to load model NAME`` a model
load; uvicorn's access lines ``INFO:  127.0.0.1:5 - "POST /v1/chat/completions HTTP/1.1" 200``
carry no time and take the time of the last stamped line before them.

**Assumptions, since the timestamps have no year and no zone:** they are this machine's local
time, and their year is the year of the file's last modification — or the year before when that
would put a line more than a day after the modification (a log begun in December and written into
January). The model of a request is the model the server loaded last before it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints
from provenance.evidence.sources import Platform, Source

_STAMPED = re.compile(r"^(?:\([^)]*\) )?(?:DEBUG|INFO|WARNING|ERROR|CRITICAL) (\d\d-\d\d \d\d:\d\d:\d\d)(?:\.\d+)? "
                      r"\[?[\w./-]+:\d+\] (.*)$")
_LOAD = re.compile(r"Starting to load model (\S+?)\.*$")
_ACCESS = re.compile(r'^(?:\([^)]*\) )?INFO:\s+\S+ - "(\w+) (\S+) HTTP/[\d.]+" (\d{3})')
_INFERENCE_ROUTES = ("/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/messages", "/generate")


def _locations(platform: Platform) -> list[str]:
    return []


def _reference_time(path: str) -> datetime:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime).astimezone()
    except OSError:
        return datetime.now().astimezone()


def _dated(stamp: str, reference: datetime) -> datetime | None:
    """A ``MM-DD HH:MM:SS`` local time in the reference's year (or the year before), as UTC."""
    for year in (reference.year, reference.year - 1):
        try:
            local = datetime.strptime(f"{year}-{stamp}", "%Y-%m-%d %H:%M:%S").astimezone()
        except (ValueError, OverflowError, OSError):
            continue
        if local <= reference + timedelta(days=1):
            return local.astimezone(timezone.utc)
    return None


def _events(data: bytes) -> Iterator[tuple[int, str | None, str | None, bool]]:
    """(line number, time stamp, model, is a load) of each load and inference request."""
    model: str | None = None
    stamp: str | None = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.decode("utf-8", "replace").rstrip("\r")
        stamped = _STAMPED.match(line)
        access = _ACCESS.match(line) if stamped is None else None
        if stamped:
            stamp, message = stamped.group(1), stamped.group(2)
            loaded = _LOAD.search(message)
            if loaded:
                model = loaded.group(1)
                yield number, stamp, model, True
            elif message.startswith("Received request "):
                yield number, stamp, model, False
        elif access and access.group(2).split("?")[0] in _INFERENCE_ROUTES:
            yield number, stamp, model, False


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    reference = _reference_time(path)
    for number, stamp, model, is_load in _events(data):
        time = _dated(stamp, reference) if stamp else None
        if stamp and time is None:
            log.skip(number, "a time that cannot be read")
            continue
        log.records_read += 1
        shown = model if is_load or model is None else f"{model}?"
        yield EvidenceRecord(source=SOURCE.id, level="activity", session_id=None, model=shown, time=time,
                             hints=SessionHints(), source_file=path, source_line=number)


SOURCE = Source(
    id="vllm", tool="vLLM", agent="vLLM", level="activity",
    basis="vllm-project/vllm vllm/logger.py @00656a8e (format and date format); request and load messages",
    best_effort=False, environment=(), locations=_locations, file_names=("*.log",), read=read,
)  # fmt: skip
