"""Repository settings the checks need, read with as few git processes as possible."""

from __future__ import annotations

import os
from dataclasses import dataclass

from provenance.gitio import runner as git

# git's candidates for core.commentChar=auto, in its order of preference.
_AUTO_COMMENT_CHARS = "#;@!$%^&|:"


@dataclass(frozen=True)
class RepoSettings:
    comment_char_setting: str
    user_name: str
    user_email: str
    cleanup: str = "default"

    def comment_char(self, message: str) -> str:
        """The comment character of a stored ``message`` (resolving ``auto`` as git does)."""
        if self.comment_char_setting != "auto":
            return self.comment_char_setting or "#"
        starts = {line[:1] for line in message.split("\n")}
        return next((ch for ch in _AUTO_COMMENT_CHARS if ch not in starts), "#")

    def pending_comment_char(self, message: str) -> str:
        """The comment character of a message a hook receives before git strips its comments.

        With ``auto``, git chose the character before adding its own comment block, which ends the
        file; judging the whole text (comments included) would pick another one.
        """
        if self.comment_char_setting != "auto":
            return self.comment_char_setting or "#"
        last = next((line for line in reversed(message.split("\n")) if line.strip()), "")
        if last[:1] and last[0] in _AUTO_COMMENT_CHARS:
            return last[0]
        return self.comment_char(message)


def read_repo_settings(cwd: str | None = None) -> RepoSettings:
    """core.commentChar, user.name, user.email and commit.cleanup in one ``git config`` call."""
    proc = git.run(["config", "-z", "--get-regexp", r"^(core\.commentchar|user\.name|user\.email|commit\.cleanup)$"],
                   cwd=cwd, check=False)
    values: dict[str, str] = {}
    # Exit 1 just means none of the keys is set; -z records are "key\nvalue\0", last one wins.
    for record in proc.stdout.decode("utf-8", "replace").split("\0"):
        key, _, value = record.partition("\n")
        if key:
            values[key] = value
    raw_comment_char = values.get("core.commentchar", "#")
    return RepoSettings(
        comment_char_setting="auto" if raw_comment_char == "auto" else (raw_comment_char[:1] or "#"),
        user_name=values.get("user.name", ""),
        user_email=values.get("user.email", ""),
        cleanup=values.get("commit.cleanup", "default"),
    )


def git_dir_for_message_file(message_file: str) -> str | None:
    """The git dir a hook's message file lives in (git passes .git/COMMIT_EDITMSG), if it is one."""
    env_dir = os.environ.get("GIT_DIR")
    if env_dir:
        return env_dir
    directory = os.path.dirname(os.path.abspath(message_file))
    return directory if os.path.isfile(os.path.join(directory, "HEAD")) else None
