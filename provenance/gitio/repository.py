"""The repository a command runs in: its work tree, its shallow boundary, its git paths, and the
settings the checks read (each with as few git processes as possible)."""

from __future__ import annotations

import os
from typing import NamedTuple

from provenance.core.errors import GitError
from provenance.gitio import hook_queries
from provenance.gitio import runner as git

# git's candidates for core.commentChar=auto, in its order of preference.
_AUTO_COMMENT_CHARS = "#;@!$%^&|:"


class RepoSettings(NamedTuple):
    comment_char_setting: str
    user_name: str
    user_email: str
    cleanup: str = "default"
    commit_encoding: str = ""  # i18n.commitEncoding; unset means UTF-8

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
    """core.commentChar, user.name, user.email, commit.cleanup and i18n.commitEncoding in one
    ``git config`` call."""
    proc = git.run(hook_queries.REPO_SETTINGS, cwd=cwd, check=False)
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
        commit_encoding=values.get("i18n.commitencoding", ""),
    )


def git_dir_for_message_file(message_file: str) -> str | None:
    """The git dir a hook's message file lives in (git passes .git/COMMIT_EDITMSG), if it is one."""
    env_dir = os.environ.get("GIT_DIR")
    if env_dir:
        return env_dir
    directory = os.path.dirname(os.path.abspath(message_file))
    return directory if os.path.isfile(os.path.join(directory, "HEAD")) else None


def _rev_parse(arguments: list[str], cwd: str | None) -> list[str] | None:
    """The lines ``git rev-parse ARGUMENTS`` prints, one per question asked; None when git fails
    or prints another number of lines (outside a work tree, say)."""
    proc = git.run(["rev-parse", *arguments], cwd=cwd, check=False)
    lines = proc.stdout.decode("utf-8", "surrogateescape").splitlines()
    questions = [argument for argument in arguments if argument != "--git-path"]
    return lines if proc.returncode == 0 and len(lines) == len(questions) else None


def commit_ids(*names: str, cwd: str | None = None) -> list[str] | None:
    """The ids of the commits ``names`` name, from one ``git rev-parse``; None when one of them
    names no commit (or looks like an option)."""
    if any(not name or name.startswith("-") for name in names):
        return None
    return _rev_parse([name + "^{commit}" for name in names], cwd)


def _absolute(cwd: str | None, path: str) -> str:
    """A path rev-parse printed (relative to ``cwd`` for --git-path and --git-common-dir), absolute."""
    return os.path.join(os.path.abspath(cwd or os.curdir), path)


def _not_a_work_tree(cwd: str | None) -> GitError:
    return GitError(f"{os.path.abspath(cwd or os.curdir)} is not inside a git work tree; "
                    "run this from a repository checkout")


def work_tree_paths(*git_paths: str, cwd: str | None = None) -> tuple[str, list[str]]:
    """The work tree's top and the absolute paths of ``git_paths`` inside the git dir, from one
    ``git rev-parse`` (``hooks`` honours core.hooksPath)."""
    lines = _rev_parse(["--show-toplevel"] + [a for name in git_paths for a in ("--git-path", name)], cwd)
    if lines is None:
        raise _not_a_work_tree(cwd)
    return lines[0], [_absolute(cwd, path) for path in lines[1:]]


def hooks_location(cwd: str | None = None) -> tuple[str, str, str]:
    """(work tree top, the folder git runs hooks from, the common git dir), from one ``git
    rev-parse``. In a linked worktree the hooks live in the common git dir, shared by every
    worktree, not in the worktree's own git dir."""
    lines = _rev_parse(["--show-toplevel", "--git-common-dir", "--git-path", "hooks"], cwd)
    if lines is None:
        raise _not_a_work_tree(cwd)
    top, common, hooks = lines
    return top, _absolute(cwd, hooks), _absolute(cwd, common)


class Repo(NamedTuple):
    """A work tree's top folder and, for a shallow clone, the commits at its edge."""

    top: str
    shallow_commits: frozenset[str]

    @property
    def is_shallow(self) -> bool:
        return bool(self.shallow_commits)


def _bare_repository(cwd: str | None) -> tuple[str, str] | None:
    """(git dir, shallow file) when ``cwd`` is in a bare repository (a mirror, a server's copy)."""
    lines = _rev_parse(["--is-bare-repository", "--absolute-git-dir", "--git-path", "shallow"], cwd)
    if lines is None or lines[0] != "true":
        return None
    return lines[1], _absolute(cwd, lines[2])


def open_repo(cwd: str | None = None) -> Repo:
    """The work tree's top (a bare repository's git dir) and the shallow boundary, from one
    ``git rev-parse`` (two in a bare repository, which has no work tree to show)."""
    try:
        top, (shallow_file,) = work_tree_paths("shallow", cwd=cwd)
    except GitError:
        bare = _bare_repository(cwd)
        if bare is None:
            raise
        top, shallow_file = bare
    try:
        with open(shallow_file, encoding="ascii") as handle:
            shallow = frozenset(line.strip() for line in handle if line.strip())
    except OSError:
        shallow = frozenset()
    return Repo(top, shallow)
