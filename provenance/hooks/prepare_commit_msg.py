"""The prepare-commit-msg hook: put a disclosure template in the editor for the developer to confirm.

The template is commented out, so saving without choosing a line leaves no disclosure and the
commit-msg hook rejects the commit: the developer confirms, nothing is declared silently. When
the AI tools' records on this machine show that a tool wrote the staged lines (see
``provenance.evidence``), the template comes pre-filled instead: one uncommented
``Assisted-by: AGENT:MODEL`` line per tool and model, under a comment naming the evidence, for
the developer to keep or change. ``AI-Assisted: none`` is never pre-filled: no records prove nothing.
Messages from ``-m``/``-F``, merges, squashes and amends are left alone unless the policy's
``template`` option names their source, and so is any message whose comment lines git will keep
(see ``cleanup``). It also tells commit-msg whether the commit amends HEAD (see ``amend``).
"""

from __future__ import annotations

import os

from provenance.core.conventions import CONVENTION_IDS, DISCLOSURE_TEMPLATE_LINES
from provenance.core.disclosure import UNDISCLOSED, analyse
from provenance.core.errors import EXIT_OK, UsageError
from provenance.core.message import ParsedMessage
from provenance.gitio.repository import git_dir_for_message_file
from provenance.hooks.amend import note_amend
from provenance.hooks.pending import read_pending_commit
from provenance.policy.config import Config

TEMPLATE_MARKER = "git-provenance: declare AI involvement"


def template_lines(comment: str) -> list[str]:
    # The blank line after the header survives git's comment stripping, so an uncommented
    # choice always lands in a paragraph of its own: the trailer block git reads.
    return [
        f"{comment} {TEMPLATE_MARKER}. Uncomment exactly one line (delete the leading '{comment} '):",
        "",
        *(f"{comment} {line}" for line in DISCLOSURE_TEMPLATE_LINES),
        f"{comment} A commit without one is rejected. Assisted: you wrote or revised it; Generated: mostly AI.",
    ]


def _insertion_index(lines: list[str], comment: str) -> int:
    """Where git's trailing block of comment lines (instructions, status) begins.

    With ``git commit -v`` a scissors line and the diff follow; everything below the scissors is
    discarded by git, so the block goes above it.
    """
    scissors = f"{comment} ------------------------ >8 ------------------------"
    index = next((i for i, line in enumerate(lines) if line == scissors), len(lines))
    while index > 0 and (lines[index - 1].startswith(comment) or not lines[index - 1].strip()):
        index -= 1
    # Keep the blank lines the user's text (or git's empty first line) already has above.
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def prefilled_lines(comment: str, disclosure: list[str], evidence: list[str]) -> list[str]:
    """The template when evidence names the tools: their lines uncommented, the evidence above
    them as comments (git strips those, so the lines stay the message's last paragraph)."""
    other = ", ".join(line for line in DISCLOSURE_TEMPLATE_LINES if not line.startswith("AI-Assisted"))
    return [
        f"{comment} {TEMPLATE_MARKER}: pre-filled from the AI tools' records on this machine.",
        *(f"{comment}   {line}" for line in evidence),
        f"{comment} Keep, change or delete the line(s) below; other forms: {other}.",
        *disclosure,
    ]


def add_template(text: str, comment: str, block: list[str] | None = None) -> str:
    """``text`` with the disclosure template (or ``block``) inserted above git's own comments."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    if lines and lines[-1] == "":
        lines.pop()
    at = _insertion_index(lines, comment)
    # An empty first line stays free for the subject; a blank line separates the block from text.
    prefix = ["", ""] if at == 0 else [""]
    new_lines = lines[:at] + prefix + (block or template_lines(comment)) + lines[at:]
    return newline.join(new_lines) + newline


def _evidence_block(comment: str, config: Config, git_dir: str | None) -> list[str] | None:
    """The pre-filled template when the records show a tool wrote the staged lines, else None.
    What was read is left for commit-msg (``evidence_cache``), which would read it again."""
    if config.evidence == "off":
        return None
    from provenance.policy.evidence import reads_activity, staged_evidence

    activity = reads_activity(config)
    source = staged_evidence(os.getcwd(), config.evidence, activity=activity)
    check = source.for_commit("") if source is not None else None
    if check is not None and git_dir is not None:
        from provenance.hooks import evidence_cache

        evidence_cache.save(git_dir, evidence_cache.state_key(git_dir, False, config.evidence, activity), check)
    report = check.report if check is not None else None
    if report is None or not report.matches:
        return None
    from provenance.evidence.suggest import assisted_by_lines, evidence_summary

    return prefilled_lines(comment, assisted_by_lines(report), evidence_summary(report))


def _source_name(source: str | None) -> str:
    return source if source else "editor"


def run(message_file: str, source: str | None, config: Config, object_name: str | None = None) -> int:
    # The pre-commit framework passes the source and the commit in variables instead of arguments.
    if source is None:
        source = os.environ.get("PRE_COMMIT_COMMIT_MSG_SOURCE") or None
        object_name = object_name or os.environ.get("PRE_COMMIT_COMMIT_OBJECT_NAME") or None
    note_amend(git_dir_for_message_file(message_file), message_file, source, object_name)
    if _source_name(source) not in config.template_sources:
        return EXIT_OK
    facts = read_pending_commit(message_file).facts
    if facts.keep_comments:
        return EXIT_OK  # the commented template would end up in the commit
    if TEMPLATE_MARKER in facts.message:
        return EXIT_OK
    if analyse(ParsedMessage(facts), CONVENTION_IDS).disclosure.involvement != UNDISCLOSED:
        return EXIT_OK  # a tool (or the template) already wrote a disclosure
    if facts.undecodable_lines:
        return EXIT_OK  # never rewrite bytes we could not decode
    block = _evidence_block(facts.comment_char, config, git_dir_for_message_file(message_file))
    updated = add_template(facts.message, facts.comment_char, block)
    try:
        with open(message_file, "w", encoding="utf-8", newline="") as handle:
            handle.write(updated)
    except OSError as exc:
        raise UsageError(f"{message_file}: cannot write the message file: {exc.strerror}") from None
    return EXIT_OK
