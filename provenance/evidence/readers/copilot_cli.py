"""GitHub Copilot CLI sessions: ``$COPILOT_HOME`` (default ``~/.copilot``, on every system)
``session-state/<sessionId>/events.jsonl``.

Best effort: the CLI's source is not published (github/copilot-cli holds its releases and issues
only). The folder is as GitHub documents it (docs.github.com, "Copilot CLI configuration
directory"; ``COPILOT_HOME`` moves it, github/copilot-cli#1954); the events were learnt from the
sample ../shared/research/samples/git-ai/copilot_cli_session_events.jsonl (copilotVersion 1.0.45)
and share the shape VS Code's Copilot Chat writes (``copilot_events``). ``session.start`` names
the session's folder, its git root, HEAD and base commits and the GitHub repository
("owner/name" on ``repositoryHost``): they go into the session's hints, so a moved or re-cloned
repository still matches. The edit tools are ``create`` {path, file_text}, ``edit`` {path,
old_str, new_str} and ``apply_patch``. Times are the events' ISO timestamps (UTC, ``Z``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from provenance.evidence.readers.copilot_events import read_events
from provenance.evidence.records import EvidenceRecord, FileLog
from provenance.evidence.sources import Platform, Source


def _locations(platform: Platform) -> list[str]:
    home = platform.env("COPILOT_HOME") or platform.join_home(".copilot")
    return [os.path.join(home, "session-state")]


def read(path: str, data: bytes, log: FileLog) -> Iterator[EvidenceRecord]:
    folder = os.path.basename(os.path.dirname(path)) or None  # the session's id, unless an event says it
    yield from read_events(SOURCE.id, path, data, log, session_id=folder, cwd=None)


SOURCE = Source(
    id="copilot-cli", tool="GitHub Copilot CLI", agent="Copilot", level="edit",
    basis="observed events (research sample of version 1.0.45); docs.github.com CLI configuration directory",
    best_effort=True, environment=("COPILOT_HOME",), locations=_locations,
    file_names=("events.jsonl",), read=read,
)  # fmt: skip
