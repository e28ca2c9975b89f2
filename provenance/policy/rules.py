"""The checks run on every commit: small rule classes in one explicit registry, ``RULES``.

Each rule has a stable id (``D1``…), a name used in configuration and output, a default
severity, the sources beyond the message it needs (``needs``; see ``policy.context``) and a
``check`` that yields a ``Problem`` (message, location, hint lines) for each thing it finds.
Message rules (D…) need nothing but the message; the code rule C1 needs the classifier's scores;
the evidence rules (E…, ``policy.evidence_rules``) need the local evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.core.conventions import (
    DISCLOSURE_LINE_RE,
    DISCLOSURE_TEMPLATE_LINES,
    KNOWN_TRAILER_KEYS,
    DisclosureInBody,
    DisclosureMatch,
)
from provenance.core.disclosure import UNDISCLOSED
from provenance.core.findings import (
    SEVERITIES,
    FileSpan,
    Finding,
    MessageLine,
    Severity,
)
from provenance.core.identities import parse_identity
from provenance.policy.attestation_rules import ATTESTATION_RULES
from provenance.policy.context import CommitContext
from provenance.policy.evidence_rules import EVIDENCE_RULES
from provenance.policy.rule_base import Problem, Rule

# Finding, Severity and SEVERITIES live in core.findings; callers that import them from here still can.
__all__ = ["RULES", "RULES_BY_KEY", "SEVERITIES", "Finding", "Problem", "Rule", "Severity"]


def _suggestion(found: DisclosureMatch) -> str:
    agent = found.agents[0] if found.agents else None
    tool = agent.tool if agent else "TOOL"
    model = agent.model if agent else None
    if found.involvement == "generated":
        return f"Generated-by: {tool} {model}" if model else f"Generated-by: {tool}"
    return f"Assisted-by: {tool}:{model}" if model else f"Assisted-by: {tool}"


class MissingDisclosure(Rule):
    id = "D1"
    name = "missing-disclosure"
    default_severity = "error"
    description = "Every commit must declare AI involvement in its trailers."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        analysis = context.analysis
        if analysis.malformed:
            return
        in_body = [m for m in analysis.accepted if m.convention == DisclosureInBody.id]
        if analysis.accepted and len(in_body) == len(analysis.accepted):
            # Recognised (the report says so), but not a disclosure git reads as a trailer.
            yield Problem(
                f"AI involvement is declared only outside the final trailer block ('{in_body[0].text}'), where "
                "git does not read it; move it to the last paragraph, after a blank line",
                MessageLine(in_body[0].line),
            )
            return
        if analysis.disclosure.involvement != UNDISCLOSED:
            return
        if context.message.is_empty:
            yield Problem("the commit message is empty", hint=DISCLOSURE_TEMPLATE_LINES)
            return
        if analysis.not_accepted:
            names = ", ".join(sorted({m.convention for m in analysis.not_accepted}))
            accepted = ", ".join(sorted(analysis.accepted_conventions))
            yield Problem(
                f"only disclosures this policy does not accept were found ({names}); it accepts: {accepted}",
                MessageLine(analysis.not_accepted[0].line),
                hint=tuple(dict.fromkeys(_suggestion(m) for m in analysis.not_accepted)),
            )
            return
        yield Problem("no AI-involvement disclosure in the message trailers", hint=DISCLOSURE_TEMPLATE_LINES)


class MalformedDisclosure(Rule):
    id = "D2"
    name = "malformed-disclosure"
    default_severity = "error"
    description = "A recognised disclosure trailer must have a well-formed value."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        for found in context.analysis.malformed:
            yield Problem(f"{found.problem} (found {found.text!r})", MessageLine(found.line))


class ContradictoryDisclosure(Rule):
    id = "D3"
    name = "contradictory-disclosure"
    default_severity = "error"
    description = "A message must not declare both no AI involvement and AI involvement."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        matches = context.analysis.accepted + context.analysis.not_accepted
        nones = [m for m in matches if m.involvement == "none"]
        uses = [m for m in matches if m.involvement in ("assisted", "generated")]
        if nones and uses:
            where = f"line {uses[0].line}" if uses[0].line is not None else "the author identity"
            yield Problem(
                f"'{nones[0].text}' contradicts the AI disclosure '{uses[0].text}' "
                f"({where}); keep the one that is true",
                MessageLine(nones[0].line),
            )


class AiSignoff(Rule):
    id = "D4"
    name = "ai-signoff"
    default_severity = "error"
    description = "Only people certify the DCO: an AI identity in Signed-off-by is an error (kernel rule)."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        identities = context.analysis.identities
        for trailer in context.message.trailer_block.trailers:
            if trailer.normalized_key == "signed-off-by" and identities.match(parse_identity(trailer.value)):
                yield Problem(
                    f"'Signed-off-by: {trailer.value}' names an AI; only a person can sign off. "
                    "Use Assisted-by: for the tool and sign off yourself",
                    MessageLine(trailer.line),
                )


class MisplacedDisclosure(Rule):
    id = "D5"
    name = "misplaced-disclosure"
    default_severity = "warning"
    description = "Disclosure lines count only in the final trailer block (git's trailer rules)."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        message = context.message
        trailer_lines = {t.line for t in message.trailer_block.trailers}
        block_start = message.trailer_block.start_line
        for number, line in message.content_lines:
            if number in trailer_lines or not DISCLOSURE_LINE_RE.match(line):
                continue
            if block_start is not None and number >= block_start:
                continue  # a continuation or comment inside the block
            yield Problem(
                f"'{line.strip()}' is not in the final trailer block, so git does not read it as a "
                "trailer; move it to the last paragraph, after a blank line, with no blank line or "
                "plain text between trailers",
                MessageLine(number),
            )


_AI_LIKE_KEY_RE = re.compile(r"(^|-)(ai|llm|gpt|copilot|claude|genai)(-|$)|assist|generat", re.IGNORECASE)
# "AI-Assisted: none, Assisted-by: TOOL:MODEL or Generated-by: TOOL MODEL"
_TEMPLATE_CHOICE = ", ".join(DISCLOSURE_TEMPLATE_LINES[:-1]) + " or " + DISCLOSURE_TEMPLATE_LINES[-1]


class UnrecognisedAiTrailer(Rule):
    id = "D6"
    name = "unrecognised-ai-trailer"
    default_severity = "warning"
    description = "A trailer that looks like an AI disclosure but follows no recognised convention."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        for found in context.analysis.declined:
            yield Problem(f"'{found.text}' {found.declined}, so it is not a disclosure; if AI was involved "
                          f"use {_TEMPLATE_CHOICE}", MessageLine(found.line))
        for trailer in context.message.trailer_block.trailers:
            key = trailer.normalized_key
            if key not in KNOWN_TRAILER_KEYS and _AI_LIKE_KEY_RE.search(key):
                yield Problem(f"'{trailer.key}:' is not a recognised disclosure; use {_TEMPLATE_CHOICE}",
                              MessageLine(trailer.line))


class MessageEncoding(Rule):
    id = "D7"
    name = "message-encoding"
    default_severity = "warning"
    description = "Commit messages should be valid UTF-8."

    def check(self, context: CommitContext) -> Iterator[Problem]:
        lines = context.message.facts.undecodable_lines
        if lines:
            shown = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
            yield Problem(f"the message is not valid UTF-8 (line {shown}); save it as UTF-8",
                          MessageLine(lines[0]))


class UndisclosedAiStyle(Rule):
    id = "C1"
    name = "undisclosed-ai-style"
    default_severity = "warning"
    description = ("Added code the stylometric classifier scores above its threshold, in a commit that "
                   "declares AI-Assisted: none (a hint for review, not proof).")
    needs = frozenset({"code"})

    def applies(self, context: CommitContext) -> bool:
        # Only a commit that declares no AI is second-guessed: for it a confident score is a
        # contradiction worth a reviewer's look; one that discloses AI has said so already.
        return context.analysis.disclosure.involvement == "none"

    def check(self, context: CommitContext) -> Iterator[Problem]:
        code = context.added_code()
        for hunk in code.hunks:
            if hunk.flagged:
                yield Problem(
                    f"added {hunk.language} code scores {hunk.score:.2f} for AI-written style (threshold "
                    f"{code.threshold:.2f}) in a commit that declares AI-Assisted: none; a hint for "
                    "review, not proof",
                    FileSpan(hunk.path, hunk.start_line, hunk.end_line),
                )


RULES: tuple[Rule, ...] = (
    MissingDisclosure(),
    MalformedDisclosure(),
    ContradictoryDisclosure(),
    AiSignoff(),
    MisplacedDisclosure(),
    UnrecognisedAiTrailer(),
    MessageEncoding(),
    UndisclosedAiStyle(),
    *EVIDENCE_RULES,
    *ATTESTATION_RULES,
)
RULES_BY_KEY: dict[str, Rule] = {**{r.name: r for r in RULES}, **{r.id: r for r in RULES}}
