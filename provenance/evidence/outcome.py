"""What one evidence run gives the rules: the report, the records that could not be read, and
(for `evidence sources`) what each source read. Its own module, light to import: the commit-msg
hook rebuilds one from what prepare-commit-msg left (``hooks.evidence_cache``) without loading
the scan or any reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from provenance.evidence.matching import EvidenceReport
from provenance.evidence.records import Skip

if TYPE_CHECKING:
    from provenance.evidence.scan import ScanResult


class EvidenceRun(NamedTuple):
    report: EvidenceReport
    # Record files and records that could not be read, each of which may have been evidence.
    skipped: tuple[Skip, ...] = ()
    # What each source read (for `evidence sources`); None for a run the commit-msg hook took over
    # from prepare-commit-msg (hooks.evidence_cache).
    scan: ScanResult | None = None

    @property
    def skips_in_window(self) -> int:
        return len(self.skipped)


def source_names(result: ScanResult) -> dict[str, tuple[str, str]]:
    """Each source's tool and agent, as the scan's sources name them (``matching.match``)."""
    return {report.source.id: (report.source.tool, report.source.agent) for report in result.reports}


def evidence_run(report: EvidenceReport, result: ScanResult) -> EvidenceRun:
    return EvidenceRun(report, tuple(skip for source in result.reports for skip in source.skips), result)
