"""``--format json``: one versioned document, every commit with its disclosure and findings, and
its attestation status (``valid``, ``missing``, ``exempt`` or why it failed) when verify checked
attestations (``"attestation"``, absent otherwise: version 1 gained it without changing a key)."""

from __future__ import annotations

import json

from provenance.formats.summary import VerifyReport

OUTPUT_VERSION = 1


def render(report: VerifyReport) -> str:
    attestations = report.attestations
    commits: list[dict[str, object]] = [
        {
            "sha": r.facts.sha,
            "subject": r.subject,
            "author": {"name": r.facts.author_name, "email": r.facts.author_email},
            "involvement": r.disclosure.involvement,
            "agents": [agent.to_json() for agent in r.disclosure.agents],
            "convention": r.disclosure.convention,
            "conventions": list(r.disclosure.conventions),
            "exempt": r.exempt,
            "findings": [f.to_json() for f in r.findings],
        }
        for r in report.results
    ]
    if attestations is not None:
        for commit, result in zip(commits, report.results, strict=True):
            commit["attestation"] = attestations.get(result.facts.sha or "", "exempt" if result.exempt else None)
    summary: dict[str, object] = {**report.counts(), "involvement": report.involvement_counts(),
                                   "agents": report.agent_counts()}
    document = {"version": OUTPUT_VERSION, "tool": "git-provenance", "range": report.range_description,
                "summary": summary, "commits": commits}
    # Compact: with indent, CPython falls back to its pure-Python encoder, 7x slower on big ranges.
    return json.dumps(document, ensure_ascii=False)
