"""The check pipeline: one context per commit, rules run where the context has what they need.

The classifier's scores are stood in for by ``FixedScores`` so each test says exactly what is
flagged; tests/verify/test_verify_classifier.py runs the real classifier on real commits.
"""

from __future__ import annotations

import pytest

from provenance.core.findings import WHOLE_MESSAGE, FileSpan, MessageLine
from provenance.core.message import CommitFacts, ParsedMessage
from provenance.policy.checker import CommitResult, check_code, check_commit, message_context, run_rules
from provenance.policy.config import Config, load_config
from provenance.policy.rules import RULES, RULES_BY_KEY
from tests.policy.fake_scores import FixedScores, Hunk, Opener

NO_AI = "Add parser\n\nAI-Assisted: none\n"
ASSISTED = "Add parser\n\nAssisted-by: aider:gpt-4o\n"


def sha(n: int) -> str:
    return f"{n:040x}"


def configured(*overrides: str) -> Config:
    return load_config("/nonexistent-directory", cli_options=list(overrides), environ={})


def code_rule_names(result: CommitResult) -> list[str]:
    return [f.rule_name for f in result.findings if isinstance(f.location, FileSpan)]


def test_a_pending_commit_context_offers_no_code_so_code_rules_do_not_run() -> None:
    # What the hooks check: a message with no sha. Even handed scores, the context has no code.
    context = message_context(ParsedMessage(CommitFacts(NO_AI)), Config())._replace(code=FixedScores())
    assert context.available == frozenset()
    assert run_rules(context, Config()) == ()
    with pytest.raises(LookupError):
        context.added_code()


def test_a_committed_context_offers_code_only_when_given_scores() -> None:
    context = message_context(ParsedMessage(CommitFacts(NO_AI, sha=sha(1))), Config())
    assert context.available == frozenset()
    with_code = context._replace(code=FixedScores())
    assert with_code.available == {"code"}
    (finding,) = run_rules(with_code, Config())
    assert finding.rule_name == "undisclosed-ai-style"
    assert finding.location == FileSpan("pairs.py", 1, 9)


def test_check_commit_runs_the_message_rules_only() -> None:
    result = check_commit(CommitFacts(NO_AI, sha=sha(1)), Config())
    assert result.findings == ()
    assert result.disclosure.involvement == "none"


def test_code_rules_read_all_candidates_in_one_batch_opened_once() -> None:
    facts = [
        CommitFacts(NO_AI, sha=sha(1)),
        CommitFacts(ASSISTED, sha=sha(2)),  # discloses AI: not second-guessed
        CommitFacts(NO_AI, sha=sha(3), parent_count=2),  # a merge: exempt by default
        CommitFacts(NO_AI, sha=sha(4)),
        CommitFacts("Fix\n\nBody.\n", sha=sha(5)),  # undisclosed: D1 says so, no code read
    ]
    opener = Opener()
    results = check_code([check_commit(f, Config()) for f in facts], Config(), opener)
    assert opener.opened == [[sha(1), sha(4)]]
    assert opener.scores is not None and opener.scores.asked == [sha(1), sha(4)]
    assert [code_rule_names(r) for r in results] == [["undisclosed-ai-style"], [], [], ["undisclosed-ai-style"], []]
    assert [f.rule_name for f in results[4].findings] == ["missing-disclosure"]


@pytest.mark.parametrize("override", ["severity=undisclosed-ai-style=off", "severity=C1=off"])
def test_a_code_rule_switched_off_opens_no_scores(override: str) -> None:
    opener = Opener()
    config = configured(override)
    results = check_code([check_commit(CommitFacts(NO_AI, sha=sha(1)), config)], config, opener)
    assert opener.opened == []
    assert results[0].findings == ()


def test_code_rule_severity_is_configured_like_any_rule() -> None:
    config = configured("severity=undisclosed-ai-style=error")
    (result,) = check_code([check_commit(CommitFacts(NO_AI, sha=sha(1)), config)], config, Opener())
    assert [(f.rule_id, f.severity) for f in result.findings] == [("C1", "error")]
    assert result.has_errors


def test_no_candidates_means_the_scores_are_never_opened() -> None:
    opener = Opener()
    results = [check_commit(CommitFacts(ASSISTED, sha=sha(1)), Config()),
               check_commit(CommitFacts(NO_AI), Config())]  # no sha: nothing to read
    assert check_code(results, Config(), opener) == results
    assert opener.opened == []


def test_scores_that_are_not_available_leave_results_unchanged() -> None:
    results = [check_commit(CommitFacts(NO_AI, sha=sha(1)), Config())]
    opener = Opener(scores=None)  # what the classifier says when it is off
    assert check_code(results, Config(), opener) == results
    assert opener.opened == [[sha(1)]]


def test_unflagged_hunks_are_no_findings() -> None:
    opener = Opener(scores=FixedScores(hunks=(Hunk(flagged=False, score=0.1),)))
    (result,) = check_code([check_commit(CommitFacts(NO_AI, sha=sha(1)), Config())], Config(), opener)
    assert result.findings == ()


def test_code_findings_follow_message_findings_in_hunk_order() -> None:
    message = "Add parser\n\nAI-Assisted: none\n\nMore text.\n\nAI-Assisted: none\n"
    hunks = (Hunk(path="b.py", start_line=5, end_line=9), Hunk(path="a.py", start_line=1, end_line=4))
    opener = Opener(scores=FixedScores(hunks=hunks))
    (result,) = check_code([check_commit(CommitFacts(message, sha=sha(1)), Config())], Config(), opener)
    assert [(f.rule_id, f.location) for f in result.findings] == [
        ("D5", MessageLine(3)),
        ("C1", FileSpan("b.py", 5, 9)),
        ("C1", FileSpan("a.py", 1, 4)),
    ]
    first = result.findings[1]
    assert first.message.startswith("added python code scores 0.97 for AI-written style (threshold 0.50)")


def test_message_wide_findings_come_before_line_findings() -> None:
    result = check_commit(CommitFacts("Fix\n\nAI-Assisted: none\n\nLLM-Used: yes\n"), Config())
    assert [(f.rule_id, f.location) for f in result.findings] == [
        ("D1", WHOLE_MESSAGE), ("D5", MessageLine(3)), ("D6", MessageLine(5)),
    ]
    # D2 runs before D6, but its line comes later: the output reads top to bottom.
    result = check_commit(CommitFacts("Fix\n\nLLM-Used: yes\nGenerated-by: none\n"), Config())
    assert [(f.rule_id, f.location) for f in result.findings] == [("D6", MessageLine(3)), ("D2", MessageLine(4))]


def test_every_rule_needs_only_sources_a_context_can_offer() -> None:
    for rule in RULES:
        assert rule.needs <= {"code", "evidence", "attestations"}, rule.name
    assert RULES_BY_KEY["C1"].needs == {"code"}
    assert all(not rule.needs for rule in RULES if rule.id.startswith("D"))


def test_exempt_commits_get_no_findings_from_any_rule() -> None:
    facts = CommitFacts("Merge branch 'x'\n", sha=sha(1), parent_count=2)
    context = message_context(ParsedMessage(facts), Config())._replace(code=FixedScores())
    assert context.exempt == "merge"
    assert run_rules(context, Config()) == ()
    assert check_commit(facts, Config()).findings == ()
