"""verify's SARIF and GitHub formats, on a real repository, validated against their consumers' rules.

The SARIF output is checked against the official SARIF 2.1.0 schema, vendored in schemas/ (its
source and terms are in schemas/README.md), with format checking on, so ``uri``,
``uri-reference`` and ``date-time`` values are checked too. verify runs in process
(``provenance.cli.main``) on real commits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from provenance.cli import main
from provenance.cli.verify import VERIFY_FORMATS
from provenance.formats import FORMATS
from provenance.formats.github import _annotation
from provenance.policy.rules import Finding
from tests.gitutil import commit_file, init_repo

SARIF_SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"
CODE = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n    return result\n"
# Each rule's default severity, as `git-provenance rules` lists it, and its SARIF level.
DEFAULT_LEVELS = {"D1": "error", "D2": "error", "D3": "error", "D4": "error",
                  "D5": "warning", "D6": "warning", "D7": "warning", "C1": "warning",
                  "E1": "error", "E2": "warning", "E3": "none", "E4": "note", "E5": "none", "E6": "error",
                  "A1": "error", "A2": "error", "A3": "error", "A4": "error"}


def run_verify(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
               *args: str) -> tuple[int, str]:
    monkeypatch.chdir(repo)
    code = main(["verify", "--range", "HEAD", *args])
    return code, capsys.readouterr().out


def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    # The schema is draft 4 but uses "uri-reference" (a draft 6 format), which the draft 4 checker
    # does not know and would let through: check every format jsonschema knows.
    return cls(schema, format_checker=jsonschema.FormatChecker())


def run_sarif(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
              *args: str) -> tuple[int, dict[str, Any]]:
    code, out = run_verify(repo, monkeypatch, capsys, "--format", "sarif", *args)
    document = json.loads(out)
    sarif_validator().validate(document)
    return code, document


def notification_levels(document: dict[str, Any]) -> list[tuple[str, str]]:
    notifications = document["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    return sorted((n["descriptor"]["id"], n["level"]) for n in notifications)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name="totals.py", content=CODE)
    commit_file(repo, "Undisclosed change, with: a colon\n", name="notes.txt", content="notes\n")
    commit_file(repo, "Tune\n\nAI-Assisted: perhaps\n", name="notes.txt", content="more notes\n")
    return repo


def test_cli_offers_every_format() -> None:
    assert list(FORMATS) == VERIFY_FORMATS


def test_format_checking_is_really_on() -> None:
    """Without the format libraries (jsonschema[format-nongpl]) jsonschema skips these checks silently."""
    checker = sarif_validator().format_checker
    assert checker is not None
    assert not checker.conforms("sp ace.py", "uri-reference")
    assert not checker.conforms("not a uri", "uri")
    assert not checker.conforms("2026-13-01T00:00:00Z", "date-time")
    assert checker.conforms("src/totals.py", "uri-reference")


def test_sarif_is_valid_and_locates_hunks(repo: Path, always_flagging_model: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, document = run_sarif(repo, monkeypatch, capsys, "-c", f"classifier-model={always_flagging_model}")
    assert code == 1
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all(rule["fullDescription"]["text"] and rule["help"]["text"] for rule in rules)
    (result,) = run["results"]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "C1"
    assert result["level"] == "warning"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "totals.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 1, "endLine": 5}
    assert len(result["partialFingerprints"]["gitProvenance/v1"]) == 64

    notifications = run["invocations"][0]["toolExecutionNotifications"]
    assert notification_levels(document) == [("D1", "error"), ("D2", "error")]
    assert all(n["locations"][0]["logicalLocations"][0]["kind"] == "commit" for n in notifications)
    assert all(rules[n["descriptor"]["index"]]["id"] == n["descriptor"]["id"] for n in notifications)


def test_sarif_rule_descriptors_carry_each_rules_default_level(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _, document = run_sarif(repo, monkeypatch, capsys, "-c", "classifier=off")
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    assert {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules} == DEFAULT_LEVELS
    assert [rule["id"] for rule in rules] == list(DEFAULT_LEVELS)  # ruleIndex points into this order


def test_sarif_levels_follow_each_findings_severity(tmp_path: Path, always_flagging_model: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "levels")
    commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name="totals.py", content=CODE)
    commit_file(repo, "Misplaced\n\nAI-Assisted: none\n\nMore text.\n\nAI-Assisted: none\n")  # D5 only
    commit_file(repo, "Undisclosed\n")  # D1 only
    model = f"classifier-model={always_flagging_model}"

    code, document = run_sarif(repo, monkeypatch, capsys, "-c", model)
    assert code == 1
    assert notification_levels(document) == [("D1", "error"), ("D5", "warning")]
    assert [r["level"] for r in document["runs"][0]["results"]] == ["warning"]

    code, document = run_sarif(repo, monkeypatch, capsys, "-c", model, "-c",
                               "severity=C1=error,D1=warning,misplaced-disclosure=error")
    assert code == 1
    assert notification_levels(document) == [("D1", "warning"), ("D5", "error")]
    assert [r["level"] for r in document["runs"][0]["results"]] == ["error"]

    code, document = run_sarif(repo, monkeypatch, capsys, "-c", model, "-c", "severity=C1=off,D1=off,D5=warning")
    assert code == 0
    assert notification_levels(document) == [("D5", "warning")]
    assert document["runs"][0]["results"] == []


@pytest.mark.parametrize(("name", "uri"), [("sp ace.py", "sp%20ace.py"), ("ünï.py", "%C3%BCn%C3%AF.py"),
                                         ("a::b.py", "a%3A%3Ab.py"), ("sub dir/x.py", "sub%20dir/x.py")])
def test_sarif_uri_is_a_valid_relative_uri_reference(
    tmp_path: Path, always_flagging_model: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    name: str, uri: str,
) -> None:
    repo = init_repo(tmp_path / "paths")
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name=name, content=CODE)
    _, document = run_sarif(repo, monkeypatch, capsys, "-c", f"classifier-model={always_flagging_model}")
    locations = [result["locations"][0]["physicalLocation"]["artifactLocation"]
                 for result in document["runs"][0]["results"]]
    assert locations, "the always-flagging model flagged nothing"
    assert {location["uri"] for location in locations} == {uri}
    assert {location["uriBaseId"] for location in locations} == {"%SRCROOT%"}


def test_sarif_of_a_clean_range_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    clean = init_repo(tmp_path / "clean")
    commit_file(clean, "Fine\n\nAI-Assisted: none\n")
    code, document = run_sarif(clean, monkeypatch, capsys, "-c", "classifier=off")
    assert code == 0
    assert document["runs"][0]["results"] == []
    assert document["runs"][0]["invocations"][0]["toolExecutionNotifications"] == []


def test_github_annotations_and_step_summary(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out = run_verify(repo, monkeypatch, capsys, "--format", "github", "-c", "classifier=off")
    assert code == 1
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert len(annotations) == 2
    missing = next(a for a in annotations if "missing-disclosure" in a)
    assert missing.startswith("::error title=git-provenance missing-disclosure::commit ")
    assert '"Undisclosed change, with: a colon"' in missing
    assert "verify: 3 commit(s) in HEAD" in out  # the text report follows for the log
    written = summary.read_text()
    assert written.startswith("earlier step\n## git-provenance")
    assert "**2 failing**" in written and "| none | 1 |" in written


def test_github_annotation_levels_follow_severity(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_verify(repo, monkeypatch, capsys, "--format", "github", "-c", "classifier=off",
                           "-c", "severity=D1=warning")
    assert code == 1  # D2 is still an error
    levels = sorted(line.split(" ", 1)[0] for line in out.splitlines() if line.startswith("::"))
    assert levels == ["::error", "::warning"]


def test_annotation_escaping() -> None:
    finding = Finding("C1", "undisclosed-ai-style", "warning", "50%\nscore", line=3, path="a,b:c.py", end_line=4)
    line = _annotation("0" * 40, "subject", finding)
    assert line == ("::warning title=git-provenance undisclosed-ai-style,file=a%2Cb%3Ac.py,line=3,endLine=4::"
                    "50%25%0Ascore (commit 000000000000)")


def test_github_step_summary_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "summary")
    shas = [
        commit_file(repo, "Plain | piped subject\n"),                                       # D1 error
        commit_file(repo, "Assisted\n\nAssisted-by: Claude:claude-3-opus\n"),
        commit_file(repo, "Co-authored\n\nCo-authored-by: Codex <codex@openai.com>\n"),
        commit_file(repo, "Again\n\nAssisted-by: Claude:claude-3-opus\n"),
        commit_file(repo, "Misplaced\n\nAI-Assisted: none\n\nText.\n\nAI-Assisted: none\n"),  # D5 warning
        commit_file(repo, "Both\n\nAI-Assisted: maybe\nSigned-off-by: Claude <noreply@anthropic.com>\n"),
        commit_file(repo, 'Revert "x"\n\nThis reverts commit 0000000.\n'),                  # exempt
    ]
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, _ = run_verify(repo, monkeypatch, capsys, "--format", "github", "-c", "classifier=off")
    assert code == 1
    short = [sha[:12] for sha in shas]
    assert summary.read_text() == "\n".join([
        "## git-provenance: AI-involvement disclosures",
        "",
        "7 commit(s) in HEAD: **2 failing**, 1 warning(s), 1 exempt.",
        "",
        "| involvement | commits |",
        "|---|---:|",
        "| none | 1 |",
        "| assisted | 3 |",
        "| undisclosed | 2 |",
        "",
        "| AI tool | commits |",
        "|---|---:|",
        "| Claude (claude-3-opus) | 2 |",
        "| codex | 1 |",
        "",
        "| commit | subject | involvement | AI tools | findings |",
        "|---|---|---|---|---|",
        f"| `{short[5]}` | Both | undisclosed | — | error: ai-signoff, error: malformed-disclosure |",
        f"| `{short[4]}` | Misplaced | none | — | warning: misplaced-disclosure |",
        f"| `{short[0]}` | Plain \\| piped subject | undisclosed | — | error: missing-disclosure |",
        f"| `{short[6]}` | Revert \"x\" | exempt (revert) | — | — |",
        f"| `{short[3]}` | Again | assisted | Claude (claude-3-opus) | — |",
        f"| `{short[2]}` | Co-authored | assisted | codex | — |",
        f"| `{short[1]}` | Assisted | assisted | Claude (claude-3-opus) | — |",
    ]) + "\n"


def test_github_step_summary_lists_every_commit_of_a_pull_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "many")
    for number in range(52):
        commit_file(repo, f"Undisclosed {number}\n")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert run_verify(repo, monkeypatch, capsys, "--format", "github", "-c", "classifier=off")[0] == 1
    rows = [line for line in summary.read_text().splitlines() if line.startswith("| `")]
    assert len(rows) == 52
    assert "| Undisclosed 51 |" in rows[0]
    assert "more commit" not in summary.read_text()


def test_an_unwritable_step_summary_is_a_warning_and_the_report_still_prints(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no-such-folder" / "summary.md"))
    monkeypatch.chdir(repo)
    commit_file(repo, "Undisclosed\n")
    assert main(["verify", "--range", "HEAD", "--format", "github", "-c", "classifier=off"]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("git-provenance: warning: GITHUB_STEP_SUMMARY=")
    assert "cannot append the job summary" in captured.err and "reporting without the job summary" in captured.err
    assert "::error title=git-provenance missing-disclosure::" in captured.out
