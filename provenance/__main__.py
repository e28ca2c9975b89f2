"""``python -m provenance``: the command line, as hook scripts installed by 0.1.0 still run it."""

import os
import sys

# `python -m` puts the current directory first on sys.path, and a hook runs in the repository being
# committed to: a shlex.py or dataclasses.py there would be imported in place of the standard
# library's. Drop it before anything else is imported (the package itself is already loaded).
if sys.path and sys.path[0] and os.path.realpath(sys.path[0]) == os.path.realpath(os.getcwd()):
    del sys.path[0]

from provenance.cli import main

raise SystemExit(main())
