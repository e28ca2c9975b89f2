"""Named questions about branches and commits: which of some branches exist, where origin/HEAD
points, the merge base of two revisions."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.core.errors import UsageError
from provenance.gitio import runner as git

_BRANCH_PREFIXES = ("refs/heads/", "refs/remotes/")


def revision_argument(revision: str) -> str:
    """``revision`` as it may be passed to git, refusing one that git would read as an option
    (``--rev=--output=/tmp/x`` would otherwise make git write a file)."""
    if not revision or revision.startswith("-"):
        raise UsageError(f"not a revision: {revision!r}; give a commit, branch or tag (it cannot start with '-')")
    return revision


def existing_branches(names: Sequence[str], cwd: str | None = None) -> set[str]:
    """Those of ``names`` that are local branches, or remote-tracking ones when written ``remote/name``."""
    refs = [f"refs/heads/{n}" for n in names] + [f"refs/remotes/{n}" for n in names if "/" in n]
    listed = git.output(["for-each-ref", "--format=%(refname)", *refs], cwd=cwd).splitlines()
    found = set()
    for ref in listed:
        for prefix in _BRANCH_PREFIXES:
            if ref.startswith(prefix):
                found.add(ref[len(prefix):])
    return found


def origin_head(cwd: str | None = None) -> str | None:
    """The branch origin/HEAD names (``origin/main``), or None when the clone has no origin/HEAD."""
    proc = git.run(["symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD"], cwd=cwd, check=False)
    return proc.stdout.decode("utf-8", "replace").strip() if proc.returncode == 0 else None


def merge_base(first: str, second: str, cwd: str | None = None) -> str | None:
    """The full SHA of the best common ancestor, or None when the clone holds none."""
    proc = git.run(["merge-base", first, second], cwd=cwd, check=False)
    return proc.stdout.decode("ascii", "replace").strip() if proc.returncode == 0 else None
