"""The disclosure rules' messages, lines and hints where the policy narrows the accepted
conventions or a message contradicts itself, read through verify's JSON report on real commits.

Caught here (mutation testing): a contradiction quoting ``None`` instead of the AI trailer or
losing its line; the "not accepted" finding losing the trailer's line; the suggested rewrite
dropping the model or the ``TOOL`` placeholder; an empty message without the template hint; the
lists of found and accepted conventions; a contradiction by an AI author identity, an aider
author or committer, a Claude Code footer or an aider subject, quoted wrongly or without its line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provenance.cli import main
from tests.gitutil import clean_env, commit_file


def findings(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], message: str,
             *config: str) -> list[dict[str, Any]]:
    commit_file(repo, message)
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off", *[f"-c{c}" for c in config]])
    return list(json.loads(capsys.readouterr().out)["commits"][0]["findings"])


@pytest.mark.parametrize(("ai_trailer", "line"), [
    ("Assisted-by: aider:gpt-4o", 6),
    ("Co-authored-by: Claude <noreply@anthropic.com>", 6),
], ids=["assisted-by", "co-authored-by"])  # plain ids: mutmut selects tests by node id
def test_a_contradiction_quotes_both_trailers_and_their_lines(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str], ai_trailer: str,
                                                              line: int) -> None:
    (finding,) = findings(repo, monkeypatch, capsys, f"Subject\n\nBody.\n\nAI-Assisted: none\n{ai_trailer}\n")
    assert (finding["id"], finding["line"]) == ("D3", 5)
    assert finding["message"] == (f"'AI-Assisted: none' contradicts the AI disclosure '{ai_trailer}' (line {line}); "
                                  "keep the one that is true")


@pytest.mark.parametrize(("trailer", "accepted", "hint"), [
    ("Generated-by: aider gpt-4o", "ai-assisted", "Generated-by: aider gpt-4o"),
    ("Generated-by: aider", "ai-assisted", "Generated-by: aider"),
    ("Co-authored-by-AI: aider (gpt-4o)", "strict", "Assisted-by: aider:gpt-4o"),
    ("AI-Assisted: none", "assisted-by", "Assisted-by: TOOL"),
], ids=["generated-with-model", "generated-without-model", "co-authored-by-ai", "no-agent"])
def test_a_disclosure_the_policy_does_not_accept(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str], trailer: str, accepted: str,
                                                 hint: str) -> None:
    (finding,) = findings(repo, monkeypatch, capsys, f"Subject\n\nBody.\n\n{trailer}\n", f"conventions={accepted}")
    assert (finding["id"], finding["line"], finding["hint"]) == ("D1", 5, [hint])
    assert finding["message"].startswith("only disclosures this policy does not accept were found (")


def test_an_empty_message_gets_the_template_hint(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "", extra_args=("--allow-empty-message",))
    commit_file(repo, "Undisclosed\n")
    monkeypatch.chdir(repo)
    main(["verify", "--last", "2", "--format", "json", "-c", "classifier=off"])
    undisclosed, empty = (commit["findings"][0] for commit in json.loads(capsys.readouterr().out)["commits"])
    assert empty["message"] == "the commit message is empty"
    assert undisclosed["message"] == "no AI-involvement disclosure in the message trailers"
    assert empty["hint"] == undisclosed["hint"]
    assert any(line.startswith("AI-Assisted: none") for line in empty["hint"])


def test_a_contradiction_with_an_ai_author_names_the_identity(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "Subject\n\nAI-Assisted: none\n",
                env=clean_env(GIT_AUTHOR_NAME="Claude", GIT_AUTHOR_EMAIL="noreply@anthropic.com"))
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off"])
    (finding,) = json.loads(capsys.readouterr().out)["commits"][0]["findings"]
    assert (finding["id"], finding["line"]) == ("D3", 3)
    assert finding["message"].startswith("'AI-Assisted: none' contradicts the AI disclosure "
                                         "'author: Claude <noreply@anthropic.com>' (")
    assert "(the author identity)" in finding["message"]


def test_the_not_accepted_finding_lists_found_and_accepted_conventions(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    message = "Subject\n\nCo-authored-by-AI: aider (gpt-4o)\nCo-authored-by: Claude <noreply@anthropic.com>\n"
    (finding,) = findings(repo, monkeypatch, capsys, message, "conventions=strict")
    assert finding["message"] == ("only disclosures this policy does not accept were found (co-authored-by, "
                                  "co-authored-by-ai); it accepts: ai-assisted, assisted-by, generated-by")


@pytest.mark.parametrize(("identity", "body", "quoted"), [
    ({"GIT_AUTHOR_NAME": "Ada (aider)"}, "", "author: Ada (aider)"),
    ({"GIT_COMMITTER_NAME": "Bob (aider)"}, "", "committer: Bob (aider)"),
    ({}, "🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n",
     "🤖 Generated with [Claude Code](https://claude.com/claude-code)"),
], ids=["aider-author", "aider-committer", "claude-code-footer"])
def test_a_contradiction_quotes_an_identity_or_footer(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str], identity: dict[str, str],
                                                      body: str, quoted: str) -> None:
    commit_file(repo, f"Subject\n\n{body}AI-Assisted: none\n", env=clean_env(**identity))
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off"])
    (finding,) = json.loads(capsys.readouterr().out)["commits"][0]["findings"]
    assert finding["id"] == "D3"
    assert finding["message"].startswith(f"'AI-Assisted: none' contradicts the AI disclosure '{quoted}' (")


def test_a_contradiction_with_an_aider_subject_points_at_the_subject(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (finding,) = findings(repo, monkeypatch, capsys, "aider: fix the parser\n\nAI-Assisted: none\n")
    assert (finding["id"], finding["line"]) == ("D3", 3)
    assert finding["message"] == ("'AI-Assisted: none' contradicts the AI disclosure 'aider: fix the parser' "
                                  "(line 1); keep the one that is true")


def test_an_aider_subject_discloses_aider(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "aider: fix the parser\n")
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off"])
    (commit,) = json.loads(capsys.readouterr().out)["commits"]
    assert (commit["involvement"], commit["agents"], commit["findings"]) == (
        "generated", [{"tool": "aider", "model": None}], [])
