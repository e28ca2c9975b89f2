"""The checks run on every commit message: small rule classes in an explicit registry.

Each rule has a stable id (``D1``…), a name used in configuration and output, a default
severity, and a ``check`` that yields (message, line, hint lines) for what it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Literal

from provenance.core.conventions import KNOWN_TRAILER_KEYS, DisclosureMatch
from provenance.core.disclosure import UNDISCLOSED, Analysis
from provenance.core.identities import match_ai_identity, parse_identity
from provenance.core.message import ParsedMessage

Severity = Literal["error", "warning", "off"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "off")

# What to add when a disclosure is missing; shown by the hook and by verify. Each line can be
# copied as it is (placeholders apart); what they mean is said once, below them.
DISCLOSURE_TEMPLATE_LINES: tuple[str, ...] = (
    "AI-Assisted: none",
    "Assisted-by: TOOL:MODEL",
    "Generated-by: TOOL MODEL",
)
DISCLOSURE_TEMPLATE_MEANING = ("none: no AI was involved; Assisted-by: AI helped and you wrote or revised "
                               "the code; Generated-by: AI wrote most of it")


@dataclass(frozen=True)
class Problem:
    message: str
    line: int | None = None
    hint: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A finding on a commit: on a line of its message, or (with ``path``) on lines of a file."""

    rule_id: str
    rule_name: str
    severity: str
    message: str
    line: int | None = None
    hint: tuple[str, ...] = ()
    path: str | None = None
    end_line: int | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"rule": self.rule_name, "id": self.rule_id, "severity": self.severity,
                                   "message": self.message, "line": self.line, "hint": list(self.hint)}
        if self.path is not None:
            data.update(path=self.path, end_line=self.end_line)
        return data


class Rule:
    id: ClassVar[str]
    name: ClassVar[str]
    default_severity: ClassVar[Severity]
    description: ClassVar[str]

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        raise NotImplementedError


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

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        if analysis.disclosure.involvement != UNDISCLOSED or analysis.malformed:
            return
        if message.is_empty:
            yield Problem("the commit message is empty", hint=DISCLOSURE_TEMPLATE_LINES)
            return
        if analysis.not_accepted:
            names = ", ".join(sorted({m.convention for m in analysis.not_accepted}))
            accepted = ", ".join(sorted(analysis.accepted_conventions))
            yield Problem(
                f"only disclosures this policy does not accept were found ({names}); it accepts: {accepted}",
                line=analysis.not_accepted[0].line,
                hint=tuple(dict.fromkeys(_suggestion(m) for m in analysis.not_accepted)),
            )
            return
        yield Problem("no AI-involvement disclosure in the message trailers", hint=DISCLOSURE_TEMPLATE_LINES)


class MalformedDisclosure(Rule):
    id = "D2"
    name = "malformed-disclosure"
    default_severity = "error"
    description = "A recognised disclosure trailer must have a well-formed value."

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        for found in analysis.malformed:
            yield Problem(f"{found.problem} (found {found.text!r})", line=found.line)


class ContradictoryDisclosure(Rule):
    id = "D3"
    name = "contradictory-disclosure"
    default_severity = "error"
    description = "A message must not declare both no AI involvement and AI involvement."

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        matches = analysis.accepted + analysis.not_accepted
        nones = [m for m in matches if m.involvement == "none"]
        uses = [m for m in matches if m.involvement in ("assisted", "generated")]
        if nones and uses:
            where = uses[0].line if uses[0].line is not None else "the author identity"
            yield Problem(
                f"'{nones[0].text}' contradicts the AI disclosure '{uses[0].text}' "
                f"(line {where}); keep the one that is true",
                line=nones[0].line,
            )


class AiSignoff(Rule):
    id = "D4"
    name = "ai-signoff"
    default_severity = "error"
    description = "Only people certify the DCO: an AI identity in Signed-off-by is an error (kernel rule)."

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        for trailer in message.trailer_block.trailers:
            if trailer.normalized_key == "signed-off-by" and match_ai_identity(parse_identity(trailer.value)):
                yield Problem(
                    f"'Signed-off-by: {trailer.value}' names an AI; only a person can sign off. "
                    "Use Assisted-by: for the tool and sign off yourself",
                    line=trailer.line,
                )


_DISCLOSURE_LINE_RE = re.compile(
    r"^\s*(AI-Assisted|Assisted-by|Generated-by|Co-authored-by-AI|Co-authored-by)\s*:", re.IGNORECASE
)


class MisplacedDisclosure(Rule):
    id = "D5"
    name = "misplaced-disclosure"
    default_severity = "warning"
    description = "Disclosure lines count only in the final trailer block (git's trailer rules)."

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        trailer_lines = {t.line for t in message.trailer_block.trailers}
        block_start = message.trailer_block.start_line
        for number, line in message.content_lines:
            if number in trailer_lines or not _DISCLOSURE_LINE_RE.match(line):
                continue
            if block_start is not None and number >= block_start:
                continue  # a continuation or comment inside the block
            yield Problem(
                f"'{line.strip()}' is not in the final trailer block, so git does not read it as a "
                "trailer; move it to the last paragraph, after a blank line, with no blank line or "
                "plain text between trailers",
                line=number,
            )


_AI_LIKE_KEY_RE = re.compile(r"(^|-)(ai|llm|gpt|copilot|claude|genai)(-|$)|assist|generat", re.IGNORECASE)


class UnrecognisedAiTrailer(Rule):
    id = "D6"
    name = "unrecognised-ai-trailer"
    default_severity = "warning"
    description = "A trailer that looks like an AI disclosure but follows no recognised convention."

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        for trailer in message.trailer_block.trailers:
            key = trailer.normalized_key
            if key not in KNOWN_TRAILER_KEYS and _AI_LIKE_KEY_RE.search(key):
                yield Problem(
                    f"'{trailer.key}:' is not a recognised disclosure; use AI-Assisted: none, "
                    "Assisted-by: TOOL:MODEL or Generated-by: TOOL MODEL",
                    line=trailer.line,
                )


class MessageEncoding(Rule):
    id = "D7"
    name = "message-encoding"
    default_severity = "warning"
    description = "Commit messages should be valid UTF-8."

    def check(self, message: ParsedMessage, analysis: Analysis) -> Iterator[Problem]:
        lines = message.facts.undecodable_lines
        if lines:
            shown = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
            yield Problem(f"the message is not valid UTF-8 (line {shown}); save it as UTF-8",
                          line=lines[0])


class CodeRule:
    """A rule about the code a commit adds rather than its message; ``verify`` applies it."""

    id: ClassVar[str]
    name: ClassVar[str]
    default_severity: ClassVar[Severity]
    description: ClassVar[str]


class UndisclosedAiStyle(CodeRule):
    id = "C1"
    name = "undisclosed-ai-style"
    default_severity = "warning"
    description = ("Added code the stylometric classifier scores above its threshold, in a commit that "
                   "declares AI-Assisted: none (a hint for review, not proof).")


RULES: tuple[Rule, ...] = (
    MissingDisclosure(),
    MalformedDisclosure(),
    ContradictoryDisclosure(),
    AiSignoff(),
    MisplacedDisclosure(),
    UnrecognisedAiTrailer(),
    MessageEncoding(),
)
CODE_RULES: tuple[CodeRule, ...] = (UndisclosedAiStyle(),)
ALL_RULES: tuple[Rule | CodeRule, ...] = (*RULES, *CODE_RULES)
RULES_BY_KEY: dict[str, Rule | CodeRule] = {**{r.name: r for r in ALL_RULES}, **{r.id: r for r in ALL_RULES}}
