"""GitHub Actions: GITHUB_BASE_REF, the pull-request event file, GITHUB_STEP_SUMMARY."""

from __future__ import annotations

import json
from collections.abc import Mapping


class GitHubActions:
    name: str = "GitHub Actions"
    target_variable: str = "GITHUB_BASE_REF"
    summary_variable: str | None = "GITHUB_STEP_SUMMARY"

    def target_branch(self, environ: Mapping[str, str]) -> str | None:
        return environ.get(self.target_variable) or None

    def pull_request_commits(self, environ: Mapping[str, str]) -> int | None:
        """``pull_request.commits`` of the event that started the run (absent for a push)."""
        path = environ.get("GITHUB_EVENT_PATH")
        if not path:
            return None
        try:
            with open(path, encoding="utf-8") as handle:
                commits = json.load(handle).get("pull_request", {}).get("commits")
        except (OSError, ValueError, AttributeError):
            return None  # only a hint is built from it: a missing or odd event file gives none
        return commits if isinstance(commits, int) else None
