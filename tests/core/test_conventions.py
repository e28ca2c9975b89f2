"""Every disclosure convention, positive and negative, through the checker and ``analyse``.

Every message this file feeds the parser is registered with ``M(...)`` at import time, and the
last test checks that our trailer parser agrees with git (``interpret-trailers --no-divider``) on each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.core.conventions import (
    CANONICAL_IDS,
    CONVENTION_IDS,
    CONVENTIONS,
    DISCLOSURE_LINE_RE,
    DISCLOSURE_TEMPLATE_LINES,
    DISCLOSURE_TEMPLATE_MEANING,
    DISCLOSURE_TRAILER_KEYS,
    KNOWN_TRAILER_KEYS,
    Agent,
)
from provenance.core.disclosure import UNDISCLOSED, analyse
from provenance.core.message import CommitFacts, ParsedMessage, decode_message
from provenance.core.trailers import parse_trailers
from provenance.policy.checker import CommitResult, check_code, check_commit, check_range_evidence
from provenance.policy.config import Config, load_config
from provenance.policy.rules import (
    RULES,
    RULES_BY_KEY,
    SEVERITIES,
)
from tests.gitutil import git_interpret_trailers
from tests.policy.evidence import EVIDENCE, EVIDENCE_SHA, UNCHECKED_SHA
from tests.policy.fake_scores import Opener

ALL_MESSAGES: list[str] = []


def M(text: str) -> str:
    """Register a message for the git-agreement test and return it unchanged."""
    if text not in ALL_MESSAGES:
        ALL_MESSAGES.append(text)
    return text


def check(message: str, config: Config | None = None, **facts: object) -> CommitResult:
    M(message)
    return check_commit(CommitFacts(message=message, **facts), config or Config())  # type: ignore[arg-type]


def rule_names(result: CommitResult) -> list[str]:
    return [f.rule_name for f in result.findings]


def only(result: CommitResult, rule: str):  # type: ignore[no-untyped-def]
    found = [f for f in result.findings if f.rule_name == rule]
    assert len(found) == 1, result.findings
    return found[0]


STRICT = Config(accepted_conventions=CANONICAL_IDS)


# --------------------------------------------------------------------------- AI-Assisted: none

AI_NONE = M("Fix the frobnicator\n\nAI-Assisted: none\n")


def test_ai_assisted_none_declares_no_involvement() -> None:
    result = check(AI_NONE)
    assert result.disclosure.involvement == "none"
    assert result.disclosure.agents == ()
    assert result.disclosure.convention == "ai-assisted"
    assert result.findings == ()


@pytest.mark.parametrize("message", [M("Fix\n\nai-assisted: NONE\n"), M("Fix\n\nAI-Assisted:   none  \n")])
def test_ai_assisted_none_is_case_and_space_insensitive(message: str) -> None:
    result = check(message)
    assert result.disclosure.involvement == "none"
    assert result.findings == ()


@pytest.mark.parametrize("message", [
    M("Fix the frobnicator\n\nAI-Assisted: yes\n"),
    M("Fix the frobnicator\n\nAI-Assisted: no\n"),
    M("Fix the frobnicator\n\nAI-Assisted: n/a\n"),
    M("Fix the frobnicator\n\nAI-Assisted: TOOL\n"),
])
def test_ai_assisted_saying_no_other_way_or_a_placeholder_is_malformed(message: str) -> None:
    result = check(message)
    finding = only(result, "malformed-disclosure")
    assert finding.severity == "error"
    assert finding.line == 3
    assert "AI-Assisted" in finding.message
    assert result.disclosure.involvement == UNDISCLOSED
    # a malformed disclosure is reported as malformed, not additionally as missing
    assert "missing-disclosure" not in rule_names(result)
    assert result.has_errors


@pytest.mark.parametrize(("message", "agents"), [
    (M("Fix the frobnicator\n\nAI-Assisted: Claude\n"), (Agent("Claude"),)),
    # ghostty-org/ghostty@84254a9d8cb7d8bd28852933484be3f499cfbeee
    (M("build: avoid MSVC C++ runtime in no-libcxx builds\n\nAI-assisted: Codex\n"), (Agent("codex"),)),
    # OpenHands/software-agent-sdk@04399a5a0e90e5a47fa702de785666c74380353b: what it was used for
    (M("Fix\n\nAI-assisted: drafting, adversarial audit synthesis, test generation\n"), ()),
])
def test_ai_assisted_naming_a_tool_means_assisted(message: str, agents: tuple[Agent, ...]) -> None:
    result = check(message)
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == agents
    assert result.disclosure.convention == "ai-assisted-tool"
    assert result.findings == ()


def test_ai_assisted_naming_a_tool_is_not_strict() -> None:
    result = check(M("Fix\n\nAI-Assisted: Codex\n"), STRICT)
    finding = only(result, "missing-disclosure")
    assert finding.hint == ("Assisted-by: codex",)


# --------------------------------------------------------------------------- Assisted-by

KERNEL = M("Fix the frobnicator\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse\n"
           "Signed-off-by: Ada Lovelace <ada@example.com>\n")


def test_kernel_form_assisted_by() -> None:
    result = check(KERNEL)
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == (Agent("Claude", "claude-3-opus", ("coccinelle", "sparse")),)
    assert result.disclosure.agents[0].to_json() == {"tool": "Claude", "model": "claude-3-opus",
                                                     "tools": ["coccinelle", "sparse"]}
    assert result.disclosure.convention == "assisted-by"
    assert result.findings == ()


def test_assisted_by_tool_only() -> None:
    result = check(M("Fix the frobnicator\n\nAssisted-by: generic LLM chatbot\n"))
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == (Agent("generic LLM chatbot", None),)
    assert result.findings == ()


def test_assisted_by_key_is_case_insensitive() -> None:
    result = check(M("Fix\n\nASSISTED-BY: Claude:claude-3-opus\n"))
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == (Agent("Claude", "claude-3-opus"),)


@pytest.mark.parametrize("message", [
    M("Fix the frobnicator\n\nAssisted-by:\n"),
    M("Fix the frobnicator\n\nAssisted-by: \n"),
    M("Fix the frobnicator\n\nAssisted-by: Claude:\n"),
    M("Fix the frobnicator\n\nAssisted-by: none\n"),
])
def test_assisted_by_without_a_tool_or_model_is_malformed(message: str) -> None:
    result = check(message)
    finding = only(result, "malformed-disclosure")
    assert finding.severity == "error"
    assert finding.line == 3
    assert "Assisted-by" in finding.message
    assert result.disclosure.involvement == UNDISCLOSED
    assert result.has_errors


# --------------------------------------------------------------------------- Generated-by

@pytest.mark.parametrize(("message", "agent"), [
    (M("Add parser\n\nGenerated-by: aider gpt-4o\n"), Agent("aider", "gpt-4o")),
    (M("Add parser\n\nGenerated-By: ChatGPT [gpt-4o]\n"), Agent("ChatGPT", "gpt-4o")),
    (M("Add parser\n\nGenerated-by: Claude (claude-3-opus)\n"), Agent("Claude", "claude-3-opus")),
])
def test_generated_by_names_tool_and_model(message: str, agent: Agent) -> None:
    result = check(message)
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.agents == (agent,)
    assert result.disclosure.convention == "generated-by"
    assert result.findings == ()


def test_generated_by_empty_is_malformed() -> None:
    result = check(M("Add parser\n\nGenerated-by: ChatGPT []\n"))
    assert only(result, "malformed-disclosure").line == 3


# --------------------------------------------------------------------------- Co-authored-by

AI_COAUTHORS = [
    ("Claude <noreply@anthropic.com>", Agent("claude-code", None)),
    ("Claude Opus 4.5 <noreply@anthropic.com>", Agent("claude-code", "claude-opus-4.5")),
    ("Copilot <223556219+Copilot@users.noreply.github.com>", Agent("copilot", None)),
    ("Codex <codex@openai.com>", Agent("codex", None)),
    ("Cursor <cursoragent@cursor.com>", Agent("cursor", None)),
    ("aider (anthropic/claude-sonnet-4-20250514) <aider@aider.chat>",
     Agent("aider", "anthropic/claude-sonnet-4-20250514")),
    ("opencode <noreply@opencode.ai>", Agent("opencode", None)),
    ("gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>", Agent("gemini", None)),
]


AI_COAUTHOR_CASES = [
    pytest.param(M(f"Add parser\n\nSome body.\n\n{key}: {identity}\n"), agent, id=f"{key}-{identity}")
    for identity, agent in AI_COAUTHORS for key in ("Co-authored-by", "Co-Authored-By")
]


@pytest.mark.parametrize(("message", "agent"), AI_COAUTHOR_CASES)
def test_co_authored_by_known_ai_identity_is_a_disclosure(message: str, agent: Agent) -> None:
    result = check(message)
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == (agent,)
    assert result.disclosure.convention == "co-authored-by"
    assert result.findings == ()


HUMAN_COAUTHORS = [
    "Claude Shannon <claude@bell-labs.com>",
    "Cursor Smith <c@smith.dev>",
    "Claude <claude@example.com>",
    "Copilot Jones <copilot@example.com>",
    "Codex Team <codex@example.org>",
    "aider <aider@example.com>",
    "Grace Hopper <grace@example.com>",
]


@pytest.mark.parametrize("message", [M(f"Add parser\n\nCo-authored-by: {i}\n") for i in HUMAN_COAUTHORS],
                         ids=HUMAN_COAUTHORS)
def test_co_authored_by_a_person_is_not_a_disclosure(message: str) -> None:
    result = check(message)
    assert result.disclosure.involvement == UNDISCLOSED
    assert result.disclosure.agents == ()
    finding = only(result, "missing-disclosure")
    assert finding.severity == "error"
    assert "malformed-disclosure" not in rule_names(result)


def test_human_and_ai_coauthors_together_name_only_the_ai() -> None:
    result = check(M("Add parser\n\nCo-authored-by: Claude Shannon <claude@bell-labs.com>\n"
                     "Co-authored-by: Codex <codex@openai.com>\n"))
    assert result.disclosure.agents == (Agent("codex", None),)
    assert result.findings == ()


# --------------------------------------------------------------------------- tool footers and identities

CLAUDE_CODE = M("Add parser\n\nBody text.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                "Co-Authored-By: Claude <noreply@anthropic.com>\n")
CLAUDE_FOOTER_ONLY = M("Add parser\n\nBody text.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n")


def test_claude_code_footer_and_coauthor() -> None:
    result = check(CLAUDE_CODE)
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.agents == (Agent("claude-code", None),)
    assert set(result.disclosure.conventions) == {"claude-code-footer", "co-authored-by"}
    assert result.findings == ()


def test_claude_code_footer_and_model_coauthor_name_one_agent() -> None:
    # Claude Code's default output: the footer (no model) and Co-Authored-By naming the model.
    # Both describe the same agent, so the disclosure should list it once, with its model --
    # not a second model-less claude-code entry.
    result = check(M("Add parser\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                     "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n"))
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.agents == (Agent("claude-code", "claude-opus-4.5"),)


def test_claude_code_footer_alone_is_generated() -> None:
    message = ParsedMessage(CommitFacts(CLAUDE_FOOTER_ONLY))
    analysis = analyse(message, CONVENTION_IDS)
    assert analysis.disclosure.involvement == "generated"
    assert analysis.disclosure.conventions == ("claude-code-footer",)
    assert [m.line for m in analysis.accepted] == [5]
    assert check(CLAUDE_FOOTER_ONLY).findings == ()


def test_mentioning_claude_code_is_not_the_footer() -> None:
    result = check(M("Document how we use Claude Code\n\nThe Claude Code docs are linked.\n"))
    assert result.disclosure.involvement == UNDISCLOSED
    assert rule_names(result) == ["missing-disclosure"]


PLAIN = M("Add parser\n\nBody text.\n")


@pytest.mark.parametrize("role", ["author_name", "committer_name"])
def test_aider_name_suffix(role: str) -> None:
    result = check(PLAIN, **{role: "Ada Lovelace (aider)"})
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.agents == (Agent("aider", None),)
    assert result.disclosure.convention == "aider-author"
    assert result.findings == ()


def test_aider_in_the_middle_of_a_name_is_not_the_suffix() -> None:
    result = check(PLAIN, author_name="(aider) fan club", committer_name="Ada")
    assert result.disclosure.involvement == UNDISCLOSED
    assert rule_names(result) == ["missing-disclosure"]


def test_aider_subject_prefix() -> None:
    result = check(M("aider: Add the parser\n\nBody.\n"))
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.convention == "aider-subject"
    assert result.findings == ()
    # not a prefix: no disclosure
    assert check(M("Teach the aider: integration to retry\n")).disclosure.involvement == UNDISCLOSED


def test_co_authored_by_ai_key() -> None:
    result = check(M("Add parser\n\nCo-authored-by-AI: GitHub Copilot (gpt-4.1)\n"))
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == (Agent("GitHub Copilot", "gpt-4.1"),)
    assert result.disclosure.convention == "co-authored-by-ai"
    assert result.findings == ()


@pytest.mark.parametrize(("name", "email", "tool"), [
    ("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com", "copilot"),
    ("copilot-swe-agent[bot]", "bot@example.com", "copilot"),
    ("Cursor Agent", "cursoragent@cursor.com", "cursor"),
])
def test_ai_agent_as_author(name: str, email: str, tool: str) -> None:
    result = check(PLAIN, author_name=name, author_email=email)
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.agents == (Agent(tool, None),)
    assert result.disclosure.convention == "ai-author"
    assert result.findings == ()


def test_human_author_is_not_an_agent() -> None:
    result = check(PLAIN, author_name="Cursor Smith", author_email="c@smith.dev")
    assert result.disclosure.involvement == UNDISCLOSED
    assert rule_names(result) == ["missing-disclosure"]


# --------------------------------------------------------------------------- sign-off

def _signed(identity: str) -> tuple[str, str]:
    return M(f"Fix\n\nAssisted-by: Claude:claude-3-opus\nSigned-off-by: {identity}\n"), identity


@pytest.mark.parametrize(("message", "identity"), [_signed(i) for i in (
    "Claude <noreply@anthropic.com>",
    "Claude Opus 4.5 <noreply@anthropic.com>",
    "Codex <codex@openai.com>",
    "Copilot <223556219+Copilot@users.noreply.github.com>",
)])
def test_ai_signoff_is_an_error(message: str, identity: str) -> None:
    result = check(message)
    finding = only(result, "ai-signoff")
    assert finding.severity == "error"
    assert finding.line == 4
    assert identity in finding.message
    assert rule_names(result) == ["ai-signoff"]


@pytest.mark.parametrize(("message", "identity"), [_signed(i) for i in (
    "Ada Lovelace <ada@example.com>", "Claude Shannon <claude@bell-labs.com>")])
def test_human_signoff_is_fine(message: str, identity: str) -> None:
    result = check(message)
    assert result.findings == ()


# --------------------------------------------------------------------------- strict policy

COAUTHOR_CLAUDE = M("Add parser\n\nCo-authored-by: Claude <noreply@anthropic.com>\n")
COAUTHOR_OPUS = M("Add parser\n\nCo-authored-by: Claude Opus 4.5 <noreply@anthropic.com>\n")


def _strict_configs(tmp_path: Path) -> list[Config]:
    return [STRICT, load_config(str(tmp_path), cli_options=["conventions=strict"], environ={})]


def test_strict_config_is_the_canonical_set(tmp_path: Path) -> None:
    for config in _strict_configs(tmp_path):
        assert config.accepted_conventions == CANONICAL_IDS


def test_strict_rejects_co_authored_by_alone_and_suggests_the_canonical_line(tmp_path: Path) -> None:
    for config in _strict_configs(tmp_path):
        result = check(COAUTHOR_CLAUDE, config)
        finding = only(result, "missing-disclosure")
        assert finding.severity == "error"
        assert finding.line == 3
        assert "co-authored-by" in finding.message
        assert finding.hint == ("Assisted-by: claude-code",)
        assert result.disclosure.involvement == UNDISCLOSED


def test_strict_hint_carries_the_model_and_passes_strict_itself() -> None:
    result = check(COAUTHOR_OPUS, STRICT)
    hint = only(result, "missing-disclosure").hint
    assert hint == ("Assisted-by: claude-code:claude-opus-4.5",)
    fixed = check(COAUTHOR_OPUS + hint[0] + "\n", STRICT)
    assert fixed.findings == ()
    assert fixed.disclosure.agents == (Agent("claude-code", "claude-opus-4.5"),)


@pytest.mark.parametrize("message", [KERNEL, AI_NONE, M("Add parser\n\nGenerated-by: aider gpt-4o\n")])
def test_strict_accepts_canonical_trailers(message: str) -> None:
    result = check(message, STRICT)
    assert result.findings == ()
    assert result.disclosure.involvement in ("none", "assisted", "generated")


def test_strict_with_canonical_and_non_canonical_together() -> None:
    result = check(M("Add parser\n\nAssisted-by: Claude:claude-3-opus\n"
                     "Co-authored-by: Claude <noreply@anthropic.com>\n"), STRICT)
    assert result.findings == ()
    assert result.disclosure.conventions == ("assisted-by",)


def test_strict_footer_only_suggests_generated_by() -> None:
    result = check(CLAUDE_FOOTER_ONLY, STRICT)
    finding = only(result, "missing-disclosure")
    assert finding.hint == ("Generated-by: claude-code",)


# --------------------------------------------------------------------------- contradiction

@pytest.mark.parametrize("message", [
    M("Fix\n\nAI-Assisted: none\nCo-authored-by: Claude <noreply@anthropic.com>\n"),
    M("Fix\n\nAI-Assisted: none\nAssisted-by: Claude:claude-3-opus\n"),
])
def test_none_and_ai_use_contradict(message: str) -> None:
    result = check(message)
    finding = only(result, "contradictory-disclosure")
    assert finding.severity == "error"
    assert finding.line == 3
    assert "AI-Assisted: none" in finding.message


def test_none_contradicts_an_ai_author() -> None:
    result = check(AI_NONE, author_name="Cursor Agent", author_email="cursoragent@cursor.com")
    finding = only(result, "contradictory-disclosure")
    assert "author" in finding.message


def test_none_under_strict_still_contradicts_a_non_canonical_disclosure() -> None:
    message = M("Fix\n\nAI-Assisted: none\nCo-authored-by: Codex <codex@openai.com>\n")
    assert "contradictory-disclosure" in rule_names(check(message, STRICT))


# --------------------------------------------------------------------------- bad input

def test_empty_message() -> None:
    result = check(M(""))
    finding = only(result, "missing-disclosure")
    assert finding.message == "the commit message is empty"
    assert result.subject == ""


def test_comments_only_message() -> None:
    result = check(M("# Please enter the commit message\n#\n# AI-Assisted: none\n"))
    assert only(result, "missing-disclosure").message == "the commit message is empty"
    assert result.disclosure.involvement == UNDISCLOSED


def test_commented_disclosure_is_not_read() -> None:
    result = check(M("Fix\n\nBody.\n\n# AI-Assisted: none\n"))
    assert result.disclosure.involvement == UNDISCLOSED
    assert rule_names(result) == ["missing-disclosure"]


CRLF_NONE = M("Fix the frobnicator\r\n\r\nBody text.\r\n\r\nAI-Assisted: none\r\n")
CRLF_KERNEL = M("Fix the frobnicator\r\n\r\nAssisted-by: Claude:claude-3-opus coccinelle\r\n"
                "Co-authored-by: Codex <codex@openai.com>\r\n")
CRLF_MISPLACED = M("Fix\r\n\r\nAI-Assisted: none\r\n\r\nMore text.\r\n")


def test_crlf_line_endings() -> None:
    result = check(CRLF_NONE)
    assert result.disclosure.involvement == "none"
    assert result.findings == ()
    assert result.subject == "Fix the frobnicator"


def test_crlf_values_carry_no_carriage_return() -> None:
    result = check(CRLF_KERNEL)
    assert result.disclosure.involvement == "assisted"
    assert result.disclosure.agents == (Agent("Claude", "claude-3-opus", ("coccinelle",)), Agent("codex", None))
    assert result.findings == ()


def test_crlf_misplaced_line_number() -> None:
    result = check(CRLF_MISPLACED)
    assert only(result, "misplaced-disclosure").line == 3
    assert "missing-disclosure" in rule_names(result)


NON_UTF8 = b"Fix the caf\xe9 menu\n\nBody in latin-1: \xe9t\xe9\n\nAssisted-by: Claude:claude-3-opus\n"
NON_UTF8_TEXT, NON_UTF8_BAD = decode_message(NON_UTF8)
M(NON_UTF8_TEXT)


def test_non_utf8_message_warns_and_still_reads_the_disclosure() -> None:
    assert NON_UTF8_BAD == (1, 3)
    result = check(NON_UTF8_TEXT, undecodable_lines=NON_UTF8_BAD)
    finding = only(result, "message-encoding")
    assert finding.severity == "warning"
    assert finding.line == 1
    assert "UTF-8" in finding.message
    assert result.disclosure.involvement == "assisted"
    assert not result.has_errors


def test_valid_utf8_decodes_without_bad_lines() -> None:
    text, bad = decode_message("Fix ünïcödé 🤖\n\nAI-Assisted: none\n".encode())
    assert bad == ()
    assert text.startswith("Fix ünïcödé 🤖")


BIG_BODY = ("x" * 79 + "\n") * (1_048_576 // 80 + 1)
BIG = M("Huge commit\n\n" + BIG_BODY + "\nGenerated-by: aider gpt-4o\n")


def test_one_megabyte_message_is_parsed() -> None:
    assert len(BIG) > 1_048_576
    result = check(BIG)
    assert result.disclosure.involvement == "generated"
    assert result.disclosure.agents == (Agent("aider", "gpt-4o"),)
    assert result.findings == ()
    block = parse_trailers(BIG)
    assert block.trailers[-1].line == BIG.count("\n")


BIG_ONE_LINE = M("Huge commit\n\n" + "y" * 1_048_576 + "\n\nAI-Assisted: none\n")


def test_one_megabyte_single_line_body() -> None:
    assert check(BIG_ONE_LINE).disclosure.involvement == "none"


MID_BODY = M("Fix the frobnicator\n\nAssisted-by: Claude:claude-3-opus\n\nThe frobnicator was broken.\n")
MID_PARAGRAPH = M("Fix the frobnicator\n\nThe frobnicator was broken.\nAI-Assisted: none\n")
BLANK_IN_BLOCK = M("Fix the frobnicator\n\nBody.\n\nAssisted-by: x\n\nSigned-off-by: Ada Lovelace <ada@example.com>\n")


@pytest.mark.parametrize(("message", "line", "involvement"), [
    (MID_BODY, 3, "assisted"), (MID_PARAGRAPH, 4, UNDISCLOSED), (BLANK_IN_BLOCK, 5, "assisted"),
])
def test_disclosure_outside_the_trailer_block_is_not_read(message: str, line: int, involvement: str) -> None:
    # AI involvement outside the block is recognised (the report says so) but is no disclosure: the
    # commit still fails. A claim of no AI is taken only from a trailer git reads.
    result = check(message)
    assert result.disclosure.involvement == involvement
    missing = only(result, "missing-disclosure")
    assert missing.severity == "error"
    misplaced = only(result, "misplaced-disclosure")
    assert misplaced.severity == "warning"
    assert misplaced.line == line


def test_blank_line_inside_block_leaves_only_the_last_paragraph() -> None:
    block = parse_trailers(BLANK_IN_BLOCK)
    assert [(t.key, t.line) for t in block.trailers] == [("Signed-off-by", 7)]


def test_folded_trailer_is_read() -> None:
    result = check(M("Fix\n\nCo-authored-by: Claude\n  <noreply@anthropic.com>\n"))
    assert result.disclosure.agents == (Agent("claude-code", None),)
    assert result.findings == ()


def test_disclosure_below_scissors_is_not_read() -> None:
    result = check(M("Fix\n\nBody.\n# ------------------------ >8 ------------------------\nAI-Assisted: none\n"))
    assert result.disclosure.involvement == UNDISCLOSED
    assert rule_names(result) == ["missing-disclosure"]


def test_unrecognised_ai_trailer() -> None:
    result = check(M("Fix\n\nAI-Generated: yes\n"))
    finding = only(result, "unrecognised-ai-trailer")
    assert finding.line == 3 and finding.severity == "warning"
    assert "missing-disclosure" in rule_names(result)
    # Claude-Session is written by Claude Code next to its trailers and is known
    assert "unrecognised-ai-trailer" not in rule_names(
        check(M("Fix\n\nClaude-Session: https://claude.ai/code/session_1\n"
                "Co-Authored-By: Claude <noreply@anthropic.com>\n")))


# --------------------------------------------------------------------------- exemptions

MERGE = M("Merge branch 'feature'\n")
REVERT_SUBJECT = M('Revert "Add parser"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n')
REVERT_BODY = M("Back out the parser\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n")
FIXUPS = [M("fixup! Add parser\n"), M("squash! Add parser\n"), M("amend! Add parser\n\nNew text.\n")]


def _cfg(*options: str) -> Config:
    return load_config("/nonexistent-directory", cli_options=options, environ={})


def test_merge_is_exempt_by_default_and_checked_on_request() -> None:
    assert check(MERGE, parent_count=2).exempt == "merge"
    assert check(MERGE, parent_count=2).findings == ()
    checked = check(MERGE, _cfg("merge-commits=check"), parent_count=2)
    assert checked.exempt is None
    assert rule_names(checked) == ["missing-disclosure"]
    # a one-parent commit that merely says "Merge" is not a merge
    assert rule_names(check(MERGE, parent_count=1)) == ["missing-disclosure"]


@pytest.mark.parametrize("message", [REVERT_SUBJECT, REVERT_BODY])
def test_revert_is_exempt_by_default_and_checked_on_request(message: str) -> None:
    assert check(message).exempt == "revert"
    assert check(message).findings == ()
    assert rule_names(check(message, _cfg("revert-commits=check"))) == ["missing-disclosure"]


@pytest.mark.parametrize("message", FIXUPS)
def test_fixup_is_exempt_by_default_and_checked_on_request(message: str) -> None:
    assert check(message).exempt == "fixup"
    assert rule_names(check(message, _cfg("fixup-commits=check"))) == ["missing-disclosure"]


def test_exempt_still_reports_disclosure() -> None:
    result = check(M("fixup! Add parser\n\nAssisted-by: Claude:claude-3-opus\n"))
    assert result.exempt == "fixup"
    assert result.disclosure.involvement == "assisted"


@pytest.mark.parametrize(("name", "email"), [
    ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"),
    ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com"),
    ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com"),
])
def test_default_exempt_bots(name: str, email: str) -> None:
    result = check(PLAIN, author_name=name, author_email=email)
    assert result.exempt == "exempt-author"
    assert result.findings == ()


def test_exempt_authors_replace_the_defaults() -> None:
    config = _cfg("exempt-authors=release-bot,*@ci.example.com")
    assert check(PLAIN, config, author_name="release-bot", author_email="rb@example.com").exempt == "exempt-author"
    assert check(PLAIN, config, author_name="Builder", author_email="b@ci.example.com").exempt == "exempt-author"
    assert check(PLAIN, config, author_name="dependabot[bot]",
                 author_email="49699333+dependabot[bot]@users.noreply.github.com").exempt is None
    assert check(PLAIN, config, author_name="Ada", author_email="ada@example.com").exempt is None


def test_exempt_author_glob_with_literal_bot_suffix() -> None:
    # The checker says bot names such as dependabot[bot] are meant literally, and the config help
    # calls exempt-authors glob patterns: '*[bot]' must mean "any GitHub App bot", not "any name
    # ending in b, o or t" -- otherwise a person called Robert silently skips the gate.
    config = _cfg("exempt-authors=*[bot]")
    assert check(PLAIN, config, author_name="Robert", author_email="rob@example.com").exempt is None
    assert check(PLAIN, config, author_name="my-app[bot]",
                 author_email="1+my-app[bot]@users.noreply.github.com").exempt == "exempt-author"


def test_human_is_not_exempt_by_default() -> None:
    result = check(PLAIN, author_name="Ada Lovelace", author_email="ada@example.com")
    assert result.exempt is None
    assert rule_names(result) == ["missing-disclosure"]


# --------------------------------------------------------------------------- registries

def test_rule_registry_is_consistent(tmp_path: Path) -> None:
    ids = [r.id for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(ids)) == len(ids)
    assert len(set(names)) == len(names)
    assert not set(ids) & set(names)
    for rule in RULES:
        assert rule.description.strip(), rule.name
        assert rule.default_severity in SEVERITIES, rule.name
        # A rule off by default is an opt-in the issue asked for; any other must be on.
        assert rule.default_severity != "off" or rule.name in OFF_BY_DEFAULT, rule.name
        assert RULES_BY_KEY[rule.name] is rule and RULES_BY_KEY[rule.id] is rule
        for level in SEVERITIES:
            for key in (rule.name, rule.id):
                config = load_config(str(tmp_path), cli_options=[f"severity={key}={level}"], environ={})
                assert config.severity(rule.name) == level
    assert set(Config().severities) == set(names)


def test_convention_registry_is_consistent() -> None:
    ids = [c.id for c in CONVENTIONS]
    assert len(set(ids)) == len(ids)
    for convention in CONVENTIONS:
        assert convention.description.strip(), convention.id
    assert {"ai-assisted", "assisted-by", "generated-by"} == CANONICAL_IDS
    assert set(ids) == CONVENTION_IDS


def test_disclosure_facts_are_derived_from_the_registry() -> None:
    canonical = [c for c in CONVENTIONS if c.canonical]
    assert all(c.template_line and c.template_meaning for c in canonical)
    assert not any(c.template_line or c.template_meaning for c in CONVENTIONS if not c.canonical)
    assert DISCLOSURE_TEMPLATE_LINES == ("AI-Assisted: none", "Assisted-by: TOOL:MODEL", "Generated-by: TOOL MODEL")
    assert DISCLOSURE_TEMPLATE_MEANING == ("none: no AI was involved; Assisted-by: AI helped and you wrote or "
                                           "revised the code; Generated-by: AI wrote most of it")
    markers = {"made-with", "amp-thread-id", "claude-session", "claude-generated-by", "copilot-session",
               "agent-logs-url", "coding-agent"}
    assert {"ai-assisted", "assisted-by", "generated-by", "co-authored-by",
            "co-authored-by-ai"} == DISCLOSURE_TRAILER_KEYS
    companions = {"claude-steers", "claude-permission-prompts", "claude-escapes", "claude-plan"}
    assert DISCLOSURE_TRAILER_KEYS | markers | companions == KNOWN_TRAILER_KEYS
    # Each template line is its own convention's, in registry order: that convention reads it.
    for convention, line in zip(canonical, DISCLOSURE_TEMPLATE_LINES, strict=True):
        (match,) = convention.find(ParsedMessage(CommitFacts(M(f"Subject\n\n{line}\n"))))
        assert (match.convention, match.line, match.text) == (convention.id, 3, line)
        assert DISCLOSURE_LINE_RE.match(line), line


@pytest.mark.parametrize("line", ["AI-Assisted: none", "  assisted-BY : x", "Co-authored-by-AI: aider (gpt-4o)",
                                  "Co-authored-by: Ada <ada@example.com>", "Generated-by:x"])
def test_disclosure_line_pattern_matches_every_disclosure_key(line: str) -> None:
    assert DISCLOSURE_LINE_RE.match(line)


@pytest.mark.parametrize("line", ["Signed-off-by: Ada <ada@example.com>", "Claude-Session: https://x",
                                  "Made-with: Cursor", "Claude-Steers: 2",
                                  "The AI-Assisted: none trailer", "Assisted by: x", "Generated-by-AI: x",
                                  "AI-Assisted none"])
def test_disclosure_line_pattern_matches_nothing_else(line: str) -> None:
    assert not DISCLOSURE_LINE_RE.match(line)


# One commit per rule that makes it fire; adding a rule without an entry fails the meta-test.
RULE_TRIGGERS: dict[str, tuple[CommitFacts, str]] = {
    "undisclosed-ai-style": (CommitFacts(M("Add parser\n\nAI-Assisted: none\n"), sha="1" * 40), "warning"),
    "missing-disclosure": (CommitFacts(M("Fix\n\nBody.\n")), "error"),
    "malformed-disclosure": (CommitFacts(M("Fix\n\nGenerated-by: none\n")), "error"),
    "contradictory-disclosure": (CommitFacts(M("Fix\n\nAI-Assisted: none\nGenerated-by: aider gpt-4o\n")), "error"),
    "ai-signoff": (CommitFacts(M("Fix\n\nAI-Assisted: none\nSigned-off-by: Codex <codex@openai.com>\n")), "error"),
    "misplaced-disclosure": (CommitFacts(M("Fix\n\nAI-Assisted: none\n\nMore.\n")), "warning"),
    "unrecognised-ai-trailer": (CommitFacts(M("Fix\n\nAI-Assisted: none\nLLM-Used: yes\n")), "warning"),
    "message-encoding": (CommitFacts(NON_UTF8_TEXT, undecodable_lines=NON_UTF8_BAD), "warning"),
    # The evidence rules: EVIDENCE_SHA's commit has records that wrote, touched and ran (evidence.py).
    "undisclosed-evidence": (CommitFacts(M("Add\n\nAI-Assisted: none\n"), sha=EVIDENCE_SHA), "error"),
    "evidence-touched-files": (CommitFacts(M("Add\n\nAI-Assisted: none\n"), sha=EVIDENCE_SHA), "warning"),
    "local-inference-activity": (CommitFacts(M("Add\n\nAI-Assisted: none\n"), sha=EVIDENCE_SHA), "off"),
    "evidence-tools-differ": (CommitFacts(M("Add\n\nAssisted-by: Copilot:gpt-4.1\n"), sha=EVIDENCE_SHA), "notice"),
    "unread-evidence": (CommitFacts(M("Add\n\nAI-Assisted: none\n"), sha=EVIDENCE_SHA), "off"),
    "evidence-unchecked": (CommitFacts(M("Add\n\nAI-Assisted: none\n"), sha=UNCHECKED_SHA), "error"),
}
OFF_BY_DEFAULT = {"local-inference-activity", "unread-evidence"}


def test_every_rule_has_a_trigger() -> None:
    # The attestation rules need signed commits in a repository: tests/verify/test_attestations.py
    # makes each of them fire, and sets their severities.
    assert set(RULE_TRIGGERS) == {r.name for r in RULES if "attestations" not in r.needs}


def check_every_rule(facts: CommitFacts, config: Config) -> CommitResult:
    """The message rules, then the code rules with every added hunk flagged, then the evidence
    rules, as ``verify --evidence`` runs them."""
    results = check_code([check_commit(facts, config)], config, Opener())
    return check_range_evidence(results, config, lambda shas: EVIDENCE)[0]


@pytest.mark.parametrize("rule_name", sorted(RULE_TRIGGERS))
def test_every_rule_can_fire(rule_name: str) -> None:
    facts, severity = RULE_TRIGGERS[rule_name]
    if severity == "off":
        assert not [f for f in check_every_rule(facts, Config()).findings if f.rule_name == rule_name]
    else:
        finding = only(check_every_rule(facts, Config()), rule_name)
        assert finding.severity == severity
        assert finding.rule_id == RULES_BY_KEY[rule_name].id
    # every rule's severity is configured the same way: raised to error, or switched off
    for level in ("error", "off"):
        config = load_config("/nonexistent-directory", cli_options=[f"severity={rule_name}={level}"], environ={})
        found = [f.severity for f in check_every_rule(facts, config).findings if f.rule_name == rule_name]
        assert found == ([] if level == "off" else ["error"])


# --------------------------------------------------------------------------- agreement with git

def ours(message: str) -> list[str]:
    return [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers]


STATIC_MESSAGES = list(ALL_MESSAGES)


@pytest.mark.parametrize("message", STATIC_MESSAGES, ids=[f"m{i}" for i in range(len(STATIC_MESSAGES))])
def test_trailers_agree_with_git(message: str) -> None:
    assert ours(message) == git_interpret_trailers(message)


def test_trailers_agree_with_git_on_messages_built_inside_tests() -> None:
    # Runs last in this file: every message check() saw while the tests above ran.
    built = [m for m in ALL_MESSAGES if m not in STATIC_MESSAGES]
    for message in built:
        assert ours(message) == git_interpret_trailers(message), message[:200]


def test_agreement_covers_the_messages() -> None:
    assert len(STATIC_MESSAGES) >= 60


@pytest.mark.parametrize("trailer", ["Assisted-by: TOOL:MODEL", "Generated-by: TOOL MODEL", "Assisted-by: aider:MODEL"])
def test_unfilled_template_placeholders_are_malformed(trailer: str) -> None:
    result = check(f"Subject\n\n{trailer}\n")
    assert rule_names(result) == ["malformed-disclosure"]
    assert "placeholder" in result.findings[0].message


def test_hint_lines_are_accepted_when_copied_as_printed() -> None:
    assert rule_names(check(f"Subject\n\n{DISCLOSURE_TEMPLATE_LINES[0]}\n")) == []


def test_custom_convention_list_message_names_what_is_accepted() -> None:
    config = Config(accepted_conventions=frozenset({"generated-by"}))
    result = check("Subject\n\nAI-Assisted: none\n", config)
    (finding,) = result.findings
    assert finding.rule_name == "missing-disclosure"
    assert "it accepts: generated-by" in finding.message and "(ai-assisted)" in finding.message


def test_names_that_merely_contain_placeholder_words_are_fine() -> None:
    assert check("Subject\n\nAssisted-by: Cursor Agent\n").disclosure.involvement == "assisted"
    assert check("Subject\n\nGenerated-by: Model Maker model-2\n").disclosure.involvement == "generated"
