"""git's trailer-block count around comment lines, compared with ``git interpret-trailers --parse``.

Caught here (mutation testing): indented lines above a comment line counted as trailers instead of
as ordinary text, which turns a mostly-prose paragraph with one Signed-off-by into a trailer block.
"""

from __future__ import annotations

import pytest

from provenance.core.trailers import parse_trailers
from tests.gitutil import git_interpret_trailers

ONE_SIGNOFF = "Subject\n\nSigned-off-by: A <a@example.com>\n# comment\n"


@pytest.mark.parametrize(("indented", "expected"), [
    (1, ["Signed-off-by: A <a@example.com>"]),  # 1 trailer, 1 other line: git's 25% rule keeps the block
    (4, []),  # 1 trailer, 4 other lines: under 25%, not a trailer block
], ids=["one-indented", "four-indented"])
def test_indented_lines_above_a_comment_count_as_text(indented: int, expected: list[str]) -> None:
    message = ONE_SIGNOFF + "  more\n" * indented
    assert [f"{t.key}: {t.value}" for t in parse_trailers(message).trailers] == expected
    assert git_interpret_trailers(message) == expected
