"""``git provenance verify``: select a range, check each commit with the hook's rules, report."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from provenance.ci.environment import append_job_summary
from provenance.core.errors import GitError, UsageError
from provenance.formats import VerifyReport, render
from provenance.gitio.log import count_commits, iter_commits
from provenance.gitio.repository import Repo, open_repo, read_repo_settings
from provenance.policy.checker import CommitResult, check_code, check_commit, check_range_evidence
from provenance.policy.config import Config
from provenance.policy.hunk_scores import classifier_hunk_scores
from provenance.verify import attestations
from provenance.verify.selection import Selection, default_base, select
from provenance.verify.shallow import check_shallow_edge, hint_when_shallow

if TYPE_CHECKING:
    from provenance.policy.context import CommitSource
    from provenance.policy.evidence import EvidenceCheck

__all__ = ["Repo", "open_repo", "run_verify"]


def _append_job_summary(markdown: str, environ: Mapping[str, str]) -> None:
    """The summary is an extra on the run's page: failing to write it must not cost the report
    (annotations, exit code), so it is a warning on stderr."""
    try:
        append_job_summary(markdown, environ)
    except UsageError as exc:
        sys.stderr.write(f"git-provenance: warning: {exc}; reporting without the job summary\n")


def _check_range(repo: Repo, config: Config, selection: Selection, environ: Mapping[str, str],
                 checks: attestations.RangeChecks | None) -> list[CommitResult]:
    """Every selected commit checked, read from one ``git log`` stream; each handed to ``checks``
    as soon as it is, so that a second process can check its attestation meanwhile."""
    settings = read_repo_settings(repo.top)
    commits = iter_commits(selection.rev_args, cwd=repo.top, comment_char=settings.comment_char)
    results = []
    with hint_when_shallow(repo, environ):
        for facts in commits:
            results.append(check_commit(facts, config))
            if checks is not None:
                checks.add(results[-1])
    check_shallow_edge(repo, [r.facts.sha or "" for r in results], selection.description,
                       selection.expected_count, environ)
    return results


def _trust_revision(repo: Repo, config: Config, selection: Selection, trust_from: str | None,
                    environ: Mapping[str, str]) -> str:
    """Where the trust file is read: --trust-from, else the range's base, else the default branch."""
    if trust_from:
        return trust_from
    return selection.base or default_base(repo, config, environ)


def _with_evidence(repo: Repo, config: Config, results: list[CommitResult]) -> list[CommitResult]:
    """The range held against the AI tools' records on this machine (``--evidence``): for local
    commits, before a push, or commits whose hooks were skipped."""
    from provenance.policy.evidence import commits_evidence

    mode = "auto" if config.evidence == "off" else config.evidence  # asked for on the command line
    opened: list[CommitSource[EvidenceCheck] | None] = []

    def open_evidence(shas: Sequence[str]) -> CommitSource[EvidenceCheck] | None:
        source = commits_evidence(repo.top, mode, shas)
        opened.append(source)
        return source

    checked = check_range_evidence(results, config, open_evidence)
    for source in opened:
        check = source.for_commit("") if source is not None else None
        if check is not None and check.failed and not check.required:
            sys.stderr.write(f"git-provenance: evidence not checked: {check.unchecked}\n")
    return checked


def _range_size(repo: Repo, selection: Selection) -> int:
    """How many commits the range holds, to choose where attestations are checked. A range git
    cannot read counts as none: the main log stream then reports it as it always has."""
    if selection.expected_count is not None:
        return selection.expected_count
    try:
        return count_commits(selection.rev_args, cwd=repo.top)
    except GitError:
        return 0


def run_verify(  # noqa: PLR0913 - the command's options, passed on by name
    repo: Repo, config: Config, range_spec: str | None = None, last: int | None = None,
    output_format: str = "text", environ: Mapping[str, str] | None = None, evidence: bool = False,
    trust_from: str | None = None,
) -> tuple[int, str]:
    """Check the selected commits; returns (exit code, report text)."""
    environ = os.environ if environ is None else environ
    selection = select(repo, config, range_spec, last, environ)
    checks = None
    if config.attestation != "off":  # the trust file first: a missing one stops verify before any work
        trusted = attestations.load_trust(repo, config, _trust_revision(repo, config, selection, trust_from, environ))
        checks = attestations.RangeChecks(repo, config, trusted, selection.rev_args, _range_size(repo, selection))
    with checks or contextlib.nullcontext():  # a second process checking them stops with verify
        results = _check_range(repo, config, selection, environ, checks)
        results = check_code(results, config, classifier_hunk_scores(repo.top, config))
        if evidence:
            results = _with_evidence(repo, config, results)
        statuses = None
        if checks is not None:
            verdicts = checks.verdicts(results, repo.shallow_commits)
            results, statuses = attestations.add_findings(results, config, verdicts), verdicts.statuses()
    report = VerifyReport(selection.description, results, statuses)
    text = render(output_format, report)
    if output_format == "github":  # the run's page shows a Markdown summary beside the annotations
        from provenance.formats.github import step_summary

        _append_job_summary(step_summary(report), environ)
    failing = any(r.has_errors for r in results)
    return (1 if failing else 0), text
