"""Whether the commit being made amends HEAD, learnt by prepare-commit-msg and told to commit-msg.

git tells only prepare-commit-msg where a message comes from: ``commit HEAD`` for ``--amend``
(git passes the name as typed, so ``-c HEAD`` and ``-C HEAD`` look the same). commit-msg, a
separate process, needs it to print a recovery command that amends (``git commit --amend ...``)
instead of adding a commit. So prepare-commit-msg leaves a marker in the git dir naming HEAD's id
and the message file, and commit-msg reads and removes it.

A marker must not outlive its commit. prepare-commit-msg removes any marker before it decides,
for every commit; an amend that is aborted before commit-msg runs (the editor failed,
``--no-verify``) leaves one behind, which the next commit's prepare-commit-msg removes. And
commit-msg believes a marker only while HEAD is the commit it names and the message file is the
one it names.
"""

from __future__ import annotations

import contextlib
import os
from typing import NamedTuple

from provenance.gitio.repository import commit_ids

AMEND_MARKER = "PROVENANCE_AMENDING"


class AmendMarker(NamedTuple):
    head: str  # the id of the commit being amended
    message_file: str  # absolute


def _remove(path: str) -> None:
    # Absent (the usual case), or not ours to remove: nothing depends on it.
    with contextlib.suppress(OSError):
        os.remove(path)


def note_amend(git_dir: str | None, message_file: str, source: str | None, object_name: str | None) -> None:
    """prepare-commit-msg: forget any earlier marker, then leave one if this commit amends HEAD."""
    if git_dir is None:
        return
    marker = os.path.join(git_dir, AMEND_MARKER)
    _remove(marker)
    if source != "commit" or not object_name:
        return
    ids = commit_ids("HEAD", object_name)
    if ids is None or ids[0] != ids[1]:
        return  # -c/-C of another commit: a new commit, not an amend
    try:
        with open(marker, "w", encoding="utf-8") as handle:
            handle.write(f"{ids[0]}\n{os.path.abspath(message_file)}\n")
    except OSError:
        pass  # without the marker the advice only lacks --amend


def take_amend_marker(git_dir: str | None) -> AmendMarker | None:
    """commit-msg: the marker prepare-commit-msg left, removed so that no later commit sees it."""
    if git_dir is None:
        return None
    path = os.path.join(git_dir, AMEND_MARKER)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    _remove(path)
    head, _, message_file = text.partition("\n")
    return AmendMarker(head.strip(), message_file.strip())


def is_amending(marker: AmendMarker | None, message_file: str) -> bool:
    """Whether ``marker`` belongs to this commit: same message file, HEAD still the commit it names."""
    if marker is None or marker.message_file != os.path.abspath(message_file):
        return False
    ids = commit_ids("HEAD")
    return ids is not None and ids[0] == marker.head
