"""Stable patch ids: what names a change whatever commit carries it (``git patch-id --stable``).

The id of the staged change, computed before the commit exists, equals the id of the commit once it
is made, and of the same change cherry-picked or cleanly rebased onto another base: what an
attestation is bound to. Ids of many commits come from one ``git log -p`` stream and one
``patch-id`` process, as range checks read git.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from provenance.gitio.refs import revision_argument
from provenance.gitio.runner import run, stream_piped

# The diff both sides are hashed from: the runner pins what a user's settings could change
# (prefixes, colour, external or textconv diffs, order file, algorithm); context and renames are
# fixed here. --binary hashes a binary change's content rather than "Binary files differ", so the
# ids are those of `git diff --cached --binary | git patch-id --stable` and
# `git show --binary COMMIT | git patch-id --stable`.
_DIFF_OPTIONS = ("--unified=3", "--no-renames", "--binary", "--patch")


def _patch_ids(patches: bytes, repository: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """(patch id, commit id) for each change in ``patches``; an empty change has no id."""
    if not patches.strip():
        return []
    out = run(["patch-id", "--stable"], cwd=repository, stdin=patches).stdout.decode("ascii", "replace")
    return [(fields[0], fields[1]) for fields in (line.split() for line in out.splitlines()) if len(fields) == 2]


def staged_patch_id(repository: str | os.PathLike[str] = ".", against: str | None = None) -> str | None:
    """The id of what the index changes against HEAD (or the commit or tree ``against``: HEAD's
    parent when the commit being made amends HEAD); None when nothing is staged."""
    base = [revision_argument(against)] if against is not None else []
    diff = run(["diff", "--cached", *_DIFF_OPTIONS, *base, "--"], cwd=repository).stdout
    ids = _patch_ids(diff, repository)
    return ids[0][0] if ids else None


def commit_patch_ids(revisions: Sequence[str], repository: str | os.PathLike[str] = ".") -> dict[str, str]:
    """commit id -> patch id for the given commits (merges and empty commits have none)."""
    if not revisions:
        return {}
    arguments = [revision_argument(revision) for revision in revisions]
    log = run(["log", "--no-walk=unsorted", "--format=commit %H", *_DIFF_OPTIONS, *arguments, "--"],
              cwd=repository).stdout
    return {commit: patch_id for patch_id, commit in _patch_ids(log, repository)}


def range_patch_ids(rev_args: Sequence[str], repository: str | os.PathLike[str] = ".") -> dict[str, str]:
    """commit id -> patch id for every commit ``git log REV_ARGS`` selects: verify's selection, whose
    revisions are already checked (it passes ``-n N HEAD`` for ``--last``, so options are allowed)."""
    log = run(_range_log(rev_args), cwd=repository).stdout
    return {commit: patch_id for patch_id, commit in _patch_ids(log, repository)}


def _range_log(rev_args: Sequence[str]) -> list[str]:
    """The ``git log`` whose patches give a range's ids, each after its ``commit <id>`` line."""
    return ["log", "--format=commit %H", *_DIFF_OPTIONS, *rev_args, "--"]


@contextmanager
def streamed_range_patch_ids(rev_args: Sequence[str],
                             repository: str | os.PathLike[str] = ".") -> Iterator[Iterator[tuple[str, str]]]:
    """``range_patch_ids`` as (commit id, patch id) pairs in ``git log``'s order, as ``git patch-id``
    writes them (it buffers its output: in blocks of ~50 ids, the last ones when it ends), so a
    caller checking commits in that order need not wait for the whole range."""
    with stream_piped(_range_log(rev_args), ["patch-id", "--stable"], cwd=repository) as output:
        yield ((fields[1], fields[0]) for fields in (line.decode("ascii", "replace").split() for line in output)
               if len(fields) == 2)
