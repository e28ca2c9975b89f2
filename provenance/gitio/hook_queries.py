"""The git questions prepare-commit-msg asks of every commit through the editor, as its modules
ask them: the repository's settings (``repository.read_repo_settings``), HEAD's committer time
and the staged lines (``staged``, for the evidence), HEAD's id (``repository.commit_ids``, for
the evidence hand-over). The hook's entry starts them early (``runner.start_early``) so that git
answers while Python imports the rest; tests/standby/test_entry.py checks that the hook takes
every answer, so these stay the very questions it asks. No imports: the entry loads this first.
"""

from __future__ import annotations

REPO_SETTINGS = ("config", "-z", "--get-regexp",
                 r"^(core\.commentchar|user\.name|user\.email|commit\.cleanup|i18n\.commitencoding)$")
HEAD_COMMITTER_TIME = ("log", "-1", "--format=%ct", "HEAD", "--")
STAGED_ADDITIONS = ("diff", "--cached", "--unified=0", "-M", "--patch", "--")
HEAD_COMMIT = ("rev-parse", "HEAD^{commit}")

PREPARE_COMMIT_MSG = (REPO_SETTINGS, HEAD_COMMITTER_TIME, STAGED_ADDITIONS, HEAD_COMMIT)
