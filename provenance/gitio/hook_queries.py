"""The git questions the hooks ask of a commit through the editor, as their modules ask them:
the repository's settings (``repository.read_repo_settings``), HEAD's committer time and the
staged lines (``staged``, for the evidence), HEAD's id (``repository.commit_ids``, for the
evidence hand-over), the staged change for its patch id (``patch_ids``, for the attestation).
prepare-commit-msg's entry and the commit-msg standby start them early (``runner.start_early``)
so that git answers while Python does the rest; tests/standby/test_entry.py checks that the hooks
take every answer, so these stay the very questions they ask. No imports: the entry loads this first.
"""

from __future__ import annotations

REPO_SETTINGS = ("config", "-z", "--get-regexp",
                 r"^(core\.commentchar|user\.name|user\.email|commit\.cleanup|i18n\.commitencoding)$")
HEAD_COMMITTER_TIME = ("log", "-1", "--format=%ct", "HEAD", "--")
STAGED_ADDITIONS = ("diff", "--cached", "--unified=0", "-M", "--patch", "--")
HEAD_COMMIT = ("rev-parse", "HEAD^{commit}")
STAGED_PATCH = ("diff", "--cached", "--unified=3", "--no-renames", "--binary", "--patch", "--")

PREPARE_COMMIT_MSG = (REPO_SETTINGS, HEAD_COMMITTER_TIME, STAGED_ADDITIONS, HEAD_COMMIT)
