"""Range selection, in process: --last, --range, and the base branch CI or the config names."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.core.errors import GitError, UsageError
from provenance.gitio.repository import Repo, open_repo
from provenance.policy.config import Config
from provenance.verify.selection import Selection, default_base, select
from tests.gitutil import commit_file, git

NOWHERE = Repo("/nonexistent", frozenset())


def test_last_n() -> None:
    assert select(NOWHERE, Config(), None, 3, {}) == Selection(("-n", "3", "HEAD"), "the last 3 commits of HEAD", 3)


def test_a_range_is_split_into_revisions() -> None:
    assert select(NOWHERE, Config(), "main..HEAD ^old", None, {}).rev_args == ("main..HEAD", "^old")


@pytest.mark.parametrize(("range_spec", "last", "message"), [
    ("main..HEAD", 2, "give either --range or --last, not both"),
    (None, 0, "--last must be at least 1, got 0"),
    ("HEAD --output=x", None, "expected a revision range such as main..HEAD"),
    ("   ", None, "expected a revision range such as main..HEAD"),
])  # fmt: skip
def test_bad_selections_are_usage_errors(range_spec: str | None, last: int | None, message: str) -> None:
    with pytest.raises(UsageError, match=message.replace(".", r"\.")):
        select(NOWHERE, Config(), range_spec, last, {})


@pytest.fixture
def branched(repo: Path) -> Path:
    commit_file(repo, "base")
    for branch in ("develop", "trunk"):
        git(repo, "branch", branch)
    git(repo, "checkout", "-q", "-b", "feature")
    commit_file(repo, "feature work")
    return repo


@pytest.mark.parametrize(("environ", "config", "expected"), [
    ({}, Config(), "main"),
    ({"GITHUB_BASE_REF": "develop"}, Config(default_branch="trunk"), "develop"),
    ({"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "trunk"}, Config(), "trunk"),
    ({}, Config(default_branch="trunk"), "trunk"),
])  # fmt: skip
def test_the_base_branch(branched: Path, environ: dict[str, str], config: Config, expected: str) -> None:
    assert default_base(open_repo(str(branched)), config, environ) == expected


def test_the_default_range_starts_at_the_merge_base(branched: Path) -> None:
    base = git(branched, "rev-parse", "main").stdout.strip()
    selection = select(open_repo(str(branched)), Config(), None, None, {})
    assert selection == Selection((f"{base}..HEAD",), f"main..HEAD (merge base {base[:12]})", base="main")


def test_a_named_base_that_is_missing_is_an_error_naming_it(branched: Path) -> None:
    # CI names the base; falling back to the configured or the usual branch would check another range.
    with pytest.raises(GitError, match=r"^GITHUB_BASE_REF names the branch 'gone', which this clone has neither "):
        default_base(open_repo(str(branched)), Config(default_branch="develop"), {"GITHUB_BASE_REF": "gone"})


def test_no_base_branch_names_what_was_tried(repo: Path) -> None:
    commit_file(repo, "one")
    git(repo, "branch", "-m", "work")
    with pytest.raises(GitError, match=r"tried origin/main, main, origin/master, master\)"):
        default_base(open_repo(str(repo)), Config(), {})


@pytest.mark.parametrize(("range_spec", "base"), [
    ("main..HEAD", "main"), ("origin/main...topic", "origin/main"), ("^main topic", "main"), ("HEAD", None),
    ("..HEAD", None),
])  # fmt: skip
def test_an_explicit_range_names_its_base_for_the_trust_file(range_spec: str, base: str | None) -> None:
    assert select(NOWHERE, Config(), range_spec, None, {}).base == base
