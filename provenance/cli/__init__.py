"""The command line: one module per command, each only parsing options and printing results.

``provenance.cli:main`` is the console script ``git-provenance`` (and ``git provenance`` through
git's PATH lookup); the plain hook scripts run ``python -m provenance hook …``. Both names are
kept stable because installed hooks and entry points hold them.

May import: every other package, lazily, inside commands. Nothing imports ``provenance.cli``.
"""

from provenance.cli.app import main

__all__ = ["main"]
