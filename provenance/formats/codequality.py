"""``--format codequality``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one issue per finding, carrying the fields GitLab reads: ``description``,
``check_name``, ``fingerprint``, ``severity`` and ``location`` (``path`` and ``lines.begin``).

- severity: GitLab's scale is info < minor < major < critical < blocker. An ``error`` finding (the
  job fails on it) is ``major``, a ``warning`` is ``minor``, a ``notice`` is ``info``; ``off``
  findings are never reported.
- location: findings on files (the classifier's hunks) and on log records keep their path and
  first line. A commit message has no file, so findings on it take the path ``COMMIT_EDITMSG``
  (the file git edits a message in) and the message line (1 for the message as a whole); the
  description names the commit and its subject, which is what the merge request widget shows.
- fingerprint: GitLab merges issues with the same fingerprint, so it must be unique per finding
  and the same from run to run: a SHA-256 of commit, rule, location and message, with an
  occurrence number added should two findings ever agree on all of those.
"""

from __future__ import annotations

import hashlib
import json

from provenance.core.findings import Finding, MessageLine
from provenance.formats.summary import VerifyReport

MESSAGE_PATH = "COMMIT_EDITMSG"
SEVERITIES = {"error": "major", "warning": "minor", "notice": "info"}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _issue(sha: str, subject: str, finding: Finding) -> dict[str, object]:
    location = finding.location
    if isinstance(location, MessageLine):
        path = MESSAGE_PATH
        where = f" line {location.line} of the message:" if location.line is not None else ""
        description = f"commit {sha[:12]} \"{subject}\":{where} {finding.message}"
    else:
        path = location.path
        description = f"{finding.message} (commit {sha[:12]})"
    begin = finding.line if finding.line is not None else 1
    return {
        "description": description,
        "check_name": f"git-provenance/{finding.rule_name}",
        "fingerprint": _fingerprint(sha, finding.rule_id, path, str(begin), finding.message),
        "severity": SEVERITIES[finding.severity],
        "location": {"path": path, "lines": {"begin": begin}},
    }


def render(report: VerifyReport) -> str:
    issues: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for result in report.results:
        sha = result.facts.sha or ""
        for finding in result.findings:
            if finding.severity not in SEVERITIES:
                continue
            issue = _issue(sha, result.subject, finding)
            fingerprint = str(issue["fingerprint"])
            occurrence = seen.get(fingerprint, 0)
            seen[fingerprint] = occurrence + 1
            if occurrence:  # identical findings stay separate issues, in a stable order
                issue["fingerprint"] = _fingerprint(fingerprint, str(occurrence))
            issues.append(issue)
    return json.dumps(issues, ensure_ascii=False)
