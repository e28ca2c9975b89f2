"""The commit-msg hook: reject a message that does not disclose AI involvement.

It never modifies the message file. When it rejects, it keeps a copy of what git would have
committed beside git's own file (the last few, see ``rejected``) so the text survives the next
``git commit``, and says how to reuse it.
"""

from __future__ import annotations

import shlex
import sys
from typing import TextIO

from provenance.core.errors import EXIT_FINDINGS, EXIT_OK
from provenance.core.message import ParsedMessage
from provenance.formats.lines import finding_lines
from provenance.hooks.amend import is_amending, take_amend_marker
from provenance.hooks.pending import PendingCommit, read_pending_commit
from provenance.policy.checker import check_message
from provenance.policy.config import Config


def _recovery_command(copy: str, amending: bool, text_has_comment_lines: bool) -> str:
    words = ["git", "commit"]
    if amending:
        words.append("--amend")
    if text_has_comment_lines:
        # `git commit -e` strips lines starting with the comment character, and the copy holds
        # some that git was going to keep (`#42 ...`); scissors keeps all above git's own notes.
        words.append("--cleanup=scissors")
    return " ".join([*words, "-e", "-F", shlex.quote(copy)])


def _print_recovery(pending: PendingCommit, amending: bool, out: TextIO) -> None:
    if pending.git_dir is None:
        return
    from provenance.hooks.rejected import has_earlier_copies, keep_rejected  # only a rejection needs it

    data = pending.committed_bytes()
    copy = keep_rejected(pending.git_dir, data)
    if copy is None:
        return
    comment = pending.facts.comment_char.encode("utf-8")
    has_comment_lines = pending.facts.keep_comments and any(
        line.startswith(comment) for line in data.split(b"\n"))
    print(f"Your message is kept in {copy}; edit and commit it with:\n"
          f"  {_recovery_command(copy, amending, has_comment_lines)}", file=out)
    if has_earlier_copies(pending.git_dir):
        print(f"Earlier rejected messages, newest first: ls -t {shlex.quote(copy)}*", file=out)


def run(message_file: str, config: Config) -> int:
    pending = read_pending_commit(message_file)
    amend = take_amend_marker(pending.git_dir)  # read now so that it never outlives this commit
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
    _print_recovery(pending, is_amending(amend, message_file), out)
    return EXIT_FINDINGS
