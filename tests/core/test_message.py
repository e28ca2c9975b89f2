"""ParsedMessage's views: the lines git keeps, whichever way they are computed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.core.message import CommitFacts, ParsedMessage

SCISSORS = " ------------------------ >8 ------------------------"


def _kept_line_by_line(message: str, comment: str, keep_comments: bool) -> list[tuple[int, str]]:
    """What git keeps, written the plain way: the reference for the fast path."""
    kept = []
    for number, line in enumerate(message.split("\n"), start=1):
        if line.rstrip("\r") == comment + SCISSORS:
            break
        if line.startswith(comment) and not keep_comments:
            continue
        kept.append((number, line.rstrip("\r")))
    return kept


_LINES = st.sampled_from(["Subject", "", "body text", "# a comment", "#", "; other comment", "\r", "line\r",
                          "AI-Assisted: none", "#" + SCISSORS, ";" + SCISSORS, "  # indented", "x # not at start"])


@given(lines=st.lists(_LINES, max_size=8), comment=st.sampled_from(["#", ";", "//"]), keep=st.booleans())
def test_content_lines_are_the_lines_git_keeps(lines: list[str], comment: str, keep: bool) -> None:
    message = "\n".join(lines)
    facts = CommitFacts(message, comment_char=comment, keep_comments=keep)
    assert ParsedMessage(facts).content_lines == _kept_line_by_line(message, comment, keep)


def test_a_message_without_comments_keeps_every_line_with_its_number() -> None:
    message = "Subject\n\nBody\n\nAI-Assisted: none\n"
    assert ParsedMessage(CommitFacts(message)).content_lines == [
        (1, "Subject"), (2, ""), (3, "Body"), (4, ""), (5, "AI-Assisted: none"), (6, "")]


def test_a_scissors_line_ends_the_message_and_comments_go() -> None:
    message = "Subject\n# comment\nBody\n#" + SCISSORS + "\ndiff --git a/x b/x\n"
    assert ParsedMessage(CommitFacts(message)).content_lines == [(1, "Subject"), (3, "Body")]
