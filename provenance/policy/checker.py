"""Check commits against the policy: build each commit's context once, run the rules on it.

The hooks and ``verify`` share ``check_commit``: a context with the message and its analysis,
on which every rule runs that needs nothing more. ``verify`` then calls ``check_code``: rules
that read the code a commit adds run once the whole range is known, because the classifier
scores the code of all the range's candidate commits in one batch, read from one git process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from provenance.core.disclosure import Analysis, Disclosure, analyse
from provenance.core.findings import Finding, reading_order
from provenance.core.identities import identity_registry
from provenance.core.message import CommitFacts, ParsedMessage
from provenance.policy.config import Config
from provenance.policy.context import CommitContext, CommitSource, OpenHunkScores
from provenance.policy.rules import RULES, Rule

if TYPE_CHECKING:
    from provenance.policy.evidence import EvidenceCheck


class CommitResult(NamedTuple):
    facts: CommitFacts
    subject: str
    analysis: Analysis
    findings: tuple[Finding, ...]
    # Why the commit was not checked ('merge', 'revert', 'fixup', 'exempt-author'), or None.
    exempt: str | None = None

    @property
    def disclosure(self) -> Disclosure:
        return self.analysis.disclosure

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


@lru_cache(maxsize=256)
def _author_pattern(pattern: str) -> re.Pattern[str]:
    """``*`` and ``?`` are the only wildcards: bot names such as ``dependabot[bot]`` are literal."""
    body = re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".")
    return re.compile(body, re.IGNORECASE)


@lru_cache(maxsize=4096)  # a history repeats the same few authors
def _is_exempt_author(name: str, email: str, patterns: tuple[str, ...]) -> bool:
    candidates = (name, email, f"{name} <{email}>")
    return any(
        _author_pattern(pattern).fullmatch(candidate)
        for pattern in patterns for candidate in candidates if candidate
    )


def exemption(message: ParsedMessage, config: Config) -> str | None:
    if message.is_merge and config.merge_commits == "exempt":
        return "merge"
    if message.is_revert and config.revert_commits == "exempt":
        return "revert"
    if message.is_fixup and config.fixup_commits == "exempt":
        return "fixup"
    if _is_exempt_author(message.facts.author_name, message.facts.author_email, config.exempt_authors):
        return "exempt-author"
    return None


def message_context(message: ParsedMessage, config: Config) -> CommitContext:
    """The context every check starts from: the message, its analysis (once) and its exemption."""
    analysis = analyse(message, config.accepted_conventions, identity_registry(config.identities))
    return CommitContext(message, analysis, exemption(message, config))


def run_rules(context: CommitContext, config: Config, rules: Iterable[Rule] = RULES) -> tuple[Finding, ...]:
    """Findings of the ``rules`` that can run on ``context``: enabled, with the sources they need."""
    if context.exempt is not None:
        return ()
    available = context.available
    findings: list[Finding] = []
    for rule in rules:
        severity = config.severity(rule.name)
        if severity == "off" or not rule.needs <= available or not rule.applies(context):
            continue
        for problem in rule.check(context):
            findings.append(Finding(rule.id, rule.name, severity, problem.message, location=problem.location,
                                    hint=problem.hint))
    # Message-wide findings first, then in line order, so the output reads top to bottom.
    return tuple(sorted(findings, key=reading_order)) if len(findings) > 1 else tuple(findings)


def check_commit(facts: CommitFacts, config: Config) -> CommitResult:
    return check_message(ParsedMessage(facts), config)


def check_message(message: ParsedMessage, config: Config) -> CommitResult:
    """check_commit for a message already parsed (its derived views are computed once).

    The context holds no code: the rules that read code run in ``check_code``, and a hook's
    pending commit has no code to read.
    """
    context = message_context(message, config)
    return CommitResult(message.facts, message.subject, context.analysis, run_rules(context, config), context.exempt)


def _wanting_code(results: Sequence[CommitResult], rules: Sequence[Rule]) -> dict[int, CommitContext]:
    """Contexts (by index in ``results``) of the checked commits with a sha that a code rule applies to."""
    wanted: dict[int, CommitContext] = {}
    for index, result in enumerate(results):
        if result.exempt is not None or not result.facts.sha:
            continue
        # A fresh ParsedMessage parses nothing until a rule reads the message.
        context = CommitContext(ParsedMessage(result.facts), result.analysis, result.exempt)
        if any(rule.applies(context) for rule in rules):
            wanted[index] = context
    return wanted


def check_code(results: Sequence[CommitResult], config: Config, open_scores: OpenHunkScores) -> list[CommitResult]:
    """``results`` with the findings of the rules that read code, for every commit one applies to.

    ``open_scores`` gets the shas of those commits; the scores it returns are loaded when a rule
    first asks for any of them.
    """
    rules = [rule for rule in RULES if "code" in rule.needs and config.severity(rule.name) != "off"]
    wanted = _wanting_code(results, rules)
    code = open_scores([context.facts.sha or "" for context in wanted.values()]) if wanted else None
    updated = list(results)
    if code is None:
        return updated
    for index, context in wanted.items():
        extra = run_rules(context._replace(code=code), config, rules)
        if extra:
            found = updated[index].findings + extra
            updated[index] = updated[index]._replace(findings=tuple(sorted(found, key=reading_order)))
    return updated


def evidence_rules(config: Config) -> list[Rule]:
    """The enabled rules that read the local evidence: none, and no evidence needs reading."""
    return [rule for rule in RULES if "evidence" in rule.needs and config.severity(rule.name) != "off"]


def check_evidence(result: CommitResult, message: ParsedMessage, config: Config,
                   evidence: CommitSource[EvidenceCheck]) -> CommitResult:
    """``result`` with the findings of the rules that hold the commit against ``evidence``."""
    rules = evidence_rules(config)
    if result.exempt is not None or not rules:
        return result
    context = CommitContext(message, result.analysis, result.exempt, evidence=evidence)
    extra = run_rules(context, config, rules)
    if not extra:
        return result
    return result._replace(findings=tuple(sorted(result.findings + extra, key=reading_order)))


OpenEvidence = Callable[[Sequence[str]], "CommitSource[EvidenceCheck] | None"]


def check_range_evidence(results: Sequence[CommitResult], config: Config,
                         open_evidence: OpenEvidence) -> list[CommitResult]:
    """``results`` with the evidence rules' findings for every checked commit with a sha;
    ``open_evidence`` gets their shas and reads the records once for all of them."""
    updated = list(results)
    if not evidence_rules(config):
        return updated
    wanted = [index for index, result in enumerate(results) if result.exempt is None and result.facts.sha]
    evidence = open_evidence([results[index].facts.sha or "" for index in wanted]) if wanted else None
    if evidence is None:
        return updated
    for index in wanted:
        updated[index] = check_evidence(results[index], ParsedMessage(results[index].facts), config, evidence)
    return updated
