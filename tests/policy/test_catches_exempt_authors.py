"""exempt-authors patterns match a whole name, email or "Name <email>", never a part of one.

Caught here: a pattern that matches inside a name (``bot`` exempting ``Talbot``, or ``Robert``
exempting ``Robert Smith``), a bracket read as a character class, lost case-insensitivity.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.cli import main
from tests.gitutil import clean_env, commit_file

AUTHORS = {
    "robert": ("Robert Smith", "robert@example.com"),
    "talbot": ("Jane Talbot", "jane.talbot@bottling.example"),
    "dependabot": ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"),
    "dependabotb": ("dependabotb", "b@example.org"),
}


@pytest.fixture
def authored(repo: Path) -> Path:
    """One undisclosed commit by each author (verify lists the newest first)."""
    for key, (name, email) in AUTHORS.items():
        commit_file(repo, f"Change by {key}\n", name=f"{key}.txt",
                    env=clean_env(GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email))
    return repo


def exempted(repo: Path, patterns: str, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> set[str]:
    monkeypatch.chdir(repo)
    code = main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off",
                 "-c", f"exempt-authors={patterns}"])
    commits = json.loads(capsys.readouterr().out)["commits"]
    assert len(commits) == len(AUTHORS)
    exempt = {c["subject"].removeprefix("Change by ") for c in commits if c["exempt"] == "exempt-author"}
    assert {c["exempt"] for c in commits} <= {"exempt-author", None}
    # Every commit lacks a disclosure: verify passes exactly when all of them are exempt.
    assert code == (0 if exempt == set(AUTHORS) else 1)
    return exempt


@pytest.mark.parametrize(("patterns", "expected"), [
    ("bot", set()),                                   # not inside Talbot, dependabot[bot] or an email
    ("robert", set()),                                # a first name is not the whole name
    ("Smith", set()),
    ("example.com", set()),                           # nor a domain the whole email
    ("robert smith", {"robert"}),                     # whole name, any case
    ("ROBERT@EXAMPLE.COM", {"robert"}),               # whole email
    ("Robert Smith <robert@example.com>", {"robert"}),
    ("Rob?rt Smith", {"robert"}),                     # ? is one character
    ("Rob?t Smith", set()),                           # ... exactly one
    ("*talbot", {"talbot"}),                          # * is any run of characters
    ("*@example.com", {"robert"}),                    # anchored at the end: not *.org, not bottling.example
    ("dependabot[bot]", {"dependabot"}),              # brackets are literal, not a character class
    ("dependabot[bot], jane talbot", {"dependabot", "talbot"}),
    ("*", set(AUTHORS)),
])
def test_patterns_match_whole_names_or_emails(authored: Path, patterns: str, expected: set[str],
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert exempted(authored, patterns, monkeypatch, capsys) == expected


def test_the_commit_msg_hook_exempts_by_the_same_rule(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The hook takes the pending commit's author from git's environment."""
    monkeypatch.chdir(repo)
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Robert Smith")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "robert@example.com")
    message = repo / ".git" / "COMMIT_EDITMSG"
    message.write_text("No disclosure here\n")
    assert main(["hook", "commit-msg", "-c", "exempt-authors=bot", str(message)]) == 1
    assert "error[missing-disclosure]" in capsys.readouterr().err
    assert main(["hook", "commit-msg", "-c", "exempt-authors=robert", str(message)]) == 1
    capsys.readouterr()
    assert main(["hook", "commit-msg", "-c", "exempt-authors=robert smith", str(message)]) == 0
    assert capsys.readouterr().err == ""
