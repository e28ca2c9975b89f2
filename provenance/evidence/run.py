"""One evidence run: the target from git (staged changes or a commit), the records from the
user's sources, and the match."""

from __future__ import annotations

from datetime import datetime, timezone

from provenance.evidence.matching import Target, added_lines, match, window
from provenance.evidence.outcome import EvidenceRun, evidence_run, source_names
from provenance.evidence.scan import EvidenceQuery, scan
from provenance.evidence.settings import EvidenceSettings
from provenance.evidence.sources import Platform
from provenance.gitio.patch import git_show_patch, parse_added_lines
from provenance.gitio.repository import open_repo
from provenance.gitio.staged import committer_time, staged_additions
from provenance.gitio.worktrees import repository_identity

__all__ = ["EvidenceRun", "commit_target", "evidence_run", "run_evidence", "staged_target", "target_query"]


def staged_target(cwd: str, settings: EvidenceSettings, since: datetime | None = None,
                  amend: bool = False, now: datetime | None = None, top: str | None = None) -> Target:
    """The staged changes; records since HEAD's commit (HEAD's parent's for an amend) or the
    configured window, whichever reaches further back, or since ``since`` when given.

    An amend replaces HEAD, so its lines are what the index adds to HEAD's parent. ``top``: the
    work tree's top when the caller knows it (git runs hooks there), saving a git process."""
    top = top or open_repo(cwd).top
    now = now or datetime.now(timezone.utc)
    previous = committer_time("HEAD^" if amend else "HEAD", cwd)
    start, end = (since, now) if since is not None else window(previous, now, settings.window)
    base = "HEAD^" if amend and previous is not None else None
    additions = staged_additions(cwd, base=base)
    return Target("the staged changes", repository_identity(top, cwd), added_lines(additions), start, end)


def commit_target(cwd: str, revision: str, settings: EvidenceSettings) -> Target:
    """A commit's added lines; records between its parent's commit (or the window before it) and it."""
    top = open_repo(cwd).top
    committed = committer_time(revision, cwd)
    if committed is None:
        from provenance.core.errors import GitError

        raise GitError(f"{revision}: not a commit in this repository")
    start, end = window(committer_time(f"{revision}^", cwd), committed, settings.window)
    additions = parse_added_lines(git_show_patch(revision, cwd))
    return Target(f"commit {revision}", repository_identity(top, cwd), added_lines(additions), start, end)


def target_query(target: Target, activity: bool = True) -> EvidenceQuery:
    """The records that can matter to ``target``: edits that wrote one of its lines or one of its
    files, and local inference activity unless ``activity`` is false (its rule is off)."""
    return EvidenceQuery.of(target.start, {line.hash for line in target.lines},
                            {line.path for line in target.lines}, activity=activity)


def run_evidence(target: Target, settings: EvidenceSettings, platform: Platform | None = None,
                 activity: bool = True) -> EvidenceRun:
    """The records of ``target``'s window, read through the user's index and narrowed to those
    that can matter (the report is the same as on every record of the window)."""
    # The repository's own folder is where in-repository records live (aider's chat history).
    platform = platform or Platform.current((target.identity.top,))
    result = scan(platform, settings, since=target.start, query=target_query(target, activity))
    return evidence_run(match(result.records, target, settings.min_lines, source_names(result)), result)
