"""OpenAI Codex CLI rollouts: ``$CODEX_HOME`` (default ``~/.codex``) ``sessions/YYYY/MM/DD/
rollout-<time>-<id>.jsonl`` and ``archived_sessions/``.

Format from openai/codex codex-rs/protocol/src/protocol.rs (commit edb4efee: ``RolloutLine`` is
``{timestamp, type, payload}`` with ``RolloutItem`` = ``session_meta`` | ``response_item`` |
``compacted`` | ``turn_context`` | ``event_msg``; ``SessionMetaLine`` flattens ``SessionMeta``
{id, timestamp, cwd, originator, cli_version, …} with ``git: GitInfo`` {commit_hash, branch,
repository_url}; ``turn_context`` carries ``model`` and ``cwd``) and the sample
samples/git-ai/codex-session-simple.jsonl (cli_version 0.99.0-alpha.24). Edits are ``apply_patch``
calls in a ``response_item``: a ``custom_tool_call`` (``input`` is the patch), a
``function_call`` (``arguments`` is JSON holding the patch, or a shell command line carrying it),
or a ``local_shell_call`` (``action.command``); the patch grammar is in
``provenance.evidence.apply_patch``. Paths in a patch are relative to the session's cwd.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from provenance.evidence.apply_patch import patch_additions
from provenance.evidence.jsonl import json_lines, text
from provenance.evidence.lines import written_line_hashes
from provenance.evidence.records import EvidenceRecord, FileLog, SessionHints, parse_iso_time
from provenance.evidence.sources import Platform, Source

_KNOWN_TYPES = frozenset({"session_meta", "response_item", "compacted", "turn_context", "event_msg"})


def _locations(platform: Platform) -> list[str]:
    home = platform.env("CODEX_HOME") or platform.join_home(".codex")
    return [os.path.join(home, "sessions"), os.path.join(home, "archived_sessions")]


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON value (a patch may sit in any argument of a command)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _patch_texts(payload: dict[str, Any]) -> Iterator[str]:
    kind = payload.get("type")
    if kind == "custom_tool_call":
        yield from _strings(payload.get("input"))
    elif kind == "function_call":
        arguments = payload.get("arguments")
        try:
            parsed = json.loads(arguments) if isinstance(arguments, str) else arguments
        except json.JSONDecodeError:
            parsed = arguments
        yield from _strings(parsed)
    elif kind == "local_shell_call":
        yield from _strings(payload.get("action"))


class _Session:
    """What the records before an edit said about its session."""

    def __init__(self) -> None:
        self.id: str | None = None
        self.cwd: str | None = None
        self.model: str | None = None
        self.urls: tuple[str, ...] = ()
        self.commits: tuple[str, ...] = ()

    def learn(self, kind: str, payload: dict[str, Any]) -> None:
        if kind == "session_meta":
            self.id = text(payload.get("id")) or self.id
            self.cwd = text(payload.get("cwd")) or self.cwd
            git = payload.get("git")
            if isinstance(git, dict):
                self.urls = tuple(filter(None, [text(git.get("repository_url"))]))
                self.commits = tuple(filter(None, [text(git.get("commit_hash"))]))
        elif kind == "turn_context":
            self.model = text(payload.get("model")) or self.model
            self.cwd = text(payload.get("cwd")) or self.cwd

    def hints(self) -> SessionHints:
        return SessionHints(cwd=self.cwd, repository_urls=self.urls, commit_ids=self.commits)

    def save(self, state: dict[str, Any]) -> None:
        """What later lines need (the index keeps it to read only a rollout's new lines)."""
        state.update(id=self.id, cwd=self.cwd, model=self.model, urls=list(self.urls), commits=list(self.commits))

    @classmethod
    def restored(cls, state: dict[str, Any]) -> _Session:
        session = cls()
        session.id, session.cwd, session.model = text(state.get("id")), text(state.get("cwd")), text(state.get("model"))
        session.urls = tuple(url for url in state.get("urls") or () if isinstance(url, str))
        session.commits = tuple(commit for commit in state.get("commits") or () if isinstance(commit, str))
        return session


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    return _read(path, data, log, _Session())


def resume(path: str, data: bytes, log: FileLog, state: dict[str, Any]) -> Iterator[EvidenceRecord]:
    """The records of lines appended after those that left ``state`` (updated in place)."""
    session = _Session.restored(state)
    yield from _read(path, data, log, session)
    session.save(state)


def _read(path: str, data: bytes, log: FileLog, session: _Session) -> Iterator[EvidenceRecord]:
    for number, line in json_lines(data, log):
        kind, payload = line.get("type"), line.get("payload")
        if kind not in _KNOWN_TYPES or not isinstance(payload, dict):
            log.skip(number, f"unknown record type {kind!r}" if kind not in _KNOWN_TYPES else "no payload object")
            continue
        log.records_read += 1
        session.learn(str(kind), payload)
        if kind != "response_item":
            continue
        for patch in _patch_texts(payload):
            for file_path, added in patch_additions(patch):
                yield EvidenceRecord(
                    source=SOURCE.id, level="edit", session_id=session.id, model=session.model,
                    time=parse_iso_time(line.get("timestamp")), hints=session.hints(), source_file=path,
                    source_line=number, file_path=file_path, line_hashes=written_line_hashes(added),
                )  # fmt: skip


SOURCE = Source(
    id="codex", tool="Codex CLI", agent="Codex", level="edit",
    basis="openai/codex codex-rs/protocol/src/protocol.rs @edb4efee; codex-rs/apply-patch/src/parser.rs @0e0fb63d",
    best_effort=False, environment=("CODEX_HOME",), locations=_locations,
    file_names=("rollout-*.jsonl",), read=read, resume=resume,
)  # fmt: skip
