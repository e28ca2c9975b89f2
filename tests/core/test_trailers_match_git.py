"""Our trailer parser must agree with git on any commit message: with ``git log
--format=%(trailers)`` on real commits, and with ``git interpret-trailers --parse --no-divider``
(the same reading, without a commit) on generated messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.core.trailers import _walked_trailer_block, parse_trailers
from tests.gitutil import commit_file, git, git_interpret_trailers, init_repo


def ours(message: str) -> list[str]:
    return [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers]


LINE_PIECES = st.sampled_from([
    "Fix the frobnicator", "", " ", "\t", "# a comment", "#", "Signed-off-by: Ada <ada@example.com>",
    "Assisted-by: Claude:claude-3-opus coccinelle", "AI-Assisted: none", "Generated-by: aider gpt-4o",
    "Co-authored-by: Codex <codex@openai.com>", "  continued value", "\tcontinued", "Key : spaced",
    "Bad Key: value", "ke_y: value", ":no key", "Ünï: code", "(cherry picked from commit abc)",
    "---", "--- a/file", "Conflicts:", "\tpath/to/file", "plain body text that is long enough",
    "Key:", "Key:value", "# ------------------------ >8 ------------------------", "x: y\r", "\r",
    "Reviewed-by: Someone", "https://example.com: not a trailer", "Link: https://example.com",
])


@st.composite
def messages(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE_PIECES, min_size=0, max_size=14))
    text = "\n".join(lines)
    if draw(st.booleans()):
        text += "\n"
    return text


# Derandomized, with no example database: every run (and CI) tries the same 400 messages, so a
# failure here is reproducible and a green run means the same thing everywhere.
@settings(max_examples=400, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_generated_messages_agree_with_git(message: str) -> None:
    assert ours(message) == git_interpret_trailers(message)


@pytest.mark.parametrize("message", [
    "",
    "subject only\n",
    "subject\n\nAI-Assisted: none\n",
    "subject\n\nbody\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse\nSigned-off-by: A <a@b>\n",
    "subject\n\nAssisted-by: x\n\nSigned-off-by: A <a@b>\n",
    "subject\n\nCo-authored-by: Claude\n  <noreply@anthropic.com>\n",
    "subject\r\n\r\nAI-Assisted: none\r\n",
    "subject\n\nsome text\nSigned-off-by: A <a@b>\nAssisted-by: y\nmore text\n",
    "subject\n\nAI-Assisted: none\n# Please enter the commit message\n#\n",
    "subject\n\nAI-Assisted: none\n---\n diff --git a/x b/x\n",
    "subject\n\nAI-Assisted: none\n# ------------------------ >8 ------------------------\nKey: v\n",
])
def test_known_shapes_agree_with_git(message: str) -> None:
    assert ours(message) == git_interpret_trailers(message)


# A "---" line in a commit message is text: git log's %(trailers) reads the trailers below it
# (interpret-trailers without --no-divider would stop there, as for a patch in an e-mail).
DIVIDER_MESSAGES = [
    "Fix the parser\n\nBody.\n---\n\nCo-authored-by: Codex <noreply@openai.com>\n",
    "Fix the parser\n\n---\n\nAI-Assisted: none\n",
    "Fix the parser\n\nBody.\n\nAssisted-by: aider:gpt-4o\n--- \nmore text\n",
    "Fix the parser\n\nNotes\n---\nGenerated-by: aider gpt-4o\n",
]


@pytest.mark.parametrize("message", DIVIDER_MESSAGES)
def test_a_divider_line_does_not_end_a_commit_message(tmp_path: Path, message: str) -> None:
    repo = init_repo(tmp_path / "repo")
    sha = commit_file(repo, message)
    logged = git(repo, "log", "-1", "--format=%(trailers:unfold)", sha).stdout.split("\n")
    from_log = [line for line in logged if line]
    assert ours(message) == from_log == git_interpret_trailers(message)


def test_the_divider_hides_nothing() -> None:
    assert ours(DIVIDER_MESSAGES[0]) == ["Co-authored-by: Codex <noreply@openai.com>"]
    assert ours(DIVIDER_MESSAGES[1]) == ["AI-Assisted: none"]


def test_line_numbers_point_at_the_trailer() -> None:
    block = parse_trailers("subject\n\nbody\n\nA: 1\nB: 2\n  more\nC: 3\n")
    assert [(t.key, t.line) for t in block.trailers] == [("A", 5), ("B", 6), ("C", 8)]
    assert block.trailers[1].value == "2 more"


PLAIN_TRAILERS = st.sampled_from([
    "AI-Assisted: none", "Signed-off-by: Ada <ada@example.com>", "Assisted-by: Claude:claude-sonnet-4",
    "Key:value", "Key:", "Key :  spaced value  ", "Tab:\tvalue\t", "a-b-9: x y z", "Link: https://example.com",
])


@st.composite
def usual_messages(draw: st.DrawFn) -> str:
    """Mostly the shape the fast reading takes (a title, a body, a last paragraph of trailers), with
    the pieces that must send it back to git's walk mixed in."""
    title = draw(st.one_of(st.just("Fix the frobnicator"), st.sampled_from(["", " ", "# comment title", "Subj\r"])))
    body = draw(st.lists(st.sampled_from(["plain body text", "", "  ", "\t"]), max_size=4))
    last = draw(st.lists(st.one_of(PLAIN_TRAILERS, PLAIN_TRAILERS, LINE_PIECES), min_size=0, max_size=5))
    text = "\n".join([title, *body, *(["", *last] if draw(st.booleans()) else last)])
    return text + draw(st.sampled_from(["", "\n", "\n\n", "\n  \n"]))


@settings(max_examples=2000, derandomize=True, database=None, deadline=None)
@given(usual_messages(), st.sampled_from(["#", ";"]))
def test_the_fast_reading_of_usual_messages_is_git_s_walk(message: str, comment_char: str) -> None:
    # parse_trailers reads the usual message without git's walk (verify reads ten thousand); the
    # block, its trailers and their line numbers must be the walk's whenever it does.
    assert parse_trailers(message, comment_char) == _walked_trailer_block(message, comment_char)
