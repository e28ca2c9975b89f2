"""The commit-msg hook: reject a message that does not disclose AI involvement.

It never modifies the message file. When it rejects, it keeps a copy of the message beside
git's own so the text survives the next ``git commit`` and says how to reuse it.
"""

from __future__ import annotations

import os
import sys

from provenance.core.errors import EXIT_FINDINGS, EXIT_OK, UsageError
from provenance.core.message import CommitFacts, ParsedMessage, decode_message
from provenance.formats.lines import finding_lines
from provenance.gitio.repository import (
    RepoSettings,
    git_dir_for_message_file,
    read_repo_settings,
)
from provenance.policy.checker import check_message
from provenance.policy.config import Config

REJECTED_COPY = "PROVENANCE_REJECTED_MSG"


def read_message_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such message file; git passes the message file as the first argument") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a commit message file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the message file: {exc.strerror}") from None


def facts_for_pending_commit(message_file: str, data: bytes, settings: RepoSettings | None = None) -> CommitFacts:
    settings = settings or read_repo_settings()
    message, bad_lines = decode_message(data)
    git_dir = git_dir_for_message_file(message_file)
    merging = git_dir is not None and os.path.exists(os.path.join(git_dir, "MERGE_HEAD"))
    # git exports the author of the commit being made to its hooks; the committer only when overridden.
    return CommitFacts(
        message=message,
        author_name=os.environ.get("GIT_AUTHOR_NAME", settings.user_name),
        author_email=os.environ.get("GIT_AUTHOR_EMAIL", settings.user_email),
        committer_name=os.environ.get("GIT_COMMITTER_NAME", settings.user_name),
        committer_email=os.environ.get("GIT_COMMITTER_EMAIL", settings.user_email),
        parent_count=2 if merging else 1,
        comment_char=settings.pending_comment_char(message),
        undecodable_lines=bad_lines,
    )


def _keep_copy(message_file: str, message: ParsedMessage) -> str | None:
    """Save the text git would commit (no comments, nothing under a scissors line) beside git's file."""
    git_dir = git_dir_for_message_file(message_file)
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
    data = read_message_file(message_file)
    facts = facts_for_pending_commit(message_file, data)
    message = ParsedMessage(facts)
    if message.is_empty:
        return EXIT_OK  # git aborts an empty message itself; verify still checks --allow-empty-message
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
    copy = _keep_copy(message_file, message)
    if copy is not None:
        print(f"Your message is kept in {copy}; edit and commit it with:\n"
              f"  git commit -e -F {copy}", file=out)
    return EXIT_FINDINGS
