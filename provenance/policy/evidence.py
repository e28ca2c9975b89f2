"""The local evidence a commit is held against, as the rules see it.

Reading evidence never fails a commit by failing: invalid user settings, a git error or a
reader's crash leave the check *unchecked*, with the reason, and the rules decide what that
means (``evidence-unchecked`` rejects only where the repository requires evidence). Which
files are read is the user's choice (``provenance.evidence.settings``); the repository's
``evidence`` key only says whether its commits are checked: ``auto``, ``required`` or ``off``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from provenance.core.errors import ConfigError

if TYPE_CHECKING:
    from provenance.evidence.matching import EvidenceReport, Target
    from provenance.evidence.outcome import EvidenceRun
    from provenance.evidence.scan import ScanResult
    from provenance.evidence.settings import EvidenceSettings
    from provenance.policy.config import Config

EVIDENCE_MODES = ("auto", "required", "off")


class EvidenceCheck(NamedTuple):
    """The evidence of one commit: the run, or why there is none, and whether it was required."""

    run: EvidenceRun | None
    unchecked: str | None = None  # why the evidence was not read; None when it was
    required: bool = False
    failed: bool = False  # unchecked because reading failed, not because the user turned it off

    @property
    def report(self) -> EvidenceReport | None:
        return self.run.report if self.run is not None else None


def one_check(check: EvidenceCheck) -> _OneCheck:
    """``check`` as the evidence source of a hook's pending commit."""
    return _OneCheck(check)


class _OneCheck:
    """The evidence source of a hook's pending commit: one check, whatever the sha."""

    def __init__(self, check: EvidenceCheck) -> None:
        self._check = check

    def for_commit(self, sha: str) -> EvidenceCheck:
        return self._check


def _settings(required: bool) -> EvidenceSettings | EvidenceCheck:
    """The user's evidence settings, or the check that says why evidence is not read."""
    from provenance.evidence.settings import ENV_CONFIG, load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        return EvidenceCheck(None, f"your evidence settings are invalid: {exc}", required, failed=True)
    if not settings.enabled:
        where = settings.file or f"${ENV_CONFIG}"
        return EvidenceCheck(None, f"evidence reading is turned off in {where}", required)
    return settings


def reads_activity(config: Config) -> bool:
    """Whether local inference activity is worth reading: only for its rule (off by default);
    at volume it is most of what the index holds."""
    return config.severity("local-inference-activity") != "off"


def _reading(mode: str) -> EvidenceSettings | _OneCheck | None:
    """The user's settings to read evidence with; else the source that says why none is read, or
    None when the repository turns evidence off."""
    if mode == "off":
        return None
    settings = _settings(mode == "required")
    return _OneCheck(settings) if isinstance(settings, EvidenceCheck) else settings


def _failed(exc: Exception, mode: str) -> _OneCheck:
    return _OneCheck(EvidenceCheck(None, f"reading evidence failed: {_reason(exc)}", mode == "required", failed=True))


def staged_evidence(cwd: str, mode: str, amend: bool = False, activity: bool = True) -> _OneCheck | None:
    """The evidence source for the commit being made, or None when the repository turns it off.
    ``cwd`` is the top of the work tree: a hook's working directory (githooks(5)); ``activity``:
    whether local inference activity is read (not when its rule is off)."""
    settings = _reading(mode)
    if settings is None or isinstance(settings, _OneCheck):
        return settings
    from provenance.evidence.run import run_evidence, staged_target

    try:
        # git runs a hook at the top of the work tree it commits in.
        target = staged_target(cwd, settings, amend=amend, top=cwd)
        return _OneCheck(EvidenceCheck(run_evidence(target, settings, activity=activity), None, mode == "required"))
    except Exception as exc:  # evidence reading must never stop a commit by failing
        return _failed(exc, mode)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class _CommitChecks:
    """The evidence of many commits (``verify --evidence``): the records are read once, from the
    earliest window, and each commit is matched when a rule first asks for it."""

    def __init__(self, cwd: str, settings: EvidenceSettings, required: bool) -> None:
        self._cwd = cwd
        self._settings = settings
        self._required = required
        self._scan: ScanResult | None = None
        self._checks: dict[str, EvidenceCheck] = {}

    def prepare(self, shas: Sequence[str]) -> None:
        """Read the records once for all of ``shas``, from the earliest of their windows."""
        from provenance.evidence.run import commit_target
        from provenance.evidence.scan import EvidenceQuery, scan
        from provenance.evidence.sources import Platform

        targets = {sha: commit_target(self._cwd, sha, self._settings) for sha in shas}
        if not targets:
            return
        first = next(iter(targets.values()))
        start = min(target.start for target in targets.values())
        lines = [line for target in targets.values() for line in target.lines]
        query = EvidenceQuery.of(start, {line.hash for line in lines}, {line.path for line in lines})
        self._scan = scan(Platform.current((first.identity.top,)), self._settings, since=start, query=query)
        for sha, target in targets.items():
            self._checks[sha] = self._matched(target)

    def _matched(self, target: Target) -> EvidenceCheck:
        from provenance.evidence.matching import match
        from provenance.evidence.outcome import evidence_run, source_names

        scanned = self._scan
        if scanned is None:
            raise LookupError("prepare() reads the records before a commit is matched")
        report = match(scanned.records, target, self._settings.min_lines, source_names(scanned))
        return EvidenceCheck(evidence_run(report, scanned), None, self._required)

    def for_commit(self, sha: str) -> EvidenceCheck:
        return self._checks.get(sha) or EvidenceCheck(None, "not a commit of the range", self._required)


def commits_evidence(cwd: str, mode: str, shas: Sequence[str]) -> _CommitChecks | _OneCheck | None:
    """The evidence source for ``verify --evidence`` over ``shas`` (local commits, read on this
    machine), or None when the repository turns evidence off."""
    settings = _reading(mode)
    if settings is None or isinstance(settings, _OneCheck):
        return settings
    checks = _CommitChecks(cwd, settings, mode == "required")
    try:
        checks.prepare(shas)
    except Exception as exc:  # as in the hooks: reported, never a traceback
        return _failed(exc, mode)
    return checks

