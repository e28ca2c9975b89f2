"""The commit-msg hook: reject a message that does not disclose AI involvement.

It never modifies the message file. When it rejects, it keeps a copy of the message beside
git's own so the text survives the next ``git commit`` and says how to reuse it.
"""

from __future__ import annotations

import os
import shlex
import sys

from provenance.core.errors import EXIT_FINDINGS, EXIT_OK
from provenance.core.message import ParsedMessage
from provenance.formats.lines import finding_lines
from provenance.hooks.pending import read_pending_commit
from provenance.policy.checker import check_message
from provenance.policy.config import Config

REJECTED_COPY = "PROVENANCE_REJECTED_MSG"


def _keep_copy(git_dir: str | None, message: ParsedMessage) -> str | None:
    """Save the text git would commit (no comments, nothing under a scissors line) beside git's file."""
    if git_dir is None:
        return None
    copy = os.path.abspath(os.path.join(git_dir, REJECTED_COPY))
    lines = [text for _, text in message.content_lines]
    while lines and not lines[-1].strip():
        lines.pop()
    try:
        with open(copy, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    except OSError:
        return None
    return copy


def run(message_file: str, config: Config) -> int:
    pending = read_pending_commit(message_file)
    message = ParsedMessage(pending.facts)
    if message.is_empty:
        return EXIT_OK  # git aborts an empty message itself; verify still checks --allow-empty-message
    # The message rules only: the commit has no sha yet, so its context offers no code to read.
    result = check_message(message, config)
    if not result.findings:
        return EXIT_OK
    out = sys.stderr
    errors = [f for f in result.findings if f.severity == "error"]
    if errors:
        print(f"git-provenance: commit rejected: {len(errors)} error(s) in the commit message", file=out)
    else:
        print("git-provenance: commit message warnings", file=out)
    for line in finding_lines(result.findings):
        print(line, file=out)
    if not errors:
        return EXIT_OK
    copy = _keep_copy(pending.git_dir, message)
    if copy is not None:
        print(f"Your message is kept in {copy}; edit and commit it with:\n"
              f"  git commit -e -F {shlex.quote(copy)}", file=out)
    return EXIT_FINDINGS
