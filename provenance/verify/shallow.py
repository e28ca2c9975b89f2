"""Shallow clones: refuse a range that runs past the clone's edge, and say how much to fetch."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from provenance.ci.environment import pull_request_commits
from provenance.core.errors import GitError
from provenance.gitio.repository import Repo


def fetch_hint(environ: Mapping[str, str], needed: int | None = None) -> str:
    """The end of an error in a shallow clone: fetch N commits (known from CI) or all of them."""
    pr_commits = pull_request_commits(environ)
    if needed is None and pr_commits is not None:
        needed = pr_commits + 1  # the request's commits and the one they start from
    depth = f"at least {needed} commits of history (fetch-depth: {needed}), or " if needed else ""
    return (f"; this clone is shallow: fetch {depth}all of it "
            "(git fetch --unshallow, or fetch-depth: 0 with actions/checkout)")


@contextmanager
def hint_when_shallow(repo: Repo, environ: Mapping[str, str]) -> Iterator[None]:
    """In a shallow clone a git failure (an unknown base, say) most likely means too little history."""
    try:
        yield
    except GitError as exc:
        if repo.is_shallow:
            raise GitError(f"{exc}{fetch_hint(environ)}") from None
        raise


def check_shallow_edge(repo: Repo, listed: Sequence[str], description: str, expected_count: int | None,
                       environ: Mapping[str, str]) -> None:
    """Refuse to report on a range that runs past the edge of a shallow clone. ``listed``: the SHAs
    git log returned, newest first; ``expected_count``: how many --last asked for."""
    if not repo.is_shallow:
        return
    hit = next((i for i, sha in enumerate(listed) if sha in repo.shallow_commits), None)
    if hit is None:
        return
    if expected_count is not None:
        if hit == len(listed) - 1 and len(listed) >= expected_count:
            return  # the boundary commit is the last one asked for: its parents are not needed
        raise GitError(f"{description}: this clone holds only {len(listed)} of them"
                       + fetch_hint(environ, needed=expected_count))
    raise GitError(f"{description}: the range runs past the shallow edge of this clone at "
                   f"{listed[hit][:12]}, so older commits of the range are missing" + fetch_hint(environ))
