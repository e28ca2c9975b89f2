"""The CI adapters: what GitHub Actions and GitLab CI tell a job."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.ci.environment import SERVICES, append_job_summary, pull_request_commits, target_branches
from provenance.ci.github import GitHubActions
from provenance.ci.gitlab import GitLabCi
from provenance.core.errors import UsageError


def test_the_registry_holds_each_service_once() -> None:
    assert [type(service) for service in SERVICES] == [GitHubActions, GitLabCi]
    assert len({service.name for service in SERVICES}) == len(SERVICES)


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, []),
    ({"GITHUB_BASE_REF": "develop"}, [("GITHUB_BASE_REF", "develop")]),
    ({"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "trunk"}, [("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "trunk")]),
    # An empty variable is unset.
    ({"GITHUB_BASE_REF": "", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "trunk"},
     [("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "trunk")]),
    # GitHub first.
    ({"GITHUB_BASE_REF": "a", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "b"},
     [("GITHUB_BASE_REF", "a"), ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "b")]),
])  # fmt: skip
def test_target_branches(environ: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert target_branches(environ) == expected


def _event(tmp_path: Path, content: str) -> dict[str, str]:
    path = tmp_path / "event.json"
    path.write_text(content)
    return {"GITHUB_EVENT_PATH": str(path)}


def test_pull_request_commits_from_the_event_file(tmp_path: Path) -> None:
    assert pull_request_commits(_event(tmp_path, json.dumps({"pull_request": {"commits": 7}}))) == 7


@pytest.mark.parametrize("content", [
    json.dumps({"ref": "refs/heads/main"}),  # a push: no pull request
    json.dumps({"pull_request": {"commits": "7"}}),
    json.dumps(["not", "an", "object"]),
    "{not json",
])  # fmt: skip
def test_an_event_without_a_count_gives_none(tmp_path: Path, content: str) -> None:
    assert pull_request_commits(_event(tmp_path, content)) is None


def test_no_event_file_gives_none(tmp_path: Path) -> None:
    assert pull_request_commits({}) is None
    assert pull_request_commits({"GITHUB_EVENT_PATH": str(tmp_path / "missing.json")}) is None
    assert pull_request_commits({"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}) is None  # GitLab gives none


def test_the_job_summary_is_appended(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    append_job_summary("## ours\n", {"GITHUB_STEP_SUMMARY": str(summary)})
    assert summary.read_text() == "earlier step\n## ours\n"


def test_no_summary_file_outside_github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path / "home")
    append_job_summary("## ours\n", {"GITHUB_STEP_SUMMARY": "", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"})
    assert list((tmp_path / "home").iterdir()) == []  # an empty variable names no file


def test_an_unwritable_summary_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        append_job_summary("x", {"GITHUB_STEP_SUMMARY": str(tmp_path)})  # a folder
    message = str(caught.value)
    assert message.startswith(f"GITHUB_STEP_SUMMARY={tmp_path}: cannot append the job summary: ")
    assert "\n" not in message
