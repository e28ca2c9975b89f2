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
# The package's parent folder replaces sys.path[0], which for ``-c`` is the current folder: the
# repository under review, whose files must never be imported.
_PACKAGE_ROOT: Final = os.path.dirname(os.path.dirname(os.path.abspath(provenance.__file__)))
_ENTRY: Final = (f"import sys; sys.path[0] = {_PACKAGE_ROOT!r}; "
                 "from provenance.verify.attestation_worker import main; main()")


class AttestationProcess:
    """The running process: ``add`` each checked commit, then ``finish`` for the verdicts."""

    def __init__(self, process: Process) -> None:
        self._process = process
        self._sent: list[str] = []
        self._batch: list[bytes] = []
        self._broken = False

    @classmethod
    def start(cls, top: str, rev_args: tuple[str, ...], settings: CheckSettings) -> AttestationProcess | None:
        process = start_python(["-c", _ENTRY])
        if process is None:
            return None
        started = cls(process)
        started._write(attestation_wire.encode_header(attestation_wire.Header(top, rev_args, settings)))
        return started

    def add(self, commit: CommitToCheck) -> None:
        self._sent.append(commit.sha)
        self._batch.append(attestation_wire.encode_commit(commit))
        if len(self._batch) >= _BATCH:
            self._write(b"".join(self._batch))
            self._batch.clear()

    def finish(self) -> dict[str, Verdict] | None:
        """sha -> verdict for every commit added; None if the process did not deliver them all."""
        rest = b"".join(self._batch)
        self._batch.clear()
        try:
            out, _ = self._process.communicate(None if self._broken else rest, timeout=ANSWER_SECONDS)
        except (BrokenPipeError, OSError, ProcessTimeout):
            self._process.kill()
            self._process.communicate()
            return None
        if self._broken or self._process.returncode != 0:
            return None
        try:
            verdicts = attestation_wire.decode_verdicts(out)
        except attestation_wire.WireError:
            return None
        return verdicts if verdicts.keys() == set(self._sent) else None

    def stop(self) -> None:
        """End the process if ``finish`` has not: verify stopped early, and must not leave it waiting."""
        if self._process.returncode is None:
            self._process.kill()
            self._process.communicate()

    def _write(self, data: bytes) -> None:
        if self._broken:
            return
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(data)
            stdin.flush()
        except (BrokenPipeError, OSError):  # it died; ``finish`` says so and verify checks itself
            self._broken = True
