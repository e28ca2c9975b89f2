"""Which commits ``verify`` checks: ``--last N``, ``--range A..B``, or the commits since the merge
base with the branch a pull request merges into."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from provenance.ci.environment import target_branches
from provenance.core.errors import GitError, UsageError
from provenance.gitio.refs import existing_branches, merge_base, origin_head
from provenance.gitio.repository import Repo
from provenance.policy.config import Config
from provenance.verify.shallow import fetch_hint


@dataclass(frozen=True)
class Selection:
    """What to pass to ``git log`` and how to describe it."""

    rev_args: tuple[str, ...]
    description: str
    expected_count: int | None = None  # for --last N


def _candidate_bases(repo: Repo, config: Config, environ: Mapping[str, str]) -> list[str]:
    """CI's target branch, the configured default branch, origin/HEAD, main, master: in that order."""
    wanted: list[str] = []
    for branch in target_branches(environ):
        wanted += [f"origin/{branch}", branch]
    if config.default_branch:
        wanted += [f"origin/{config.default_branch}", config.default_branch]
    origin = origin_head(cwd=repo.top)
    if origin is not None:
        wanted.append(origin)
    return [*wanted, "origin/main", "main", "origin/master", "master"]


def default_base(repo: Repo, config: Config, environ: Mapping[str, str]) -> str:
    """The branch a pull request merges into: the first candidate that exists."""
    wanted = _candidate_bases(repo, config, environ)
    existing = existing_branches(wanted, cwd=repo.top)
    for name in wanted:
        if name in existing:
            return name
    hint = fetch_hint(environ) if repo.is_shallow else ""
    raise GitError(
        f"cannot find the branch to compare against (tried {', '.join(dict.fromkeys(wanted))}); "
        f"pass --range BASE..HEAD or set default-branch in the config{hint}"
    )


def _explicit(range_spec: str | None, last: int | None) -> Selection | None:
    """The selection --range or --last asks for, if either was given."""
    if range_spec is not None and last is not None:
        raise UsageError("give either --range or --last, not both")
    if last is not None:
        if last < 1:
            raise UsageError(f"--last must be at least 1, got {last}")
        return Selection(("-n", str(last), "HEAD"), f"the last {last} commits of HEAD", expected_count=last)
    if range_spec is not None:  # an empty --range is a mistake, not a request for the default
        revisions = tuple(range_spec.split())
        if not revisions or any(revision.startswith("-") for revision in revisions):
            raise UsageError(f"--range {range_spec!r}: expected a revision range such as main..HEAD")
        return Selection(revisions, range_spec)
    return None


def select(repo: Repo, config: Config, range_spec: str | None, last: int | None,
           environ: Mapping[str, str]) -> Selection:
    explicit = _explicit(range_spec, last)
    if explicit is not None:
        return explicit
    base = default_base(repo, config, environ)
    sha = merge_base(base, "HEAD", cwd=repo.top)
    if sha is None:
        hint = fetch_hint(environ) if repo.is_shallow else "; pass --range BASE..HEAD"
        raise GitError(f"HEAD and {base} have no common ancestor in this clone{hint}")
    return Selection((f"{sha}..HEAD",), f"{base}..HEAD (merge base {sha[:12]})")
