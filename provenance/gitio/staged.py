"""What the commit being made adds, and when the commit before it was made: the staged diff's
added lines per file (the same ``FileAdditions`` as ``patch`` gives for a commit) and a commit's
committer time."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from provenance.gitio.patch import FileAdditions, parse_added_lines
from provenance.gitio.refs import revision_argument
from provenance.gitio.runner import run

# The runner pins what a user's diff settings could change (external diff, textconv, order file,
# prefixes, colour); added lines are read without context, renames followed.
_DIFF_OPTIONS = ("--unified=0", "-M", "--patch")


def staged_additions(repository: str | os.PathLike[str] = ".", base: str | None = None) -> list[FileAdditions]:
    """The lines the index adds to HEAD (to the empty tree before the first commit), or to
    ``base`` (an amend replaces HEAD: what the amended commit adds to HEAD's parent), per file."""
    revision = [revision_argument(base)] if base else []
    return parse_added_lines(run(["diff", "--cached", *_DIFF_OPTIONS, *revision, "--"], cwd=repository).stdout)


def committer_time(revision: str = "HEAD", repository: str | os.PathLike[str] = ".") -> datetime | None:
    """The committer time of ``revision`` in UTC; None when it does not exist (no commit yet)."""
    process = run(["log", "-1", "--format=%ct", revision_argument(revision), "--"], cwd=repository, check=False)
    text = process.stdout.decode("ascii", "replace").strip()
    if process.returncode != 0 or not text.isdigit():
        return None
    return datetime.fromtimestamp(int(text), tz=timezone.utc)
