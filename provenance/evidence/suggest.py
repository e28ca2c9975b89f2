"""The disclosure the evidence suggests: one ``Assisted-by: AGENT:MODEL`` line per tool and
model that wrote matched lines (the prepare-commit-msg template will offer them). Never
``AI-Assisted: none``: the absence of records proves nothing."""

from __future__ import annotations

import re

from provenance.evidence.matching import EvidenceReport

# A model id's release date (claude-sonnet-4-5-20250929): the disclosure names the model, not the build.
_DATE_SUFFIX = re.compile(r"-\d{8}$")


def model_name(model: str) -> str:
    return _DATE_SUFFIX.sub("", model.split("/")[-1])


def assisted_by_lines(report: EvidenceReport) -> list[str]:
    lines: list[str] = []
    for evidence in report.matches:
        models: list[str | None] = [*sorted({model_name(model) for model in evidence.models})] or [None]
        for model in models:
            line = f"Assisted-by: {evidence.agent}:{model}" if model else f"Assisted-by: {evidence.agent}"
            if line not in lines:
                lines.append(line)
    return lines


def evidence_summary(report: EvidenceReport) -> list[str]:
    """A line per tool that wrote matched lines: how many, where, in which session (no code)."""
    lines = []
    for evidence in report.matches:
        files = sorted(evidence.files)
        where = ", ".join(files[:2]) + (f" and {len(files) - 2} more" if len(files) > 2 else "")
        sessions = sorted(evidence.sessions)
        session = f"session {sessions[0]}" + (f" and {len(sessions) - 1} more" if len(sessions) > 1 else "")
        lines.append(f"{evidence.tool} wrote {len(evidence.matched)} of the {report.total_lines} non-trivial "
                     f"added lines in {where}" + (f" ({session})" if sessions else ""))
    return lines


def summary_digest(report: EvidenceReport) -> str:
    """``sha256:<hex>`` of what the evidence showed — per tool: its source, models and how many
    added lines it wrote, sorted — for an attestation to sign (no sessions, paths or code)."""
    from provenance.core.digests import sha256_hex

    tools = sorted(f"{e.source_id}\t{','.join(sorted(e.models))}\t{len(e.matched)}" for e in report.matches)
    summary = "\n".join([f"lines\t{report.total_lines}", *tools])
    return "sha256:" + sha256_hex(summary.encode("utf-8"))
