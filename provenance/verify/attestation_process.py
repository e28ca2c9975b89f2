"""verify's attestation checks in a second process, fed while the main pass reads the log.

One core reads and checks the messages; the other computes the patch ids and checks the
signatures (``attestation_worker``). Threads cannot do this: the checks are mostly Python, which
holds the lock the main pass needs (BENCHMARKS.md "verify with attestations required"). Starting
a Python costs ~50 ms of the other core, so only ranges of ``MIN_COMMITS`` or more use it.

Nothing depends on the process: if it cannot start, dies, or answers anything but a verdict for
every commit it was sent, ``finish`` returns None and verify checks the range in its own process,
reporting what went wrong there as it always has.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from typing import Final

import provenance
from provenance.attestation.check import CheckSettings, CommitToCheck, Verdict
from provenance.gitio.runner import Process, ProcessTimeout, start_python
from provenance.verify import attestation_wire

MIN_COMMITS: Final = 1000
# How long verify waits, once its own pass is done, for the process to answer: it checks while
# verify reads, so it is usually done within a second; one that hangs is killed, and verify checks.
ANSWER_SECONDS: Final = 120.0
_BATCH: Final = 256  # commits per write: fewer system calls, and the process starts on the first early
# The package's parent folder takes the place of sys.path[0], which for ``-c`` is the current folder:
# the repository under review, whose files must never be imported.
_PACKAGE_ROOT: Final = os.path.dirname(os.path.dirname(os.path.abspath(provenance.__file__)))
_ENTRY: Final = (f"import sys; sys.path[0:1] = [{_PACKAGE_ROOT!r}] + ([] if sys.path[:1] == [''] else sys.path[:1]); "
                 "from provenance.verify.attestation_worker import main; main()")


class AttestationProcess:
    """The running process: ``add`` each checked commit, then ``finish`` for the verdicts.

    What is sent goes through a queue to a feeder thread, which alone writes to the process: a
    process that stops reading (stalled, stopped) blocks that thread, never verify's main pass, and
    ``finish`` gives it ``ANSWER_SECONDS`` before killing the process.
    """

    def __init__(self, process: Process) -> None:
        self._process = process
        self._sent: list[str] = []
        self._batch: list[bytes] = []
        self._outgoing: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._broken = threading.Event()
        self._feeder = threading.Thread(target=self._feed, daemon=True)
        self._feeder.start()

    @classmethod
    def start(cls, top: str, rev_args: tuple[str, ...], settings: CheckSettings) -> AttestationProcess | None:
        process = start_python(["-c", _ENTRY])
        if process is None:
            return None
        started = cls(process)
        started._outgoing.put(attestation_wire.encode_header(attestation_wire.Header(top, rev_args, settings)))
        return started

    def add(self, commit: CommitToCheck) -> None:
        self._sent.append(commit.sha)
        self._batch.append(attestation_wire.encode_commit(commit))
        if len(self._batch) >= _BATCH:
            self._outgoing.put(b"".join(self._batch))
            self._batch.clear()

    def finish(self) -> dict[str, Verdict] | None:
        """sha -> verdict for every commit added; None if the process did not deliver them all."""
        self._outgoing.put(b"".join(self._batch))
        self._batch.clear()
        self._outgoing.put(None)  # the feeder stops after what is queued
        deadline = time.monotonic() + ANSWER_SECONDS
        self._feeder.join(ANSWER_SECONDS)
        if self._feeder.is_alive():  # still writing: the process does not read
            self.stop()
            return None
        try:  # closes the process's input, then reads its answer
            out, _ = self._process.communicate(timeout=max(0.0, deadline - time.monotonic()))
        except (OSError, ProcessTimeout):
            self.stop()
            return None
        if self._broken.is_set() or self._process.returncode != 0:
            return None
        try:
            verdicts = attestation_wire.decode_verdicts(out)
        except attestation_wire.WireError:
            return None
        return verdicts if verdicts.keys() == set(self._sent) else None

    def stop(self) -> None:
        """End the process if ``finish`` has not: verify stopped early, and must not leave it waiting.
        Killing it also ends a feeder blocked on writing to it."""
        self._outgoing.put(None)
        if self._process.returncode is None:
            self._process.kill()
            self._process.communicate()

    def _feed(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            while (data := self._outgoing.get()) is not None:
                stdin.write(data)
                stdin.flush()
        except (BrokenPipeError, OSError, ValueError):  # it died (or was killed); verify checks itself
            self._broken.set()
