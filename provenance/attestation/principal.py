"""Who signs an attestation: the committer, by the email git will record for the commit."""

from __future__ import annotations

import re

from provenance.core.errors import GitError
from provenance.gitio import runner

_EMAIL = re.compile(r"<([^<>]*)>")


def committer_email(cwd: str | None = None) -> str | None:
    """The committer email git would record here (``git var GIT_COMMITTER_IDENT``: GIT_COMMITTER_EMAIL,
    then user.email), or None when git has none configured."""
    try:
        ident = runner.output(["var", "GIT_COMMITTER_IDENT"], cwd=cwd)
    except GitError:
        return None
    match = _EMAIL.search(ident)
    return match.group(1) if match and match.group(1) else None
