"""``git provenance verify``: check every commit of a range with the hook's rules."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from provenance.core.errors import GitError, UsageError
from provenance.formats import VerifyReport, render
from provenance.gitio import runner as git
from provenance.gitio.log import iter_commits
from provenance.gitio.repository import read_repo_settings
from provenance.policy.checker import CommitResult, check_code, check_commit
from provenance.policy.config import Config
from provenance.policy.hunk_scores import classifier_hunk_scores

_CI_BASE_VARIABLES = ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME")


@dataclass(frozen=True)
class Repo:
    top: str
    shallow_commits: frozenset[str]

    @property
    def is_shallow(self) -> bool:
        return bool(self.shallow_commits)


def open_repo(cwd: str | None = None) -> Repo:
    """The work tree's top and the shallow boundary, from one ``git rev-parse``."""
    top, (shallow_file,) = git.work_tree_paths("shallow", cwd=cwd)
    try:
        with open(shallow_file, encoding="ascii") as handle:
            shallow = frozenset(line.strip() for line in handle if line.strip())
    except OSError:
        shallow = frozenset()
    return Repo(top, shallow)


@dataclass(frozen=True)
class Selection:
    """What to pass to ``git log`` and how to describe it."""

    rev_args: tuple[str, ...]
    description: str
    expected_count: int | None = None  # for --last N


def _existing_refs(repo: Repo, names: Sequence[str]) -> set[str]:
    refs = [f"refs/heads/{n}" for n in names] + [f"refs/remotes/{n}" for n in names if "/" in n]
    listed = git.output(["for-each-ref", "--format=%(refname)", *refs], cwd=repo.top).splitlines()
    found = set()
    for ref in listed:
        for prefix in ("refs/heads/", "refs/remotes/"):
            if ref.startswith(prefix):
                found.add(ref[len(prefix):])
    return found


def default_base(repo: Repo, config: Config, environ: Mapping[str, str]) -> str:
    """The branch a pull request merges into: CI's variable, the config, origin/HEAD, main, master."""
    wanted: list[str] = []
    for variable in _CI_BASE_VARIABLES:
        if environ.get(variable):
            wanted += [f"origin/{environ[variable]}", environ[variable]]
    if config.default_branch:
        wanted += [f"origin/{config.default_branch}", config.default_branch]
    origin_head = git.run(["symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD"], cwd=repo.top, check=False)
    if origin_head.returncode == 0:
        wanted.append(origin_head.stdout.decode().strip())
    wanted += ["origin/main", "main", "origin/master", "master"]
    existing = _existing_refs(repo, wanted)
    for name in wanted:
        if name in existing:
            return name
    hint = _fetch_hint(environ) if repo.is_shallow else ""
    raise GitError(
        f"cannot find the branch to compare against (tried {', '.join(dict.fromkeys(wanted))}); "
        f"pass --range BASE..HEAD or set default-branch in the config{hint}"
    )


def _pull_request_commits(environ: Mapping[str, str]) -> int | None:
    path = environ.get("GITHUB_EVENT_PATH")
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            commits = json.load(handle).get("pull_request", {}).get("commits")
    except (OSError, ValueError, AttributeError):
        return None
    return commits if isinstance(commits, int) else None


def _fetch_hint(environ: Mapping[str, str], needed: int | None = None) -> str:
    pr_commits = _pull_request_commits(environ)
    if needed is None and pr_commits is not None:
        needed = pr_commits + 1
    depth = f"at least {needed} commits of history (fetch-depth: {needed}), or " if needed else ""
    return (f"; this clone is shallow: fetch {depth}all of it "
            "(git fetch --unshallow, or fetch-depth: 0 with actions/checkout)")


def select(repo: Repo, config: Config, range_spec: str | None, last: int | None,
           environ: Mapping[str, str]) -> Selection:
    if range_spec and last is not None:
        raise UsageError("give either --range or --last, not both")
    if last is not None:
        if last < 1:
            raise UsageError(f"--last must be at least 1, got {last}")
        return Selection(("-n", str(last), "HEAD"), f"the last {last} commits of HEAD", expected_count=last)
    if range_spec:
        revisions = tuple(range_spec.split())
        if not revisions or any(revision.startswith("-") for revision in revisions):
            raise UsageError(f"--range {range_spec!r}: expected a revision range such as main..HEAD")
        return Selection(revisions, range_spec)
    base = default_base(repo, config, environ)
    merge_base = git.run(["merge-base", base, "HEAD"], cwd=repo.top, check=False)
    if merge_base.returncode != 0:
        hint = _fetch_hint(environ) if repo.is_shallow else "; pass --range BASE..HEAD"
        raise GitError(f"HEAD and {base} have no common ancestor in this clone{hint}")
    sha = merge_base.stdout.decode().strip()
    return Selection((f"{sha}..HEAD",), f"{base}..HEAD (merge base {sha[:12]})")


def _check_shallow(repo: Repo, selection: Selection, results: list[CommitResult],
                   environ: Mapping[str, str]) -> None:
    """Refuse to report on a range that runs past the edge of a shallow clone."""
    if not repo.is_shallow:
        return
    listed = [r.facts.sha or "" for r in results]
    hit = next((i for i, sha in enumerate(listed) if sha in repo.shallow_commits), None)
    if hit is None:
        return
    if selection.expected_count is not None:
        if hit == len(listed) - 1 and len(listed) >= selection.expected_count:
            return  # the boundary commit is the last one asked for: its parents are not needed
        raise GitError(f"{selection.description}: this clone holds only {len(listed)} of them"
                       + _fetch_hint(environ, needed=selection.expected_count))
    raise GitError(f"{selection.description}: the range runs past the shallow edge of this clone at "
                   f"{listed[hit][:12]}, so older commits of the range are missing" + _fetch_hint(environ))


def run_verify(repo: Repo, config: Config, range_spec: str | None = None, last: int | None = None,
               output_format: str = "text", environ: Mapping[str, str] | None = None) -> tuple[int, str]:
    """Check the selected commits; returns (exit code, report text)."""
    environ = os.environ if environ is None else environ
    selection = select(repo, config, range_spec, last, environ)
    settings = read_repo_settings(repo.top)
    try:
        results = [check_commit(facts, config)
                   for facts in iter_commits(selection.rev_args, cwd=repo.top, comment_char=settings.comment_char)]
    except GitError as exc:
        if repo.is_shallow:
            raise GitError(f"{exc}{_fetch_hint(environ)}") from None
        raise
    _check_shallow(repo, selection, results, environ)
    results = check_code(results, config, classifier_hunk_scores(repo.top, config))
    failing = any(r.has_errors for r in results)
    report = render(output_format, VerifyReport(selection.description, results))
    return (1 if failing else 0), report
