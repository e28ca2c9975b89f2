"""The command line: one module per command, each only parsing options and printing results.

``provenance.cli:main`` is the console script ``git-provenance`` (and ``git provenance`` through
git's PATH lookup); the plain hook scripts run ``python -m provenance hook …``. Both names are
kept stable because installed hooks and entry points hold them.

``main`` imports click only when it needs it: a plain hook call runs without it (``hook_call``).

May import: every other package, lazily, inside commands. Nothing imports ``provenance.cli``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from provenance.cli.guard import guarded
from provenance.cli.hook_call import parse_hook_call, run_hook_call


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``git-provenance ARGV`` (default: the process's arguments) and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    call = parse_hook_call(args)
    if call is not None:
        return guarded(lambda: run_hook_call(call))
    from provenance.cli.app import main as click_main

    return click_main(args)


__all__ = ["main"]
