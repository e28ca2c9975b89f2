"""``git provenance attest [RANGE]``: check the commits of the current branch again and re-sign them.

For a maintainer who rebased or cherry-picked someone else's commits (they are now its committer,
so the attestation must be theirs), or for commits made before the hook signed. Every commit of the
range must pass the disclosure rules first, or nothing is rewritten. Each commit is then written
anew with the same tree, the same author, the current committer and its message with a fresh
attestation (an old one is replaced); descendants get the new parents. The change (patch id) of
each commit is unchanged, so each signs exactly what its trailer will be checked against. The
branch moves to the new tip; ORIG_HEAD keeps the old one (``git reset --hard ORIG_HEAD`` undoes).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import NamedTuple

from provenance import __version__
from provenance.attestation import principal, signing, statement, transport
from provenance.attestation.statement import DisclosureRecord
from provenance.core.errors import EXIT_FINDINGS, ProvenanceError, UsageError
from provenance.gitio.log import iter_commits
from provenance.gitio.patch_ids import range_patch_ids
from provenance.gitio.repository import Repo
from provenance.gitio.runner import output, run
from provenance.policy.checker import CommitResult, check_commit
from provenance.policy.config import Config
from provenance.policy.policy_digest import policy_digest

_SIGNATURE_HEADERS = (b"gpgsig ", b"gpgsig-sha256 ", b"mergetag ")  # a rewritten commit is no longer signed


class Rewritten(NamedTuple):
    old: str
    new: str
    subject: str
    attested: bool  # False: exempt (a merge, revert, fixup, exempt author) or empty; only its parents changed


class FailingCommitsError(ProvenanceError):
    """Commits of the range fail the disclosure rules, so none is attested."""

    exit_code = EXIT_FINDINGS


def attest_range(repo: Repo, config: Config, rev_args: Sequence[str], key_path: str) -> list[Rewritten]:
    """Re-sign every commit ``git log REV_ARGS`` selects (a range ending at HEAD), oldest first."""
    head = output(["rev-parse", "--verify", "HEAD"], cwd=repo.top)
    checked = (check_commit(facts, config) for facts in iter_commits(rev_args, repo.top))
    results = {result.facts.sha or "": result for result in checked}
    if not results:
        raise UsageError(f"no commits in {' '.join(rev_args)}; nothing to attest")
    if head not in results:
        raise UsageError("attest rewrites the current branch: give a range that ends at HEAD")
    failing = [r for r in results.values() if r.has_errors]
    if failing:
        example = failing[0]
        first = next(f for f in example.findings if f.severity == "error")
        raise FailingCommitsError(f"{len(failing)} commit(s) fail the disclosure rules, e.g. "
                                  f"{(example.facts.sha or '')[:12]} {example.subject!r}: {first.message}; "
                                  "fix them first (nothing was rewritten)")
    signer = principal.committer_email(repo.top)
    if not signer:
        raise UsageError("git has no committer email here (git config user.email ...): it names the signer")
    sign = signing.signer_for(key_path, many=True).sign
    patch_ids = range_patch_ids(rev_args, repo.top)
    ident = output(["var", "GIT_COMMITTER_IDENT"], cwd=repo.top)
    policy = policy_digest(config)
    order = output(["rev-list", "--reverse", "--topo-order", *rev_args, "--"], cwd=repo.top).split()
    mapped: dict[str, str] = {}
    rewritten = []
    for sha in order:
        result, patch_id = results[sha], patch_ids.get(sha)
        line = None
        if result.exempt is None and patch_id is not None:
            signed = statement.Statement(patch_id, DisclosureRecord.from_disclosure(result.disclosure), policy,
                                         f"{transport.TOOL_NAME} {__version__}", int(time.time()), signer)
            line = transport.encode(signed, sign(statement.serialise(signed)))
        mapped[sha] = _rewrite(repo, sha, line, mapped, ident, result)
        rewritten.append(Rewritten(sha, mapped[sha], result.subject, line is not None))
    run(["update-ref", "ORIG_HEAD", head], cwd=repo.top)
    run(["update-ref", "-m", "git provenance attest", "HEAD", mapped[head], head], cwd=repo.top)
    return rewritten


def _rewrite(repo: Repo, sha: str, line: str | None, mapped: dict[str, str], ident: str,
             result: CommitResult) -> str:
    """The id of ``sha`` written anew: new parents, the current committer, the attestation in its message."""
    raw = run(["cat-file", "commit", sha], cwd=repo.top).stdout
    header, _, message = raw.partition(b"\n\n")
    kept: list[bytes] = []
    skipping = False
    for field in header.split(b"\n"):
        if field.startswith(b" ") and skipping:
            continue  # the continuation of a dropped signature
        skipping = field.startswith(_SIGNATURE_HEADERS)
        if skipping:
            continue
        if field.startswith(b"parent "):
            field = b"parent " + mapped.get(field[7:].decode("ascii"), field[7:].decode("ascii")).encode("ascii")
        elif field.startswith(b"committer "):
            field = b"committer " + ident.encode("utf-8")
        kept.append(field)
    if line is not None:
        text = message.decode("utf-8", "surrogateescape")
        message = transport.with_attestation(text, line, result.facts.comment_char).encode("utf-8", "surrogateescape")
    data = b"\n".join(kept) + b"\n\n" + message
    return run(["hash-object", "-t", "commit", "-w", "--stdin"], cwd=repo.top, stdin=data).stdout.decode().strip()
