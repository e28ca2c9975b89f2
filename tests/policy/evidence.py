"""Evidence for checking the evidence rules in-process: records of three tools held against one
commit's added lines by the real matcher, and a commit whose evidence was required but not read.

The hooks and verify reading real records from real files are exercised in
tests/hooks/test_evidence_hooks.py; here the records are fixed so a rule's trigger is exact.
"""

from __future__ import annotations

from datetime import datetime, timezone

from provenance.evidence.lines import line_hash, normalise
from provenance.evidence.matching import Target, added_lines, match
from provenance.evidence.records import EvidenceRecord, SessionHints, Skip
from provenance.evidence.registry import SOURCES_BY_ID
from provenance.evidence.run import EvidenceRun, evidence_run
from provenance.evidence.scan import ScanResult, SourceReport
from provenance.gitio.patch import AddedHunk, FileAdditions
from provenance.gitio.worktrees import RepositoryIdentity
from provenance.policy.evidence import EvidenceCheck

EVIDENCE_SHA = "e" * 40
UNCHECKED_SHA = "f" * 40
TOP = "/src/app"
WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
WRITTEN = ["def settle(invoice, payments):", "remaining = invoice.total - sum(payments)",
           "if remaining < 0:", "raise OverpaidError(invoice.number)", "return remaining"]


def _record(source: str, file_path: str | None, lines: list[str], session: str, model: str) -> EvidenceRecord:
    level = SOURCES_BY_ID[source].level
    return EvidenceRecord(source=source, level=level, session_id=session, model=model, time=WHEN,
                          hints=SessionHints(cwd=TOP), source_file=f"/records/{source}.jsonl", source_line=1,
                          file_path=file_path, line_hashes=frozenset(line_hash(normalise(line)) for line in lines))


def _run() -> EvidenceRun:
    additions = [FileAdditions("billing.py", hunks=[AddedHunk(1, [line.encode() for line in WRITTEN])]),
                 FileAdditions("ledger.py", hunks=[AddedHunk(1, [b"total = sum(entry.amount for entry in entries)"])])]
    target = Target("commit", RepositoryIdentity((TOP,), (), frozenset()), added_lines(additions),
                    WHEN.replace(hour=9), WHEN.replace(hour=11))
    records = [
        _record("claude-code", f"{TOP}/billing.py", WRITTEN, "s-wrote", "claude-sonnet-4-5"),
        _record("codex", "ledger.py", ["total = 0"], "s-touched", "gpt-5-codex"),
        _record("ollama", None, [], "", "qwen3:8b"),
    ]
    unread = SourceReport(SOURCES_BY_ID["gemini-cli"], True)
    unread.skips.append(Skip("/records/broken.json", 0, "not JSON"))
    reports = [unread]
    return evidence_run(match(records, target, 3), ScanResult(records, reports))


class _Evidence:
    def __init__(self) -> None:
        self._checks = {EVIDENCE_SHA: EvidenceCheck(_run()),
                        UNCHECKED_SHA: EvidenceCheck(None, "evidence reading is turned off", required=True)}

    def for_commit(self, sha: str) -> EvidenceCheck:
        return self._checks.get(sha, EvidenceCheck(None, "no records"))


EVIDENCE = _Evidence()
