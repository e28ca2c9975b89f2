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
    # The revision the range starts from (A of A..B, or the base branch); None for --last N.
    base: str | None = None


def _named_base(config: Config, environ: Mapping[str, str]) -> tuple[str, str] | None:
    """(where it was named, branch) of the base CI or the configuration names, CI first."""
    named = [*target_branches(environ)]
    if config.default_branch:
        named.append(("default-branch in the configuration", config.default_branch))
    return named[0] if named else None


def _guessed_bases(repo: Repo) -> list[str]:
    """With no base named: origin/HEAD, then main and master (remote-tracking first)."""
    origin = origin_head(cwd=repo.top)
    return [*([origin] if origin is not None else []), "origin/main", "main", "origin/master", "master"]


def default_base(repo: Repo, config: Config, environ: Mapping[str, str]) -> str:
    """The branch a pull request merges into. A branch CI or the configuration names must exist:
    falling back to main would check a different range than the one asked for, silently."""
    named = _named_base(config, environ)
    wanted = [f"origin/{named[1]}", named[1]] if named else _guessed_bases(repo)
    existing = existing_branches(wanted, cwd=repo.top)
    found = next((name for name in wanted if name in existing), None)
    if found is not None:
        return found
    hint = fetch_hint(environ) if repo.is_shallow else ""
    if named:
        source, branch = named
        raise GitError(f"{source} names the branch {branch!r}, which this clone has neither as origin/{branch} "
                       f"nor as {branch}; fetch it (git fetch origin {branch}) or pass --range BASE..HEAD{hint}")
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
        return Selection(revisions, range_spec, base=_range_base(revisions))
    return None


def _range_base(revisions: tuple[str, ...]) -> str | None:
    """A of ``A..B`` or ``A...B``, or X of ``^X``: where the range starts."""
    for revision in revisions:
        if revision.startswith("^") and len(revision) > 1:
            return revision[1:]
        start, dots, _ = revision.partition("..")
        if dots and start:
            return start
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
    return Selection((f"{sha}..HEAD",), f"{base}..HEAD (merge base {sha[:12]})", base=base)
