"""``--format sarif``: SARIF 2.1.0 for code scanning.

Findings on lines of files (the classifier's hunks) and on records of local log files become
results with a physical location.
Code scanning rejects results without a file, so findings on commit messages, which have none,
are carried as tool notifications that name the commit instead.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import quote

from provenance import __version__
from provenance.core.findings import FileSpan, Finding, LogRecord, MessageLine
from provenance.formats.summary import VerifyReport
from provenance.policy.rules import RULES, RULES_BY_KEY

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "notice": "note", "off": "none"}


def _rule_descriptors() -> list[dict[str, object]]:
    return [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.name.replace("-", " ")},
            "fullDescription": {"text": rule.description},
            "help": {"text": f"{rule.description} Configure with "
                             f"severity.{rule.name} = error | warning | notice | off."},
            "defaultConfiguration": {"level": _LEVELS[rule.default_severity]},
        }
        for rule in RULES
    ]


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _uri(path: str) -> str:
    """A repository path as a relative URI reference: spaces, non-ASCII and ':' percent-encoded,
    so ``sp ace.py`` stays a path and ``a::b.py`` does not read as the scheme ``a``."""
    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


def _region(location: FileSpan | LogRecord) -> dict[str, int]:
    if isinstance(location, FileSpan):
        return {"startLine": location.start_line, "endLine": location.end_line}
    return {"startLine": location.line}


def _file_result(sha: str, finding: Finding, location: FileSpan | LogRecord, rule_index: int) -> dict[str, object]:
    return {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": f"{finding.message} (commit {sha[:12]})"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(location.path), "uriBaseId": "%SRCROOT%"},
                                            "region": _region(location)}}],
        "partialFingerprints": {"gitProvenance/v1": _fingerprint(finding.rule_id, sha, location.path,
                                                                 str(finding.line))},
        "properties": {"commit": sha},
    }


def _commit_notification(sha: str, subject: str, finding: Finding, rule_index: int) -> dict[str, object]:
    where = f" line {finding.line} of the message:" if finding.line is not None else ""
    return {
        "descriptor": {"id": finding.rule_id, "index": rule_index},
        "level": _LEVELS[finding.severity],
        "message": {"text": f"commit {sha[:12]} \"{subject}\":{where} {finding.message}"},
        "locations": [{"logicalLocations": [{"name": sha[:12], "fullyQualifiedName": sha, "kind": "commit"}]}],
        "properties": {"commit": sha},
    }


def render(report: VerifyReport) -> str:
    rule_index = {rule.id: index for index, rule in enumerate(RULES)}
    results: list[dict[str, object]] = []
    notifications: list[dict[str, object]] = []
    for result in report.results:
        sha = result.facts.sha or ""
        for finding in result.findings:
            index = rule_index[RULES_BY_KEY[finding.rule_name].id]
            if isinstance(finding.location, MessageLine):
                notifications.append(_commit_notification(sha, result.subject, finding, index))
            else:
                results.append(_file_result(sha, finding, finding.location, index))
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "git-provenance", "version": __version__, "rules": _rule_descriptors()}},
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
            "results": results,
            "properties": {"range": report.range_description, "summary": report.counts()},
        }],
    }
    return json.dumps(document, ensure_ascii=False)
