"""What the installed hook scripts run: ``git-provenance hook …``, with the commit-msg hook on standby.

prepare-commit-msg starts the standby (``server``) before it runs, so its imports overlap the
hook and the editor; commit-msg asks it to run the call (``client``). Either way, anything the
standby cannot do runs here through ``provenance.cli.main``, as a hook script always ran it.
"""

from __future__ import annotations

import os
import sys

from provenance.standby import place

TYPE_CHECKING = False  # typing costs the standby's client ~3 ms of imports; mypy reads this name as true
if TYPE_CHECKING:
    from typing import NoReturn

# git's SOURCE argument when the message comes from the editor (none) or a template: the
# commits that get the disclosure template, and so the evidence read.
_EDITOR_SOURCES = ("", "template")
# The standby's command line: the same interpreter and import path as this hook (-S: no site).
_SERVER_CODE = ("import os, sys\nsys.path[:] = sys.argv[1].split(os.pathsep)\n"
                "from provenance.standby.server import main\nmain(sys.argv[2], int(sys.argv[3]))")


def main(argv: list[str]) -> NoReturn:
    """Run ``git-provenance ARGV`` and end the process with its exit status, skipping Python's
    teardown: freeing every module costs a hook process ~6 ms (BENCHMARKS.md), and nothing of
    ours needs it -- files are closed by ``with``, the evidence index's connections are committed
    and closed, no atexit handler is registered -- once the standard streams are flushed."""
    status = run(argv)
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 (contextlib would cost the client ~1 ms of imports)
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what could not be written is lost either way
            pass
    os._exit(status)


def run(argv: list[str]) -> int:
    """The exit status of ``git-provenance ARGV``."""
    if len(argv) >= 3 and argv[0] == "hook":
        if argv[1] == "prepare-commit-msg":
            if place.enabled(os.environ):
                start_standby(argv[2])
            if (argv[3] if len(argv) > 3 else "") in _EDITOR_SOURCES:
                _start_queries_early()  # (wasted, on the other core, where evidence is off)
        elif argv[1] == "commit-msg" and place.enabled(os.environ):
            from provenance.standby.client import ask

            status = ask(argv)
            if status is not None:
                return status
    from provenance.cli import main

    return main(argv)


def _start_queries_early() -> None:
    """The git questions prepare-commit-msg is about to ask, started now (``hook_queries``)."""
    from provenance.gitio import hook_queries, runner

    runner.start_early(hook_queries.PREPARE_COMMIT_MSG)


def start_standby(message_file: str) -> None:
    """Start the standby for the git process that runs this hook (our parent: the script execs us).
    Without it, commit-msg starts its own Python, as it always did."""
    from provenance.gitio.runner import start_python_in_background

    start_python_in_background(["-S", "-c", _SERVER_CODE, os.pathsep.join(sys.path), message_file, str(os.getppid())])
