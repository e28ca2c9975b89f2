"""The shallow edge and the fetch hints, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.core.errors import GitError
from provenance.gitio.repository import Repo
from provenance.verify.shallow import check_shallow_edge, fetch_hint, hint_when_shallow

SHAS = [f"{i}" * 40 for i in range(1, 6)]  # newest first
FULL = Repo("/repo", frozenset())
SHALLOW = Repo("/repo", frozenset({SHAS[2]}))


def test_a_full_clone_never_complains() -> None:
    check_shallow_edge(FULL, SHAS, "HEAD", None, {})
    with pytest.raises(GitError, match=r"^boom$"), hint_when_shallow(FULL, {}):
        raise GitError("boom")


def test_a_range_that_stops_before_the_edge_is_fine() -> None:
    check_shallow_edge(SHALLOW, SHAS[:2], "HEAD~2..HEAD", None, {})


def test_a_range_through_the_edge_is_refused() -> None:
    with pytest.raises(GitError) as caught:
        check_shallow_edge(SHALLOW, SHAS[:3], "HEAD", None, {})
    message = str(caught.value)
    assert message.startswith(f"HEAD: the range runs past the shallow edge of this clone at {SHAS[2][:12]}")
    assert message.endswith("fetch all of it (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)")


def test_last_n_may_end_exactly_at_the_edge() -> None:
    check_shallow_edge(SHALLOW, SHAS[:3], "the last 3 commits of HEAD", 3, {})
    with pytest.raises(GitError, match=r"only 3 of them; this clone is shallow: fetch at least 5 commits .*depth: 5"):
        check_shallow_edge(SHALLOW, SHAS[:3], "the last 5 commits of HEAD", 5, {})


def test_the_hint_counts_the_pull_requests_commits(tmp_path: Path) -> None:
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"commits": 3}}))
    environ = {"GITHUB_EVENT_PATH": str(event)}
    assert "fetch at least 4 commits of history (fetch-depth: 4)" in fetch_hint(environ)
    assert "fetch-depth: 9" in fetch_hint(environ, needed=9)  # what was asked for wins
    assert "fetch all of it" in fetch_hint({}) and "at least" not in fetch_hint({})


def test_git_failures_in_a_shallow_clone_get_the_hint() -> None:
    with (
        pytest.raises(GitError, match=r"^git log x: bad; this clone is shallow: fetch all of it"),
        hint_when_shallow(SHALLOW, {}),
    ):
        raise GitError("git log x: bad")
