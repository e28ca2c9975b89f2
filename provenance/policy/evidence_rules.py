"""The rules that hold a disclosure against the local evidence (``needs = {"evidence"}``).

They run in the commit-msg hook on the staged changes and in ``verify --evidence`` on local
commits, configured like every rule. What they say names tools, sessions, models, files and
counts; never a prompt or a line of code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from provenance.core.disclosure import UNDISCLOSED
from provenance.policy.context import CommitContext, Source
from provenance.policy.rule_base import Problem, Rule

if TYPE_CHECKING:
    from provenance.evidence.matching import EvidenceReport, ToolEvidence

_EVIDENCE: frozenset[Source] = frozenset({"evidence"})
_SHOWN = 3
_EVIDENCE_COMMAND = "git provenance evidence --staged"


def _listed(items: Iterable[str]) -> str:
    ordered = sorted(items)
    shown = ", ".join(ordered[:_SHOWN])
    return f"{shown} and {len(ordered) - _SHOWN} more" if len(ordered) > _SHOWN else shown


def _sessions(evidence: ToolEvidence) -> str:
    if not evidence.sessions:
        return "a session with no id"
    word = "session" if len(evidence.sessions) == 1 else "sessions"
    return f"{word} {_listed(evidence.sessions)}"


def _models(evidence: ToolEvidence) -> str:
    return f" with {_listed(evidence.models)}" if evidence.models else ""


def _declares_nothing_of_ai(context: CommitContext) -> bool:
    return context.analysis.disclosure.involvement in ("none", UNDISCLOSED)


def _declared(context: CommitContext) -> str:
    if context.analysis.disclosure.involvement == "none":
        return "the message declares no AI involvement"
    return "the message declares nothing"


class EvidenceRule(Rule):
    """A rule on the evidence; by default it applies where the message declares no AI (or nothing)."""

    needs: ClassVar[frozenset[Source]] = _EVIDENCE

    def applies(self, context: CommitContext) -> bool:
        return _declares_nothing_of_ai(context)

    def report(self, context: CommitContext) -> EvidenceReport | None:
        return context.evidence_check().report


class UndisclosedEvidence(EvidenceRule):
    id = "E1"
    name = "undisclosed-evidence"
    default_severity = "error"
    description = ("A local AI tool's records show it wrote the commit's added lines, but the message declares "
                   "no AI involvement (or nothing).")

    def check(self, context: CommitContext) -> Iterator[Problem]:
        report = self.report(context)
        if report is None:
            return
        from provenance.evidence.suggest import assisted_by_lines

        for evidence in report.matches:
            yield Problem(
                f"{evidence.tool} wrote {len(evidence.matched)} of the {report.total_lines} non-trivial added lines "
                f"in {_listed(evidence.files)} ({_sessions(evidence)}{_models(evidence)}), but {_declared(context)}; "
                f"disclose it (`{_EVIDENCE_COMMAND}` shows the records)",
                hint=tuple(assisted_by_lines(report._replace(matches=[evidence]))),
            )


class EvidenceTouchedFiles(EvidenceRule):
    id = "E2"
    name = "evidence-touched-files"
    default_severity = "warning"
    description = ("A local AI tool's session in this repository edited staged files, though too few of its lines "
                   "match to tell, and the message declares no AI involvement (or nothing).")

    def check(self, context: CommitContext) -> Iterator[Problem]:
        report = self.report(context)
        if report is None:
            return
        for evidence in report.touches:
            yield Problem(
                f"{evidence.tool} ({_sessions(evidence)}) edited {_listed(evidence.files)}, which this commit "
                f"changes; {evidence.strong_lines} of its lines match (fewer than {report.min_lines}, so not "
                f"counted as written by it), and {_declared(context)}; if it helped, disclose it"
            )


class LocalInferenceActivity(EvidenceRule):
    id = "E3"
    name = "local-inference-activity"
    default_severity = "off"
    description = ("A local inference server ran a model in the commit's time window (no file link), and the message "
                   "declares no AI involvement (or nothing).")

    def check(self, context: CommitContext) -> Iterator[Problem]:
        report = self.report(context)
        for evidence in report.activity if report is not None else ():
            when = ""
            if evidence.first is not None and evidence.last is not None:
                when = f" between {evidence.first:%Y-%m-%d %H:%M} and {evidence.last:%H:%M} UTC"
            yield Problem(f"{evidence.tool} ran{_models(evidence)}{when}, while this commit was being made; "
                          f"nothing ties it to these lines, and {_declared(context)}")


_WORD = re.compile(r"[a-z0-9]+")


def _words(name: str) -> str:
    return "".join(_WORD.findall(name.lower()))


def _named(evidence: ToolEvidence, disclosed: Iterable[str]) -> bool:
    """Whether a disclosed tool name is this tool's (``Claude`` for Claude Code, ``codex`` …)."""
    own = {_words(evidence.tool), _words(evidence.agent), _words(evidence.source_id)} - {""}
    return any(word and (word in own or any(word in name or name in word for name in own))
               for word in map(_words, disclosed))


class EvidenceToolsDiffer(EvidenceRule):
    id = "E4"
    name = "evidence-tools-differ"
    default_severity = "notice"
    description = "The disclosure names AI tools, but not the tool whose records show it wrote the added lines."

    def applies(self, context: CommitContext) -> bool:
        return not _declares_nothing_of_ai(context)

    def check(self, context: CommitContext) -> Iterator[Problem]:
        report = self.report(context)
        disclosed = [agent.tool for agent in context.analysis.disclosure.agents]
        for evidence in report.matches if report is not None else ():
            if disclosed and not _named(evidence, disclosed):
                yield Problem(
                    f"{evidence.tool} wrote {len(evidence.matched)} of the added lines ({_sessions(evidence)}), "
                    f"but the disclosure names {_listed(set(disclosed))}",
                )


class UnreadEvidence(EvidenceRule):
    id = "E5"
    name = "unread-evidence"
    default_severity = "off"
    description = ("Some record files or records in the commit's time window could not be read, so the evidence may "
                   "be incomplete (set to error to fail closed).")

    def applies(self, context: CommitContext) -> bool:
        return True  # whatever the message declares: failing closed means on every commit

    def check(self, context: CommitContext) -> Iterator[Problem]:
        run = context.evidence_check().run
        if run is None or not run.skips_in_window:
            return
        first = str(run.skipped[0])
        yield Problem(f"{run.skips_in_window} record file(s) or record(s) could not be read (first: {first}); "
                      "`git provenance evidence sources` lists them")


class EvidenceUnchecked(EvidenceRule):
    id = "E6"
    name = "evidence-unchecked"
    default_severity = "error"
    description = "This repository requires the local evidence check (evidence = \"required\"), and it did not run."

    def applies(self, context: CommitContext) -> bool:
        check = context.evidence_check()
        return check.required and check.unchecked is not None

    def check(self, context: CommitContext) -> Iterator[Problem]:
        yield Problem(f"this repository requires the local evidence check, and it did not run: "
                      f"{context.evidence_check().unchecked}")


EVIDENCE_RULES: tuple[Rule, ...] = (
    UndisclosedEvidence(), EvidenceTouchedFiles(), LocalInferenceActivity(), EvidenceToolsDiffer(),
    UnreadEvidence(), EvidenceUnchecked(),
)
