"""Check one commit against the policy: the same function serves the hooks and ``verify``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from provenance.core.disclosure import Disclosure, analyse
from provenance.core.message import CommitFacts, ParsedMessage
from provenance.policy.config import Config
from provenance.policy.rules import RULES, Finding


@dataclass(frozen=True)
class CommitResult:
    facts: CommitFacts
    subject: str
    disclosure: Disclosure
    findings: tuple[Finding, ...]
    # Why the commit was not checked ('merge', 'revert', 'fixup', 'exempt-author'), or None.
    exempt: str | None = None

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


def check_commit(facts: CommitFacts, config: Config) -> CommitResult:
    return check_message(ParsedMessage(facts), config)


def check_message(message: ParsedMessage, config: Config) -> CommitResult:
    """check_commit for a message already parsed (its derived views are computed once)."""
    facts = message.facts
    analysis = analyse(message, config.accepted_conventions)
    exempt = exemption(message, config)
    findings: list[Finding] = []
    if exempt is None:
        for rule in RULES:
            severity = config.severity(rule.name)
            if severity == "off":
                continue
            for problem in rule.check(message, analysis):
                findings.append(Finding(rule.id, rule.name, severity, problem.message, problem.line, problem.hint))
    # Message-wide findings first, then in line order, so the output reads top to bottom.
    findings.sort(key=lambda finding: -1 if finding.line is None else finding.line)
    return CommitResult(facts, message.subject, analysis.disclosure, tuple(findings), exempt)
