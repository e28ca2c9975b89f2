"""The one error boundary every command runs inside: an expected failure (``ProvenanceError``) is
one line with its documented exit code, a bug is one line asking for a report.

Importing this module does not import click: the click-free hook path uses it too, and imports
click only to print an error, through the same ``click.echo`` as the click commands (which strips
ANSI escapes when stderr is not a terminal), so both paths print the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from provenance.core.errors import EXIT_INTERNAL, ProvenanceError

EXIT_INTERRUPTED = 130


def echo_error(line: str) -> None:
    import click  # only on the way to an error: see the module docstring

    click.echo(line, err=True)


def guarded(action: Callable[[], int]) -> int:
    """``action()``'s exit code, or the exit code of the failure it raised, printed as one line."""
    try:
        return action()
    except ProvenanceError as exc:
        echo_error(f"git-provenance: error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("GIT_PROVENANCE_DEBUG"):
            raise
        echo_error(f"git-provenance: internal error: {type(exc).__name__}: {exc} "
                   "(this is a bug; rerun with GIT_PROVENANCE_DEBUG=1 for a traceback and report it)")
        return EXIT_INTERNAL
