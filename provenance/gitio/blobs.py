"""A file's content at a revision (``git cat-file blob REV:PATH``), read without checking it out.

verify reads the attestation trust file this way from the base of a pull request, so that the
commits under review cannot change which keys are trusted.
"""

from __future__ import annotations

import os

from provenance.core.errors import GitError
from provenance.gitio.refs import revision_argument
from provenance.gitio.runner import run


def read_at_revision(revision: str, path: str, cwd: str | os.PathLike[str] | None = None) -> bytes:
    """The bytes of ``path`` (relative to the repository root) at ``revision``; ``GitError`` naming
    both when the revision or the file there does not exist."""
    revision = revision_argument(revision)
    object_name = f"{revision}:{path.lstrip('/')}"
    if run(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd=cwd, check=False).returncode != 0:
        raise GitError(f"{revision!r} is not a commit in this repository; fetch it or name another revision")
    found = run(["cat-file", "-t", object_name], cwd=cwd, check=False)
    if found.returncode != 0 or found.stdout.strip() != b"blob":
        raise GitError(f"{path} does not exist at {revision}; add it there (a pull request cannot add its own "
                       "trust file) or name another revision")
    return run(["cat-file", "blob", object_name], cwd=cwd).stdout
