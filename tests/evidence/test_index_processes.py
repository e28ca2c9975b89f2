"""The evidence index with real processes: two scans at once (two commits) neither corrupt it nor
change their answers, and the scan's own modules stay light enough for a commit hook."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from provenance.evidence.scan import scan
from provenance.evidence.settings import EvidenceSettings
from tests.evidence.index_world import BASE_TIME, assert_same, both, claude_line, codex_line, platform
from tests.paths import PROJECT_ROOT as ROOT

_SCANNER = """
import hashlib, json, sys
from pathlib import Path
from provenance.evidence.scan import scan
from provenance.evidence.settings import EvidenceSettings
from tests.evidence.index_world import platform
home, index = Path(sys.argv[1]), Path(sys.argv[2])
for _ in range(3):
    result = scan(platform(home, index), EvidenceSettings())
    print(json.dumps([hashlib.sha256(repr(result.records).encode()).hexdigest(),
                      sum(report.records_read for report in result.reports), result.index]))
"""


def _digest(records: object) -> str:
    return hashlib.sha256(repr(records).encode()).hexdigest()


def _many_files(home: Path) -> None:
    """60 transcripts, last written a while ago (the index re-reads files written seconds ago)."""
    written = []
    for session in range(40):
        folder = home / ".claude" / "projects" / f"-w-repo{session % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        written.append(folder / f"s{session}.jsonl")
        written[-1].write_text("".join(claude_line(session * 100 + n) for n in range(60)))
    rollouts = home / ".codex" / "sessions" / "2026" / "12" / "01"
    rollouts.mkdir(parents=True)
    for session in range(20):
        written.append(rollouts / f"rollout-x-{session}.jsonl")
        written[-1].write_text("".join(codex_line(n) for n in range(80)))
    for path in written:
        os.utime(path, (BASE_TIME + 2000, BASE_TIME + 2000))


def test_two_scans_at_once_give_the_plain_answer_and_leave_the_index_sound(tmp_path: Path) -> None:
    home, index = tmp_path / "home", tmp_path / "index.sqlite3"
    _many_files(home)
    plain = scan(platform(home, None), EvidenceSettings(), use_index=False)
    expected = [_digest(plain.records), sum(report.records_read for report in plain.reports)]
    runs = [subprocess.Popen([sys.executable, "-c", _SCANNER, str(home), str(index)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        for line in out.splitlines():
            digest, records_read, _ = json.loads(line)
            assert [digest, records_read] == expected
    with sqlite3.connect(index) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        files = connection.execute("SELECT count(*) FROM files").fetchone()[0]
        assert files == 60 and connection.execute("SELECT count(DISTINCT path) FROM files").fetchone()[0] == files
    warm, again = both(home, index)
    assert_same(warm, again)
    assert sum(report.files_from_index for report in warm.reports) == 60


_IMPORTS = """
import sys

class Watch:
    importers = {}
    def find_spec(self, name, path=None, target=None):
        if name in ("dataclasses", "inspect"):
            frame = sys._getframe(1)
            while frame and not frame.f_globals.get("__name__", "").startswith("provenance"):
                frame = frame.f_back
            self.importers.setdefault(name, frame.f_globals["__name__"] if frame else None)
        return None

watch = Watch()
sys.meta_path.insert(0, watch)
import provenance.evidence.index
from provenance.evidence.scan import scan
from provenance.evidence.settings import load_settings
from provenance.evidence.sources import Platform
scan(Platform.current(), load_settings())
import json
print(json.dumps(watch.importers))
"""


def test_the_scan_and_the_index_import_neither_dataclasses_nor_inspect(tmp_path: Path) -> None:
    # Importing dataclasses pulls in inspect and ast (~10 ms) and a frozen dataclass costs ~0.8 ms to
    # build: on a commit hook's path records are NamedTuples (BENCHMARKS.md, the hook budget). The
    # aider reader is another module's business (it still uses dataclasses for its parsing state).
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "GIT_PROVENANCE_EVIDENCE_INDEX": str(tmp_path / "i.db")}
    proc = subprocess.run([sys.executable, "-c", _IMPORTS], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    importers = json.loads(proc.stdout)
    assert set(importers.values()) <= {"provenance.evidence.readers.aider"}, importers
