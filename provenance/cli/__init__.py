"""The command line: one module per command, each only parsing options and printing results.

``provenance.cli:main`` is the console script ``git-provenance`` (and ``git provenance`` through
git's PATH lookup); the plain hook scripts call ``main`` with ``python -c`` (scripts installed by
0.1.0 run ``python -m provenance hook …``). These names are kept stable because installed hooks
and entry points hold them.

``main`` imports click only when it needs it: a plain hook call runs without it (``hook_call``),
and without the cyclic garbage collector, which would otherwise run ~25 times while the hook
imports its modules (~3–4 ms of every hook process; a hook makes little garbage and then exits).
Importing this package loads neither click nor the policy, so both happen before the imports.

May import: every other package, lazily, inside commands. Nothing imports ``provenance.cli``.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from provenance.cli.guard import guarded
from provenance.cli.hook_call import parse_hook_call, run_hook_call


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``git-provenance ARGV`` (default: the process's arguments) and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    call = parse_hook_call(args)
    if call is not None:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return guarded(lambda: run_hook_call(call))
        finally:
            if collecting:  # a caller in the same process (the tests) gets its collector back
                gc.enable()
    from provenance.cli.app import main as click_main

    return click_main(args)


__all__ = ["main"]
