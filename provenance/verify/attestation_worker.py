"""The attestation process's own side: check the commits verify sends while verify reads the log.

verify starts this in a second Python for a long range (``attestation_process``) so that the
signature checks, which cost about as much as everything else verify does per commit, run on
another core instead of after the main pass. It reads the header, starts the range's patch ids
(one ``git log -p | git patch-id`` pipeline, as verify would, read as git computes them), and
checks each batch of commits as it arrives; once its input ends it reads git's output to the end
(a git failure there must not pass for an early exit) and writes every verdict. Its input is
drained on a thread from the start; verify writes to it from a thread of its own.

It says nothing on failure: it exits non-zero and verify checks the range itself, which reports
whatever went wrong (a git error, say) exactly as it would have without this process.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Iterator
from typing import BinaryIO

from provenance.attestation.check import check_commits
from provenance.gitio.patch_ids import streamed_range_patch_ids
from provenance.verify import attestation_wire

_CHUNK = 1 << 16


def main() -> None:
    """The process's entry point; never returns."""
    try:
        _serve(sys.stdin.buffer, sys.stdout.buffer)
        status = 0
    except BaseException:  # any failure means "verify checks it itself", said by the status
        status = 1
    os._exit(status)


def _serve(source: BinaryIO, answer: BinaryIO) -> None:
    header = attestation_wire.decode_header(source.readline())
    chunks: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    threading.Thread(target=_drain, args=(source, chunks), daemon=True).start()
    lines: list[bytes] = []
    pending: list[bytes] = []  # the pieces of a line not yet ended (a message may span many chunks)
    with streamed_range_patch_ids(header.rev_args, header.top) as streamed:
        patch_ids = PatchIdsAsTheyCome(streamed)
        while (chunk := chunks.get()) is not None:
            if b"\n" not in chunk:
                pending.append(chunk)
                continue
            *complete, rest = b"".join([*pending, chunk]).split(b"\n")
            pending = [rest] if rest else []
            commits = attestation_wire.decode_commits(complete, patch_ids.get)
            lines += [attestation_wire.encode_verdict(sha, verdict)
                      for sha, verdict in check_commits(commits, header.settings).items()]
        # To the end, so that git fails here as it would in verify's own process: a commit past the
        # last one sent (an exempt one) can still break the patch stream.
        patch_ids.read_to_end()
    if pending:
        raise attestation_wire.WireError("the input ended inside a line")
    answer.write(b"".join(lines))
    answer.flush()


class PatchIdsAsTheyCome:
    """The range's patch ids, read from git only as far as the commit asked for.

    verify sends the commits in ``git log``'s order, the order git computes the ids in, so the
    first commits are checked while git is still at work on the rest. A commit with no change (a
    merge, an empty commit) has no id: asking for it reads on to the end.
    """

    def __init__(self, streamed: Iterator[tuple[str, str]]) -> None:
        self._streamed = streamed
        self._known: dict[str, str] = {}

    def read_to_end(self) -> None:
        for _ in self._streamed:
            pass

    def get(self, sha: str) -> str | None:
        if sha in self._known:
            return self._known.pop(sha)
        for commit, patch_id in self._streamed:
            if commit == sha:
                return patch_id
            self._known[commit] = patch_id
        return None


def _drain(source: BinaryIO, chunks: queue.SimpleQueue[bytes | None]) -> None:
    try:
        while chunk := source.read1(_CHUNK):  # type: ignore[attr-defined]
            chunks.put(chunk)
    finally:
        chunks.put(None)
