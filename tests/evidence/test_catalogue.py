"""The catalogue: the sources' metadata and locations kept beside the index, so a warm scan
imports no reader, and never an answer the registry would not give."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from provenance.evidence import catalogue
from provenance.evidence.catalogue import COMMON_VARIABLES, FILE_NAME, catalogued_sources
from provenance.evidence.registry import SOURCES
from provenance.evidence.source_ids import SOURCE_IDS
from provenance.evidence.sources import Platform
from tests.evidence.helpers import FIXTURES, claude_session
from tests.gitutil import commit_file, git


def test_the_settings_ids_are_the_registrys_in_order() -> None:
    assert tuple(source.id for source in SOURCES) == SOURCE_IDS


class _Recording(Mapping[str, str]):
    """An environment that remembers every variable asked for."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values, self.asked = values, set()

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return self.values.get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


@pytest.mark.parametrize("system", ["linux", "darwin", "windows"])
@pytest.mark.parametrize("source", SOURCES, ids=lambda source: source.id)
def test_locations_read_only_the_variables_the_catalogue_keys_on(source: Any, system: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    environ = _Recording({name: f"/set/{name}" for name in ("HOME", *COMMON_VARIABLES, *source.environment)})
    opened: list[str] = []
    real_open = builtins.open

    def spying_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying_open)
    source.locations(Platform(system, "/home/ada", environ, ("/src/app",)))
    assert environ.asked <= {"HOME", *COMMON_VARIABLES, *source.environment}
    assert not opened or source.locations_read_files, f"{source.id} reads {opened}: mark locations_read_files"


def test_a_current_catalogue_gives_light_sources_with_the_same_answers(tmp_path: Path) -> None:
    platform = Platform("linux", str(tmp_path / "home"), {"CODEX_HOME": "/codex"}, (str(tmp_path / "app"),))
    first = catalogued_sources(str(tmp_path), platform, "stamp-1")
    assert first is SOURCES and (tmp_path / FILE_NAME).exists()
    light = catalogued_sources(str(tmp_path), platform, "stamp-1")
    assert light is not SOURCES
    for real, copy in zip(SOURCES, light, strict=True):
        assert copy._replace(locations=None, read=None, resume=None) == real._replace(
            locations=None, read=None, resume=None)
        assert copy.locations(platform) == real.locations(platform)
        assert (copy.resume is None) == (real.resume is None)
    transcript = FIXTURES / "claude-code" / "session.jsonl"
    claude_real, claude_light = SOURCES[0], light[0]
    from provenance.evidence.records import FileLog

    data = transcript.read_bytes()
    assert list(claude_light.read(str(transcript), data, FileLog(str(transcript)))) == list(
        claude_real.read(str(transcript), data, FileLog(str(transcript))))


@pytest.mark.parametrize("change", ["variable", "home", "package", "damaged"])
def test_anything_the_locations_depend_on_asks_the_registry_again(tmp_path: Path, change: str) -> None:
    platform = Platform("linux", str(tmp_path / "home"), {"CODEX_HOME": "/codex"}, ())
    catalogued_sources(str(tmp_path), platform, "stamp-1")
    package = "stamp-1"
    if change == "variable":
        platform = platform._replace(environ={"CODEX_HOME": "/elsewhere"})
    elif change == "home":
        platform = platform._replace(home=str(tmp_path / "other-home"))
    elif change == "package":
        package = "stamp-2"
    else:
        (tmp_path / FILE_NAME).write_text('{"version": 1, "key": ')
    assert catalogued_sources(str(tmp_path), platform, package) is SOURCES


def test_a_source_whose_locations_read_a_file_is_asked_every_time(tmp_path: Path) -> None:
    home = tmp_path / "lm-home"
    home.mkdir()
    platform = Platform("linux", str(home), {}, ())
    catalogued_sources(str(tmp_path), platform, "s")
    (home / ".lmstudio-home-pointer").write_text(str(tmp_path / "moved"))
    light = {source.id: source for source in catalogued_sources(str(tmp_path), platform, "s")}
    assert light["lm-studio"].locations(platform)[0] == str(tmp_path / "moved" / "server-logs")
    assert json.loads((tmp_path / FILE_NAME).read_text())["version"] == catalogue.VERSION


def test_a_warm_scan_imports_no_reader_and_answers_as_before(repo: Path, tmp_path: Path) -> None:
    home = Path.home()
    commit_file(repo, "start")
    code = "def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n    return remaining\n"
    (repo / "billing.py").write_text(code)
    git(repo, "add", "billing.py")
    written = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    transcript = claude_session(home, repo, "s-warm", written, repo / "billing.py", code)
    old = transcript.stat().st_mtime - 60  # the index re-reads a file written in the last seconds
    os.utime(transcript, (old, old))
    script = (
        "import sys\n"
        "from provenance.evidence.run import run_evidence, staged_target\n"
        "from provenance.evidence.settings import EvidenceSettings\n"
        "target = staged_target('.', EvidenceSettings(), top='.')\n"
        "report = run_evidence(target, EvidenceSettings(), activity=False).report\n"
        "readers = sorted(m for m in sys.modules if m.startswith('provenance.evidence.readers.'))\n"
        "print([(e.tool, sorted(e.sessions), len(e.matched)) for e in report.matches], readers)\n"

    )
    runs = [subprocess.run([sys.executable, "-c", script], cwd=repo, capture_output=True, text=True, check=True).stdout
            for _ in range(3)]
    assert runs[0].startswith("[('Claude Code', ['s-warm'], 3)]")
    assert "provenance.evidence.readers.claude_code" in runs[0]  # cold: the registry, and the file read
    # Warm: the same answer, and only the readers the catalogue cannot stand in for are loaded: the
    # two a factory builds (Cline, Roo Code) and LM Studio, whose locations read a file.
    loaded = ["provenance.evidence.readers.cline", "provenance.evidence.readers.lm_studio",
              "provenance.evidence.readers.roo_code"]
    assert runs[2] == f"[('Claude Code', ['s-warm'], 3)] {loaded}\n"
