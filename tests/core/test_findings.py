"""Findings and their locations: a message line, a file span, a record of a local log."""

from __future__ import annotations

import json

import pytest

from provenance.core.findings import (
    SEVERITIES,
    WHOLE_MESSAGE,
    FileSpan,
    Finding,
    LogRecord,
    MessageLine,
    reading_order,
)


def finding(location: MessageLine | FileSpan | LogRecord, hint: tuple[str, ...] = ()) -> Finding:
    return Finding("D1", "missing-disclosure", "error", "text", location=location, hint=hint)


def test_json_shape_of_a_message_finding_is_unchanged() -> None:
    assert finding(MessageLine(3), hint=("AI-Assisted: none",)).to_json() == {
        "rule": "missing-disclosure", "id": "D1", "severity": "error", "message": "text", "line": 3,
        "hint": ["AI-Assisted: none"],
    }
    assert finding(WHOLE_MESSAGE).to_json()["line"] is None
    assert "path" not in finding(WHOLE_MESSAGE).to_json()


def test_json_shape_of_a_file_finding_is_unchanged() -> None:
    data = finding(FileSpan("pkg/a.py", 4, 9)).to_json()
    assert list(data) == ["rule", "id", "severity", "message", "line", "hint", "path", "end_line"]
    assert (data["path"], data["line"], data["end_line"]) == ("pkg/a.py", 4, 9)


def test_a_log_record_finding_names_the_log_line_and_record() -> None:
    data = finding(LogRecord(".provenance/evidence.jsonl", 12, "rec-7")).to_json()
    assert (data["path"], data["line"], data["record"]) == (".provenance/evidence.jsonl", 12, "rec-7")
    assert "end_line" not in data
    json.dumps(data)


def test_flat_keywords_build_the_same_locations() -> None:
    assert Finding("C1", "x", "warning", "m", line=3, path="a.py", end_line=4).location == FileSpan("a.py", 3, 4)
    assert Finding("D1", "x", "error", "m", 5).location == MessageLine(5)
    assert Finding("D1", "x", "error", "m").location == WHOLE_MESSAGE
    located = Finding("D1", "x", "error", "m", location=FileSpan("a.py", 3, 4))
    assert located == Finding("D1", "x", "error", "m", line=3, path="a.py", end_line=4)
    assert (located.line, located.path) == (3, "a.py")


def test_replace_keeps_the_location() -> None:
    original = finding(FileSpan("a.py", 1, 2), hint=("x",))
    assert original._replace(hint=()).location == FileSpan("a.py", 1, 2)
    assert original._replace(hint=()).hint == ()


def test_reading_order_puts_message_first_then_files_then_logs() -> None:
    found = [finding(LogRecord("log", 1)), finding(FileSpan("b.py", 9, 9)), finding(MessageLine(4)),
             finding(FileSpan("a.py", 1, 1)), finding(WHOLE_MESSAGE), finding(MessageLine(2))]
    ordered = [f.location for f in sorted(found, key=reading_order)]
    assert ordered == [WHOLE_MESSAGE, MessageLine(2), MessageLine(4), FileSpan("b.py", 9, 9),
                       FileSpan("a.py", 1, 1), LogRecord("log", 1)]


def test_severities_are_the_literal_values() -> None:
    assert SEVERITIES == ("error", "warning", "notice", "off")


@pytest.mark.parametrize("location", [MessageLine(1), FileSpan("a", 1, 1), LogRecord("l", 1)])
def test_findings_are_hashable_values(location: MessageLine | FileSpan | LogRecord) -> None:
    assert len({finding(location), finding(location)}) == 1
