"""Agent trailers (Assisted-by, Generated-by): what each value declares, and the exact problem
reported for the values that declare nothing. Read through verify's JSON report on real commits.

Caught here (mutation testing): the "no AI" spellings (no, n/a, nothing) going unrecognised, the
placeholder hint losing its example, agents given as a "Name <email>" identity, the line a
finding points at.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from provenance.cli import main
from tests.gitutil import commit_file, init_repo

NO_AI_HINT = "{key} names the AI tool used; for no AI write AI-Assisted: none (found '{trailer}')"
NEEDS_TOOL = "{key} needs a tool name and, where given, a model: {usage} (found '{trailer}')"
ASSISTED_USAGE = "Assisted-by: AGENT_NAME:MODEL_VERSION [TOOL1] [TOOL2]"
GENERATED_USAGE = "Generated-by: TOOL [MODEL]"

# (trailer, involvement, agents, D2 message or None); each is the last line of its own commit.
CASES: list[tuple[str, str, list[dict[str, Any]], str | None]] = [
    ("Assisted-by: no", "undisclosed", [], NO_AI_HINT),
    ("Generated-by: N/A", "undisclosed", [], NO_AI_HINT),
    ("Assisted-by: Nothing", "undisclosed", [], NO_AI_HINT),
    ("Generated-by: none", "undisclosed", [], NO_AI_HINT),
    ("Generated-by: TOOL MODEL", "undisclosed", [],
     "Generated-by still holds the template's placeholder; write the tool and model you used, e.g. "
     "Generated-by: aider gpt-4o (found 'Generated-by: TOOL MODEL')"),
    ("Assisted-by: :", "undisclosed", [], NEEDS_TOOL.replace("{usage}", ASSISTED_USAGE)),
    ("Generated-by: <x@example.com>", "undisclosed", [], NEEDS_TOOL.replace("{usage}", GENERATED_USAGE)),
    ("Generated-by: Claude Opus 4 <noreply@anthropic.com>", "generated",
     [{"tool": "claude-code", "model": "claude-opus-4"}], None),
    ("Generated-by: Ada Lovelace <ada@example.com>", "generated", [{"tool": "Ada Lovelace", "model": None}], None),
    ("Assisted-by: aider (gpt-4o) ripgrep", "assisted", [{"tool": "aider", "model": "gpt-4o", "tools": ["ripgrep"]}],
     None),
    ("Assisted-by: Claude:claude-3-opus coccinelle sparse", "assisted",
     [{"tool": "Claude", "model": "claude-3-opus", "tools": ["coccinelle", "sparse"]}], None),
    ("Generated-by: codex gpt-5-codex", "generated", [{"tool": "codex", "model": "gpt-5-codex"}], None),
    ("Generated-by: no-such-tool", "generated", [{"tool": "no-such-tool", "model": None}], None),
    ("Generated-by: my tool gpt-4o", "generated", [{"tool": "my tool", "model": "gpt-4o"}], None),
    ("Generated-by: aider gpt-4o 2024-08-06", "generated", [{"tool": "aider", "model": "gpt-4o 2024-08-06"}], None),
    ("Assisted-by: Claude:claude-3-opus:latest", "assisted", [{"tool": "Claude", "model": "claude-3-opus:latest"}],
     None),
]


def report_cases(repo: Path) -> dict[str, dict[str, Any]]:
    """verify's JSON entry of each case's commit, by subject ("case N"); the trailer is on line 5."""
    for number, (trailer, *_rest) in enumerate(CASES):
        commit_file(repo, f"case {number}\n\nSome body.\n\n{trailer}\n")
    out, previous = io.StringIO(), os.getcwd()
    try:
        os.chdir(repo)
        with contextlib.redirect_stdout(out):
            main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off"])
    finally:
        os.chdir(previous)
    return {commit["subject"]: commit for commit in json.loads(out.getvalue())["commits"]}


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return report_cases(init_repo(tmp_path_factory.mktemp("conventions") / "repo"))


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)), ids=[case[0] for case in CASES])
def test_agent_trailer_values(reported: dict[str, dict[str, Any]], number: int,
                              case: tuple[str, str, list[dict[str, Any]], str | None]) -> None:
    check_case(reported[f"case {number}"], case)


def test_every_agent_trailer_value_in_one_run(tmp_path: Path) -> None:
    # The same cases without the shared fixture: mutmut runs only the tests that reached a mutated
    # function, and a module-scoped fixture is attributed to the first test alone.
    reported = report_cases(init_repo(tmp_path / "repo"))
    assert len(reported) == len(CASES)
    for number, case in enumerate(CASES):
        check_case(reported[f"case {number}"], case)


def check_case(commit: dict[str, Any], case: tuple[str, str, list[dict[str, Any]], str | None]) -> None:
    trailer, involvement, agents, problem = case
    assert (commit["involvement"], commit["agents"]) == (involvement, agents)
    findings = [(f["id"], f["line"], f["message"]) for f in commit["findings"]]
    if problem is None:
        assert findings == []
        assert commit["convention"] == trailer.split(":")[0].lower()
    else:
        key = trailer.split(":")[0]
        expected = problem.format(key=key, trailer=trailer)
        assert ("D2", 5, expected) in findings
        assert [finding[0] for finding in findings] == ["D2"]  # a malformed disclosure is not also "missing"


@pytest.mark.parametrize(("trailer", "expected"), [
    ("Assisted-by: AGENT_NAME:MODEL_VERSION", "Assisted-by: aider:gpt-4o"),
    ("Generated-by: TOOL MODEL", "Generated-by: aider gpt-4o"),
    ("Co-authored-by-AI: TOOL (MODEL)", "Co-authored-by-AI: aider (gpt-4o)"),
])
def test_the_placeholder_hint_gives_a_real_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str], trailer: str,
                                                   expected: str) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, f"Subject\n\n{trailer}\n")
    monkeypatch.chdir(repo)
    main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off"])
    (commit,) = json.loads(capsys.readouterr().out)["commits"]
    (problem,) = [f["message"] for f in commit["findings"] if f["id"] == "D2"]
    example = problem.split("e.g. ", 1)[1].split(" (found", 1)[0]
    assert example == expected
