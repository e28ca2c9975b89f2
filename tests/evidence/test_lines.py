"""Which added lines count as evidence."""

from __future__ import annotations

import pytest

from provenance.evidence.lines import is_trivial, is_weak, normalise, text_line_hashes


@pytest.mark.parametrize("line", ["", "   ", "}", "});", "pass", "return None", "else:", "end", "try {",
                                  "} else {", "return true;", "break;", "self", "# ---"])
def test_trivial_lines(line: str) -> None:
    assert is_trivial(normalise(line))


@pytest.mark.parametrize("line", ["return total", "x = compute(y)", "def add(a, b):", "if mu <= 0:",
                                  "import numpy as np"])
def test_lines_that_count(line: str) -> None:
    assert not is_trivial(normalise(line))


@pytest.mark.parametrize("line", ["import os.path", "from typing import Any", "#include <stdio.h>", "use std::io;",
                                  "using System.Text;", "const fs = require('fs');", "package main"])
def test_imports_are_weak(line: str) -> None:
    assert is_weak(normalise(line))


def test_whitespace_and_line_endings_do_not_change_a_hash() -> None:
    assert text_line_hashes("    total = first  +\tsecond\r\n") == text_line_hashes("total = first + second\n")
    assert text_line_hashes("a = b(c)\rd = e(f)") == text_line_hashes("a = b(c)\nd = e(f)\n")
    assert text_line_hashes("}\n\npass\n") == frozenset()
