"""The commit-msg hook: reject a message that does not disclose AI involvement, or whose
disclosure the AI tools' records on this machine contradict (the evidence rules).

It modifies the message file only to add a signed attestation of an accepted commit, when the
developer has a signing key (``hooks.attest``); nothing the developer typed changes. Reading
evidence never rejects a commit by failing: what could not be read is said in one line
(``evidence-unchecked`` and ``unread-evidence`` are the opt-in to fail closed). When it rejects,
it keeps a copy of what git would have committed beside git's own file (the last few, see
``rejected``) so the text survives the next ``git commit``, and says how to reuse it.
"""

from __future__ import annotations

import os
import shlex
import sys
from typing import TYPE_CHECKING, TextIO

from provenance.core.errors import EXIT_FINDINGS, EXIT_OK
from provenance.core.message import ParsedMessage
from provenance.formats.lines import finding_lines
from provenance.hooks.amend import is_amending, take_amend_marker
from provenance.hooks.pending import PendingCommit, read_pending_commit
from provenance.policy.checker import CommitResult, check_evidence, check_message, evidence_rules
from provenance.policy.config import Config

if TYPE_CHECKING:
    from provenance.policy.context import CommitSource
    from provenance.policy.evidence import EvidenceCheck


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


def _evidence(pending: PendingCommit, config: Config, amending: bool) -> CommitSource[EvidenceCheck] | None:
    """The evidence of the staged changes: what prepare-commit-msg read for this very commit, or
    the records read now."""
    from provenance.policy.evidence import one_check, reads_activity, staged_evidence

    activity = reads_activity(config)
    if pending.git_dir is not None:
        from provenance.hooks import evidence_cache

        git_dir = pending.git_dir
        handed_over = evidence_cache.take(
            git_dir, lambda: evidence_cache.state_key(git_dir, amending, config.evidence, activity))
        if handed_over is not None:
            return one_check(handed_over)
    return staged_evidence(os.getcwd(), config.evidence, amend=amending, activity=activity)


def _with_evidence(result: CommitResult, pending: PendingCommit, message: ParsedMessage, config: Config,
                   amending: bool, out: TextIO) -> tuple[CommitResult, EvidenceCheck | None]:
    """``result`` with the evidence rules' findings, saying in one line what could not be read."""
    if result.exempt is not None or config.evidence == "off" or not evidence_rules(config):
        return result, None
    source = _evidence(pending, config, amending)
    if source is None:
        return result, None
    checked = check_evidence(result, message, config, source)
    check = source.for_commit("")
    if check.failed and not check.required:
        print(f"git-provenance: evidence not checked: {check.unchecked}", file=out)
    elif check.run is not None and check.run.skips_in_window and config.severity("unread-evidence") == "off":
        print(f"git-provenance: evidence: {check.run.skips_in_window} record file(s) or record(s) could not "
              "be read and were skipped; `git provenance evidence sources` lists them", file=out)
    return checked, check


def _heading(result: CommitResult) -> str:
    errors = sum(f.severity == "error" for f in result.findings)
    if errors:
        return f"git-provenance: commit rejected: {errors} error(s) in the commit message"
    if any(f.severity == "warning" for f in result.findings):
        return "git-provenance: commit message warnings"
    return "git-provenance: notices"


def run(message_file: str, config: Config) -> int:
    pending = read_pending_commit(message_file)
    amend = take_amend_marker(pending.git_dir)  # read now so that it never outlives this commit
    message = ParsedMessage(pending.facts)
    if message.is_empty:
        return EXIT_OK  # git aborts an empty message itself; verify still checks --allow-empty-message
    out = sys.stderr
    amending = is_amending(amend, message_file)
    # The message rules, then the evidence of the staged changes (the commit has no code to score yet).
    result, evidence = _with_evidence(check_message(message, config), pending, message, config, amending, out)
    if result.findings:
        print(_heading(result), file=out)
        for line in finding_lines(result.findings):
            print(line, file=out)
    if not result.has_errors and (result.exempt is not None or _attested(pending, result, config, amending,
                                                                         evidence, out)):
        return EXIT_OK
    _print_recovery(pending, amending, out)
    return EXIT_FINDINGS


def _attested(pending: PendingCommit, result: CommitResult, config: Config, amending: bool,
              evidence: EvidenceCheck | None, out: TextIO) -> bool:
    """The accepted commit signed (when the developer has a key); False when it must be rejected."""
    from provenance.hooks.attest import attest  # light: the signing code loads only with a key

    return attest(pending, result, config, amending, evidence, out)
