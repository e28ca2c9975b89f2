"""The Markdown summary (the job summary of ``--format github``) fits a pull-request comment:
under GitHub's 65,536-character limit however many commits a range holds, with a count of the
commits left out, and each commit on one table row whatever its subject says."""

from __future__ import annotations

from provenance.core.findings import WHOLE_MESSAGE, Finding
from provenance.core.message import CommitFacts
from provenance.formats import VerifyReport
from provenance.formats.markdown import COMMENT_LIMIT, render
from provenance.policy.checker import CommitResult, check_commit
from provenance.policy.config import Config

MISSING = Finding("D1", "missing-disclosure", "error", "no disclosure", location=WHOLE_MESSAGE)


def commit(number: int, message: str, findings: tuple[Finding, ...] = ()) -> CommitResult:
    result = check_commit(CommitFacts(message, sha=f"{number:040x}"), Config())
    return result._replace(findings=findings)


def test_five_thousand_commits_fit_a_pull_request_comment() -> None:
    results = [commit(n, f"Change number {n} of a very long series {'x' * 200}\n\nAssisted-by: Tool{n % 7}:model-{n}\n",
                      (MISSING,) if n % 3 == 0 else ()) for n in range(5000)]
    text = render(VerifyReport("origin/main..HEAD", results))
    assert len(text) <= COMMENT_LIMIT == 65_536
    lines = text.splitlines()
    rows = [line for line in lines if line.startswith("| `")]
    closing = lines[-1]
    assert closing.startswith("… and ")
    assert closing.endswith(" more commits (the job log and `--format json` list every one).")
    assert len(rows) + int(closing.split()[2]) == 5000
    assert len(rows) > 300  # most of the room goes to commits, not to one long subject each
    # Commits with findings come first.
    assert all(row.endswith("| error: missing-disclosure |") for row in rows[:len(rows) // 2])
    assert "| 5000 commit(s)" not in text and "5000 commit(s) in origin/main..HEAD" in text


def test_a_short_range_is_listed_whole() -> None:
    results = [commit(n, f"Change {n}\n\nAI-Assisted: none\n") for n in range(3)]
    text = render(VerifyReport("HEAD", results))
    assert len([line for line in text.splitlines() if line.startswith("| `")]) == 3
    assert "more commit" not in text


def test_a_hostile_subject_stays_in_its_cell() -> None:
    subject = "Fix | table <script>alert(1)</script> &amp; " + "y" * 500
    text = render(VerifyReport("HEAD", [commit(1, f"{subject}\n", (MISSING,))]))
    (row,) = [line for line in text.splitlines() if line.startswith("| `")]
    assert "<script>" not in text and "&lt;script>" in row
    assert "Fix \\| table" in row and "&amp;amp;" in row
    assert len(row) < 250 and "…" in row


def test_many_ai_tools_are_counted_not_all_listed() -> None:
    results = [commit(n, f"Change {n}\n\nAssisted-by: Tool{n}:model\n") for n in range(30)]
    lines = render(VerifyReport("HEAD", results)).splitlines()
    tool_rows = [line for line in lines if line.startswith("| Tool")]
    assert len(tool_rows) == 20
    assert "| … and 10 more | |" in lines
