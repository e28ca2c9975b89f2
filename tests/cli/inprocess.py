"""Running the command line in the test's own process, so coverage sees the code it runs.

The end-to-end tests start ``python -m provenance`` and real ``git commit`` hooks as subprocesses,
which coverage cannot follow; the ``test_inprocess_*`` modules call ``provenance.cli.main(argv)``,
the function the console script and the hook scripts run, inside real temporary repositories.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from provenance.cli import main

# Variables a CI runner sets that change what verify does; a test run inside CI must not see them.
CI_VARIABLES = ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "GITHUB_EVENT_PATH",
                "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "PRE_COMMIT_COMMIT_MSG_SOURCE")


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    def one_line_error(self, code: int) -> str:
        """The single stderr line of a failure with exit ``code`` (and nothing on stdout)."""
        assert self.code == code, self
        assert "Traceback" not in self.err, self.err
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert self.out == "", self.out
        return lines[0]


class Cli:
    """``cli(*argv, cwd=...)`` runs ``git-provenance ARGV`` in-process and returns what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        for variable in CI_VARIABLES:
            monkeypatch.delenv(variable, raising=False)

    def __call__(self, *argv: str, cwd: Path | None = None) -> Outcome:
        if cwd is not None:
            self._monkeypatch.chdir(cwd)
        self._capsys.readouterr()  # whatever an earlier step printed is not this command's output
        code = main(list(argv))
        captured = self._capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    def setenv(self, name: str, value: str) -> None:
        self._monkeypatch.setenv(name, value)
