"""Every reader that says it can resume (``Source.resume``) gives, read in pieces at any line
boundary with the state it kept, what it gives reading the file whole: the index relies on it to
read only the new lines of a grown file."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path

import pytest

from provenance.evidence.records import EvidenceRecord, FileLog, Skip
from provenance.evidence.registry import SOURCES
from provenance.evidence.sources import Source
from tests.evidence.helpers import FIXTURES

_RESUMING = [source for source in SOURCES if source.resume is not None]


def _fixtures(source: Source) -> list[Path]:
    found = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.is_file() and any(fnmatch.fnmatch(path.name, pattern) for pattern in source.file_names) and any(
                fnmatch.fnmatch(path.name, pattern) for pattern in source.resume_names):
            found.append(path)
    return found


def _in_pieces(source: Source, path: Path, data: bytes, cut: int) -> tuple[list[EvidenceRecord], list[Skip]]:
    """Read ``data[:cut]`` then ``data[cut:]`` (``cut`` just after a newline), as the index does."""
    assert source.resume is not None
    state: dict[str, object] = {}
    first, second = FileLog(str(path)), FileLog(str(path))
    records = list(source.resume(str(path), data[:cut], first, state))
    state = json.loads(json.dumps(state))  # what the index keeps is JSON
    lines = data[:cut].count(b"\n")
    later = list(source.resume(str(path), data[cut:], second, state))
    records += [r._replace(source_line=r.source_line + lines) for r in later]
    skips = first.skips + [s._replace(line=s.line + lines) if s.line else s for s in second.skips]
    return records, skips


def test_the_resuming_readers_are_the_line_formats() -> None:
    assert {source.id for source in _RESUMING} >= {"claude-code", "codex", "gemini-cli", "qwen-code", "ollama"}


@pytest.mark.parametrize("source", _RESUMING, ids=lambda source: source.id)
def test_reading_in_pieces_equals_reading_whole(source: Source) -> None:
    fixtures = _fixtures(source)
    assert fixtures, f"no fixture of {source.id} to check its resume reader on"
    for path in fixtures:
        data = path.read_bytes()
        whole_log = FileLog(str(path))
        whole = list(source.read(str(path), data, whole_log))
        cuts = [index + 1 for index, byte in enumerate(data) if byte == ord("\n")]
        for cut in cuts:
            records, skips = _in_pieces(source, path, data, cut)
            assert records == whole, f"{path.name} cut after byte {cut}"
            assert skips == whole_log.skips, f"{path.name} cut after byte {cut}"
