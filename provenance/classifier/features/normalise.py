"""Remove formatting artifacts before any feature is computed.

In the training corpora line endings, trailing whitespace, tabs and the final newline differ between
the human and the AI halves for reasons unrelated to authorship (the tools that collected them), so a
model that sees them learns the collection pipeline, not the writer. Every input, whole file or diff
hunk, goes through `normalise_source` first so that training and scoring see the same canonical text.
"""

from __future__ import annotations

TAB_WIDTH = 4


def normalise_source(text: str) -> str:
    """Return `text` with LF line endings, tabs expanded, no trailing whitespace, no common indent,
    no leading or trailing blank lines, and exactly one final newline (or "" for blank input)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = [line.expandtabs(TAB_WIDTH).rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return ""
    # A diff hunk taken from inside a method carries its enclosing indentation; dedenting makes a
    # fragment look like the top-level code the model was trained on.
    common_indent = min(len(line) - len(line.lstrip(" ")) for line in lines if line)
    if common_indent:
        lines = [line[common_indent:] for line in lines]
    return "\n".join(lines) + "\n"
