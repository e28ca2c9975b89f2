"""GitLab CI: CI_MERGE_REQUEST_TARGET_BRANCH_NAME. GitLab gives no commit count or summary file."""

from __future__ import annotations

from collections.abc import Mapping


class GitLabCi:
    name: str = "GitLab CI"
    target_variable: str = "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    summary_variable: str | None = None

    def target_branch(self, environ: Mapping[str, str]) -> str | None:
        return environ.get(self.target_variable) or None

    def pull_request_commits(self, environ: Mapping[str, str]) -> int | None:
        return None
