"""Every output format shows each kind of location: a message line, a file span, a log record."""

from __future__ import annotations

import json

import pytest

from provenance.core.findings import WHOLE_MESSAGE, FileSpan, Finding, Location, LogRecord, MessageLine
from provenance.core.message import CommitFacts
from provenance.formats import VerifyReport, render
from provenance.formats.github import _annotation
from provenance.formats.lines import finding_line
from provenance.policy.checker import check_commit
from provenance.policy.config import Config

SHA = "ab" * 20


def found(location: Location, rule: tuple[str, str] = ("C1", "undisclosed-ai-style")) -> Finding:
    return Finding(rule[0], rule[1], "warning", "look here", location=location)


def report(*findings: Finding) -> VerifyReport:
    result = check_commit(CommitFacts("Add parser\n\nAI-Assisted: none\n", sha=SHA), Config())
    return VerifyReport("HEAD", [result._replace(findings=findings)])


@pytest.mark.parametrize(("location", "shown"), [
    (WHOLE_MESSAGE, "warning[undisclosed-ai-style] look here"),
    (MessageLine(3), "line 3: warning[undisclosed-ai-style] look here"),
    (FileSpan("pkg/a.py", 4, 9), "pkg/a.py:4-9: warning[undisclosed-ai-style] look here"),
    (LogRecord(".provenance/log.jsonl", 12, "r7"), ".provenance/log.jsonl:12: warning[undisclosed-ai-style] look here"),
])
def test_text_line_for_each_location(location: Location, shown: str) -> None:
    assert finding_line(found(location)) == shown
    assert "  " + shown in render("text", report(found(location)))


def test_github_annotations_point_at_files_and_logs() -> None:
    assert _annotation(SHA, "Add parser", found(FileSpan("a.py", 4, 9))) == (
        f"::warning title=git-provenance undisclosed-ai-style,file=a.py,line=4,endLine=9::look here "
        f"(commit {SHA[:12]})")
    assert _annotation(SHA, "Add parser", found(LogRecord("log.jsonl", 12))) == (
        f"::warning title=git-provenance undisclosed-ai-style,file=log.jsonl,line=12,endLine=12::look here "
        f"(commit {SHA[:12]})")
    assert _annotation(SHA, "Add parser", found(MessageLine(3))) == (
        f"::warning title=git-provenance undisclosed-ai-style::commit {SHA[:12]} \"Add parser\" (message line 3): "
        "look here")


def test_sarif_results_for_files_and_logs_notifications_for_messages() -> None:
    document = json.loads(render("sarif", report(found(MessageLine(3), ("D5", "misplaced-disclosure")),
                                                 found(FileSpan("a.py", 4, 9)), found(LogRecord("log.jsonl", 12)))))
    run = document["runs"][0]
    regions = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert [(p["artifactLocation"]["uri"], p["region"]) for p in regions] == [
        ("a.py", {"startLine": 4, "endLine": 9}), ("log.jsonl", {"startLine": 12})]
    assert [r["level"] for r in run["results"]] == ["warning", "warning"]
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    assert notification["descriptor"]["id"] == "D5"
    assert notification["message"]["text"] == f"commit {SHA[:12]} \"Add parser\": line 3 of the message: look here"


def test_json_keeps_the_flat_shape() -> None:
    document = json.loads(render("json", report(found(FileSpan("a.py", 4, 9)), found(LogRecord("l", 2, "r")))))
    first, second = document["commits"][0]["findings"]
    assert (first["path"], first["line"], first["end_line"]) == ("a.py", 4, 9)
    assert (second["path"], second["line"], second["record"]) == ("l", 2, "r")
