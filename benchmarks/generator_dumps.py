"""AI-written files from benchmark generation dumps kept in git: per-model answers to the same tasks.

- ``mohsystem_files``: ``output[-bk]/<model>/Task<N>_<MODEL>_<version>.py`` (Python),
  ``generatedCode[-bk]/<model>/task<N>/...java``, ``source/output/<model>/cpp/...cpp``; group: task N
  (the same 200 prompts in every language, so a task is on one side of a split in all of them).
- ``livecodebench_files``: ``<Model name>/Scenario.codegeneration_<n>_<t>_eval_all.json``, a list of
  problems, each with ``code_list``; group: the LiveCodeBench question id.

Files are read from the mirror's HEAD through one ``git cat-file --batch`` process; blobs the
snapshot lacks (files of 4 MiB and more) are skipped and counted.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator_families import family_of_model


@dataclass(frozen=True)
class DumpFile:
    text: str
    origin: str  # path in the mirror (and the index inside a JSON dump)
    blob: str
    generator: str
    group: str
    language_hint: str  # a path whose extension gives the language


def list_tree(git_dir: Path, revision: str = "HEAD") -> list[tuple[str, str]]:
    """(blob id, path) of every file at `revision`."""
    out = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", revision],
                         capture_output=True, check=True).stdout.decode("utf-8", "replace")
    entries = []
    for record in filter(None, out.split("\0")):
        meta, path = record.split("\t", 1)
        mode_type_id = meta.split()
        if mode_type_id[1] == "blob":
            entries.append((mode_type_id[2], path))
    return entries


class BlobReader:
    """Reads blobs through one ``git cat-file --batch`` process; None for a blob the mirror lacks."""

    def __init__(self, git_dir: Path) -> None:
        self.process = subprocess.Popen(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def read(self, blob: str) -> bytes | None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(blob.encode() + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().decode().split()
        if len(header) != 3:  # "<id> missing"
            return None
        data = self.process.stdout.read(int(header[2]))
        self.process.stdout.read(1)  # the newline after the content
        return data

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_MOHSYSTEM = re.compile(
    r"^(?:source/)?(?:output|output-bk|generatedCode|generatedCode-bk)/[^/]+/(?:task\d+/|c/|cpp/)?Task(?P<task>\d+)_(?P<tool>[A-Za-z0-9]+)_(?P<model>[^/]+)"
    r"\.(?P<ext>py|java|c|cpp)$"
)


def _matching_blobs(git_dir: Path, pattern: re.Pattern[str],
                    missing: list[str]) -> Iterator[tuple[re.Match[str], str, str, bytes]]:
    """(match, path, blob, bytes) of every file of the mirror whose path ``pattern`` matches; a
    blob the mirror lacks is named in ``missing`` instead."""
    with BlobReader(git_dir) as reader:
        for blob, path in list_tree(git_dir):
            match = pattern.match(path)
            if match is None:
                continue
            data = reader.read(blob)
            if data is None:
                missing.append(path)
                continue
            yield match, path, blob, data


def mohsystem_files(git_dir: Path, missing: list[str]) -> Iterator[DumpFile]:
    """Answers of five models to 200 tasks (mohsystem/llm-generated-code-*)."""
    for match, path, blob, data in _matching_blobs(git_dir, _MOHSYSTEM, missing):
        model = match.group("model").replace("_", "-")
        generator = model if family_of_model(model) != "unattributed" else match.group("tool").lower()
        yield DumpFile(data.decode("utf-8", "replace"), path, blob, generator,
                       f"mohsystem/task{int(match.group('task'))}", path)


_LCB_DUMP = re.compile(r"^(?P<model>[^/]+)/Scenario\.codegeneration_[^/]*\.json$")


def livecodebench_files(git_dir: Path, missing: list[str]) -> Iterator[DumpFile]:
    """Every code answer in the LiveCodeBench submissions the mirror holds (LiveCodeBench/submissions)."""
    for match, path, blob, data in _matching_blobs(git_dir, _LCB_DUMP, missing):
        model = match.group("model")
        for problem in json.loads(data):
            for index, code in enumerate(problem.get("code_list") or []):
                if isinstance(code, str) and code.strip():
                    yield DumpFile(code, f"{path}#{problem['question_id']}/{index}", blob, model,
                                   f"livecodebench/{problem['question_id']}", "solution.py")
