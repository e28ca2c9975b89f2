"""verify's attestation pass: every checked commit's trailer verified in one batch, then rules A1-A4.

The trust file is read at a revision -- ``--trust-from REV``, else the base of the range (the
branch a pull request merges into) -- never from the commits under review, so a pull request that
adds its author's key to the trust file does not make its own attestations valid. Patch ids come
from one ``git log -p | git patch-id`` pipeline started beside the main log stream.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from provenance.attestation import trust
from provenance.attestation.check import (
    EXEMPT,
    VALID,
    CheckSettings,
    CommitToCheck,
    SignerPolicy,
    Verdict,
    check_commits,
)
from provenance.attestation.errors import TrustFileError
from provenance.attestation.statement import DisclosureRecord
from provenance.core.errors import GitError
from provenance.core.findings import reading_order
from provenance.core.message import ParsedMessage
from provenance.gitio.blobs import read_at_revision
from provenance.gitio.patch_ids import range_patch_ids
from provenance.gitio.repository import Repo
from provenance.policy.attestation_rules import ATTESTATION_RULES
from provenance.policy.checker import CommitResult, run_rules
from provenance.policy.config import Config
from provenance.policy.context import CommitContext

# Signature checks run on this many threads (0: one per usable core). cryptography releases the GIL
# while it checks a signature: two threads checked 6,000 ed25519 signatures in 0.33 s against 0.62 s
# on one, when the machine had a core free; with both cores busy elsewhere they cost ~20% more
# (BENCHMARKS.md "Attestation transport").
WORKERS = 0
_NOTHING_TO_REPORT = frozenset({VALID, EXEMPT})


class Verdicts:
    """The attestation source the rules read: a verdict for every commit of the range."""

    def __init__(self, verdicts: Mapping[str, Verdict]) -> None:
        self._verdicts = verdicts

    def for_commit(self, sha: str) -> Verdict:
        return self._verdicts.get(sha) or Verdict(EXEMPT, "not checked")

    def statuses(self) -> dict[str, str]:
        return {sha: verdict.status for sha, verdict in self._verdicts.items()}


def start_patch_ids(repo: Repo, rev_args: Sequence[str]) -> Callable[[], dict[str, str]]:
    """Start computing the range's patch ids on a thread; the returned function waits for them."""
    pool = ThreadPoolExecutor(max_workers=1)
    future: Future[dict[str, str]] = pool.submit(range_patch_ids, rev_args, repo.top)
    pool.shutdown(wait=False)
    return future.result


def load_trust(repo: Repo, config: Config, revision: str) -> trust.TrustFile:
    path = config.attestation_trust_file
    try:
        data = read_at_revision(revision, path, cwd=repo.top)
    except GitError as exc:
        raise GitError(f"attestation trust file: {exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TrustFileError(f"{revision}:{path}: not UTF-8 (byte {exc.start})") from None
    return trust.parse(text, f"{revision}:{path}")


def _to_check(result: CommitResult, patch_ids: Mapping[str, str]) -> CommitToCheck:
    facts = result.facts
    sha = facts.sha or ""
    return CommitToCheck(sha, facts.message, facts.committer_email, facts.author_email, patch_ids.get(sha),
                         DisclosureRecord.from_disclosure(result.disclosure), facts.comment_char)


def verify_attestations(results: Sequence[CommitResult], config: Config, trusted: trust.TrustFile,
                        patch_ids: Mapping[str, str], shallow_edge: frozenset[str] = frozenset()) -> Verdicts:
    """The verdict on every checked commit (exempt ones, such as merges, are not checked).

    A commit at a shallow clone's edge has no parent here, so its change cannot be computed: it
    fails (``unsupported``) rather than pass unchecked.
    """
    settings = CheckSettings(
        trusted, _signer_policy(config.attestation_signer),
        tuple(email.lower() for email in config.attestation_exempt_committers),
        required=config.attestation == "required", workers=WORKERS,
    )  # fmt: skip
    checked = [result for result in results if result.exempt is None and result.facts.sha]
    at_edge = {result.facts.sha or "" for result in checked} & shallow_edge
    verdicts = check_commits([_to_check(result, patch_ids) for result in checked if result.facts.sha not in at_edge],
                             settings)
    for sha in at_edge:
        verdicts[sha] = Verdict("unsupported", "the commit is at the shallow clone's edge, so its change cannot be "
                                "computed; fetch more history (fetch-depth: 0)", required=settings.required)
    return Verdicts(verdicts)


def _signer_policy(value: str) -> SignerPolicy:
    return "author" if value == "author" else "either" if value == "either" else "committer"


def add_findings(results: Sequence[CommitResult], config: Config, verdicts: Verdicts) -> list[CommitResult]:
    """``results`` with the findings of the attestation rules added."""
    updated = list(results)
    for index, result in enumerate(results):
        if result.exempt is not None or not result.facts.sha:
            continue
        if verdicts.for_commit(result.facts.sha).status in _NOTHING_TO_REPORT:
            continue  # the usual case, skipped cheaply: no attestation rule reports on these
        context = CommitContext(ParsedMessage(result.facts), result.analysis, result.exempt, attestations=verdicts)
        extra = run_rules(context, config, ATTESTATION_RULES)
        if extra:
            found = sorted(result.findings + extra, key=reading_order)
            updated[index] = result._replace(findings=tuple(found))
    return updated
