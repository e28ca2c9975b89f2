"""Details of verify's reports that only a reader of the output would notice, pinned down.

Caught here (mutation testing): SARIF messages, names and fingerprints built from the wrong
parts; a JSON finding losing its file span; the text report's empty-range line, its "all exempt"
tally and the reword advice shown for commits that have a disclosure.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from provenance.cli import main
from tests.gitutil import commit_file, init_repo

CODE = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n    return result\n"


def verify(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
           *args: str) -> tuple[int, str]:
    monkeypatch.chdir(repo)
    code = main(["verify", *args])
    return code, capsys.readouterr().out


@pytest.fixture
def flagged(tmp_path: Path, always_flagging_model: Path) -> tuple[Path, list[str], str]:
    repo = init_repo(tmp_path / "repo")
    shas = [commit_file(repo, "Add totals\n\nAI-Assisted: none\n", name="totals.py", content=CODE),
            commit_file(repo, "Undisclosed\n"),
            commit_file(repo, "Tune\n\nAI-Assisted: perhaps\n")]
    return repo, shas, f"classifier-model={always_flagging_model}"


def test_sarif_messages_names_and_fingerprints(flagged: tuple[Path, list[str], str], monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    repo, shas, model = flagged
    _, out = verify(repo, monkeypatch, capsys, "--range", "HEAD", "--format", "sarif", "-c", model)
    run: dict[str, Any] = json.loads(out)["runs"][0]
    (result,) = run["results"]
    assert result["message"]["text"].endswith(f" (commit {shas[0][:12]})")
    assert result["properties"] == {"commit": shas[0]}
    # Code scanning matches alerts across runs by this fingerprint: its recipe must not drift.
    recipe = "\0".join(["C1", shas[0], "totals.py", "1"]).encode()
    assert result["partialFingerprints"] == {"gitProvenance/v1": hashlib.sha256(recipe).hexdigest()}

    notifications = {n["descriptor"]["id"]: n for n in run["invocations"][0]["toolExecutionNotifications"]}
    missing, malformed = notifications["D1"], notifications["D2"]
    assert missing["message"]["text"] == (f'commit {shas[1][:12]} "Undisclosed": no AI-involvement disclosure '
                                          "in the message trailers")
    assert malformed["message"]["text"].startswith(f'commit {shas[2][:12]} "Tune": line 3 of the message: '
                                                   "AI-Assisted takes only the value 'none'")
    assert missing["locations"] == [{"logicalLocations": [
        {"name": shas[1][:12], "fullyQualifiedName": shas[1], "kind": "commit"}]}]
    assert missing["properties"] == {"commit": shas[1]}


def test_json_findings_on_files_carry_their_span(flagged: tuple[Path, list[str], str], monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    repo, shas, model = flagged
    _, out = verify(repo, monkeypatch, capsys, "--range", "HEAD", "--format", "json", "-c", model)
    by_sha = {commit["sha"]: commit for commit in json.loads(out)["commits"]}
    (finding,) = by_sha[shas[0]]["findings"]
    assert (finding["id"], finding["path"], finding["line"], finding["end_line"]) == ("C1", "totals.py", 1, 5)
    assert all("path" not in f for f in by_sha[shas[1]]["findings"])  # message findings have no file


def test_text_report_of_an_empty_range(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "Base\n\nAI-Assisted: none\n")
    code, out = verify(repo, monkeypatch, capsys, "--range", "HEAD..HEAD", "-c", "classifier=off")
    assert code == 0
    assert out == "verify: no commits in HEAD..HEAD; use --last N to check recent history\n"


def test_text_report_when_every_commit_is_exempt(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    commit_file(repo, "fixup! Base\n")
    code, out = verify(repo, monkeypatch, capsys, "--range", "HEAD", "-c", "classifier=off")
    assert code == 0
    assert out.splitlines() == ["involvement: all exempt", "verify: 1 commit(s) in HEAD: 0 failing, 0 error(s), "
                                "0 warning(s), 1 exempt"]


def test_reword_advice_only_for_missing_disclosures(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    sha = commit_file(repo, "Tune\n\nAI-Assisted: perhaps\n")
    code, out = verify(repo, monkeypatch, capsys, "--range", "HEAD", "-c", "classifier=off")
    assert code == 1
    assert out.splitlines()[0] == f"{sha[:12]} Tune  (Ada Lovelace)"
    assert "To fix, reword" not in out
    commit_file(repo, "Undisclosed\n")
    assert "To fix, reword each failing commit" in verify(repo, monkeypatch, capsys, "--range", "HEAD",
                                                          "-c", "classifier=off")[1]


def test_text_report_names_at_most_eight_agents(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for number in range(9):
        commit_file(repo, f"Change {number}\n\nGenerated-by: tool{number}\n")
    _, out = verify(repo, monkeypatch, capsys, "--range", "HEAD", "-c", "classifier=off")
    (tally,) = [line for line in out.splitlines() if line.startswith("involvement:")]
    assert tally == "involvement: generated 9; agents: " + ", ".join(f"tool{n} 1" for n in range(8, 0, -1))

