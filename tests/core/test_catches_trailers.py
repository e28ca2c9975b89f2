"""git's trailer-block count around comment lines, compared with git (``interpret-trailers --parse --no-divider``).

Caught here (mutation testing): indented lines above a comment line counted as trailers instead of
as ordinary text, which turns a mostly-prose paragraph with one Signed-off-by into a trailer block;
trailers counted once; values stripped of blanks git keeps (no-break space, vertical tab, ...); the
counts of trailers, plain and indented lines that git's 25% rule weighs; a one-letter key; lines
split at a lone carriage return; trailing comments and Conflicts: blocks. A bug found here and
fixed: lines were split at a vertical tab, U+0085 or U+2028, where git splits only at a newline.
"""

from __future__ import annotations

import pytest

from provenance.core.trailers import parse_trailers
from tests.gitutil import git_interpret_trailers

SIGNOFF = "Signed-off-by: A <a@example.com>"


@pytest.mark.parametrize(("signoffs", "indented", "expected"), [
    (1, 1, [SIGNOFF]),  # 1 trailer, 1 other line: git's 25% rule keeps the block
    (1, 4, []),  # 1 trailer, 4 other lines: under 25%, not a trailer block
    (2, 5, [SIGNOFF, SIGNOFF]),  # 2 trailers, 5 other lines: at least 25%
], ids=["1-of-2", "1-of-5", "2-of-7"])
def test_indented_lines_above_a_comment_count_as_text(signoffs: int, indented: int, expected: list[str]) -> None:
    message = "Subject\n\n" + f"{SIGNOFF}\n" * signoffs + "# comment\n" + "  more\n" * indented
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == expected
    assert git_interpret_trailers(message) == expected


@pytest.mark.parametrize("blank", ["\xa0", "\v", "\f", "\u2003"], ids=["nbsp", "vtab", "formfeed", "em-space"])
def test_a_value_keeps_blanks_git_does_not_strip(blank: str) -> None:
    message = f"Subject\n\nKey: value{blank}\n"
    assert [t.value for t in parse_trailers(message).trailers] == [f"value{blank}"]
    assert git_interpret_trailers(message) == [f"Key: value{blank}"]


TEXT, INDENTED, KEY = "plain text\n", "  indented\n", "Key: v\n"
SHAPES = {  # the last paragraph of each message, with the trailer count git's 25% rule weighs
    "5-text-key-signoff": (TEXT * 5 + KEY + SIGNOFF + "\n", True),  # 2 trailers, 5 others
    "7-text-key-signoff": (TEXT * 7 + KEY + SIGNOFF + "\n", False),  # 2 trailers, 7 others
    "4-indented-signoff": (INDENTED * 4 + SIGNOFF + "\n", False),  # 1 trailer, 4 others
    "2-indented-signoff": (INDENTED * 2 + SIGNOFF + "\n", True),  # 1 trailer, 2 others
    "text-3-indented-signoff": (TEXT + INDENTED * 3 + SIGNOFF + "\n", False),  # 1 trailer, 4 others
    "3-text-signoff": (TEXT * 3 + SIGNOFF + "\n", True),  # 1 trailer, 3 others
    "signoff-3-text": (SIGNOFF + "\n" + TEXT * 3, True),  # the same, text last: counted from the bottom up
    "one-letter-key": ("K : v\n", True),  # blanks before the colon; a one-letter key
}


@pytest.mark.parametrize("name", list(SHAPES))
def test_git_25_percent_rule_counts_each_kind_of_line(name: str) -> None:
    paragraph, is_block = SHAPES[name]
    message = "Subject\n\n" + paragraph
    ours = [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers]
    assert ours == git_interpret_trailers(message)
    assert bool(ours) == is_block


def test_a_lone_carriage_return_does_not_split_a_line() -> None:
    message = "Subject\n\nKey: a\rb\n"
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == git_interpret_trailers(message)
    assert git_interpret_trailers(message) == ["Key: a\rb"]


@pytest.mark.parametrize("separator", ["\v", "\x1c", "\x85", "\u2028"], ids=["vtab", "x1c", "x85", "u2028"])
def test_only_newlines_split_lines(separator: str) -> None:
    message = f"Subject\n\nKey: a{separator}b\n"
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == [f"Key: a{separator}b"]
    assert git_interpret_trailers(message) == [f"Key: a{separator}b"]


@pytest.mark.parametrize("tail", [
    "\n# a comment\n\n# another\n",
    "\nConflicts:\n\ta.py\n\tb.py\n",
    "\nConflicts:\n\ta.py\n# comment\n\n",
    "\nConflicts:\n\ta.py\nNot-a-conflict: x\n",
    "\n# comment\nLater: text\n",
    "\n\tindented\n",
], ids=["comments", "conflicts", "conflicts-comments", "conflicts-then-trailer", "comment-then-text", "tab-line"])
def test_trailing_comments_and_conflicts_blocks_are_ignored_as_git_does(tail: str) -> None:
    message = "Subject\n\nBody.\n\nKey: v\n" + tail
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == git_interpret_trailers(message)


def test_an_indented_line_after_a_blank_line_is_not_part_of_a_conflicts_block() -> None:
    # Only a "Conflicts:" line opens a block whose tab-indented lines are skipped; without one, the
    # indented line is the last paragraph, which holds no trailer (git agrees).
    message = "Subject\n\nKey: v\n\n\tx\n"
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == git_interpret_trailers(message) == []


@pytest.mark.parametrize("message", [
    "Subject\n\nKey: v\nConflicts:\n\ta.py\n",  # a Conflicts: block with no blank line above it
    "Subject\n# a comment\n\nKey: v\n",  # a comment line inside the title paragraph
    "Subject\n\nKey: a\n b\n c\n",  # a value continued over two lines
    "\t\nKey: v\n#\n\ta.py\n",  # a tab-only first line, then a tab line after a comment (no Conflicts:)
], ids=["conflicts-below-trailers", "comment-in-title", "two-continuations", "tab-title"])
def test_more_shapes_git_reads_its_own_way(message: str) -> None:
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == git_interpret_trailers(message)


def test_a_message_without_a_trailer_block_reports_no_block_start() -> None:
    # The misplaced-disclosure rule reads a missing start as "no block": every line is outside it.
    assert parse_trailers("Subject\n\nBody.\n").start_line is None
    assert parse_trailers("Subject\n\nBody.\n\nKey: v\n").start_line == 5
