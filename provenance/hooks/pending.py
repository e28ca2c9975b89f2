"""The commit being made, as both hooks see it: the message file git passes, decoded, with the
identities and settings git will use for the commit and the cleanup it will apply.

A pending commit has no sha and no tree yet, so its facts carry only what the message and the
repository's settings say; the checks that read committed code run in ``verify``.
"""

from __future__ import annotations

import os
from typing import NamedTuple

from provenance.core.errors import UsageError
from provenance.core.message import CommitFacts, decode_message
from provenance.gitio.repository import (
    RepoSettings,
    git_dir_for_message_file,
    read_repo_settings,
)
from provenance.hooks.cleanup import Cleanup, committed_bytes, keeps_comments, pending_cleanup


class PendingCommit(NamedTuple):
    message_file: str
    # The git directory the message file lives in (git passes .git/COMMIT_EDITMSG), if it is one.
    git_dir: str | None
    facts: CommitFacts
    # The message file's bytes, and the cleanup git will apply to them.
    data: bytes = b""
    cleanup: Cleanup = "strip"
    commit_encoding: str = ""

    def committed_bytes(self) -> bytes:
        """The message git would commit, byte for byte: comments and a -v diff gone (or kept),
        and bytes that are not UTF-8 re-encoded as git re-encodes them."""
        from provenance.hooks.utf8 import as_git_commits_it, is_utf8_encoding  # only a rejection needs it

        cleaned = committed_bytes(self.data, self.cleanup, self.facts.comment_char)
        return as_git_commits_it(cleaned) if is_utf8_encoding(self.commit_encoding) else cleaned


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


def editor_was_opened() -> bool:
    """False when git runs the hook for a commit that opens no editor: git then sets GIT_EDITOR=:
    in the hook's environment (an editor named ':' is one git never starts either)."""
    return os.environ.get("GIT_EDITOR") != ":"


def facts_for_pending_commit(message: str, bad_lines: tuple[int, ...], git_dir: str | None,
                             settings: RepoSettings) -> CommitFacts:
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


def read_pending_commit(message_file: str, settings: RepoSettings | None = None) -> PendingCommit:
    """The commit being made, from the message file a hook receives; ``settings`` read if not given."""
    data = read_message_file(message_file)
    settings = settings or read_repo_settings()
    message, bad_lines = decode_message(data)
    git_dir = git_dir_for_message_file(message_file)
    facts = facts_for_pending_commit(message, bad_lines, git_dir, settings)
    cleanup = pending_cleanup(message, facts.comment_char, settings.cleanup, editor_was_opened())
    facts = facts._replace(keep_comments=keeps_comments(cleanup))
    return PendingCommit(message_file, git_dir, facts, data, cleanup, settings.commit_encoding)
