"""Ask every registered CI service: target branches, a pull request's size, the job summary."""

from __future__ import annotations

from collections.abc import Mapping

from provenance.ci.github import GitHubActions
from provenance.ci.gitlab import GitLabCi
from provenance.ci.service import CiService
from provenance.core.errors import UsageError

# Every service a job may run on, in the order their answers are preferred.
SERVICES: tuple[CiService, ...] = (GitHubActions(), GitLabCi())


def target_branches(environ: Mapping[str, str]) -> list[tuple[str, str]]:
    """(variable, branch) for each branch CI says the build merges into (normally one; none outside
    a request build); the variable names where it came from, for messages."""
    return [(service.target_variable, branch) for service in SERVICES if (branch := service.target_branch(environ))]


def pull_request_commits(environ: Mapping[str, str]) -> int | None:
    """The number of commits of the request being built, from the first service that knows it."""
    return next((n for service in SERVICES if (n := service.pull_request_commits(environ)) is not None), None)


def append_job_summary(markdown: str, environ: Mapping[str, str]) -> None:
    """Append ``markdown`` to every job summary file CI names (none outside CI)."""
    for service in SERVICES:
        variable = service.summary_variable
        path = environ.get(variable) if variable else None
        if not variable or not path:
            continue
        try:
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(markdown)
        except OSError as exc:
            raise UsageError(f"{variable}={path}: cannot append the job summary: {exc.strerror}") from None
