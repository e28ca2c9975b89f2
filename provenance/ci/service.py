"""The one small interface every CI adapter meets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class CiService(Protocol):
    """A CI service, as far as the checks need it. Each answer comes from ``environ`` (and the
    files its variables name); None means this service does not say."""

    @property
    def name(self) -> str: ...

    @property
    def target_variable(self) -> str:
        """The variable naming the branch a request merges into (for messages about it)."""

    @property
    def summary_variable(self) -> str | None:
        """The variable naming the file a Markdown job summary is appended to."""

    def target_branch(self, environ: Mapping[str, str]) -> str | None:
        """The branch the pull/merge request being built merges into."""

    def pull_request_commits(self, environ: Mapping[str, str]) -> int | None:
        """How many commits the request being built has."""
