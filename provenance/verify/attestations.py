"""verify's attestation pass: every checked commit's trailer verified in one batch, then rules A1-A4.

The trust file is read at a revision -- ``--trust-from REV``, else the base of the range (the
branch a pull request merges into) -- never from the commits under review, so a pull request that
adds its author's key to the trust file does not make its own attestations valid. Patch ids come
from one ``git log -p | git patch-id`` pipeline started beside the main log stream.

``RangeChecks`` is handed each commit as the main pass checks it. A range of
``attestation_process.MIN_COMMITS`` or more is checked in a second process meanwhile; a shorter
one, or any range whose process fails, in this process once the main pass is done.
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
from provenance.verify.attestation_process import MIN_COMMITS, AttestationProcess

# Signature checks in this process run on one thread: with libsodium a check is ~55 µs of C and
# ~30 µs of Python, and two threads checked 9,449 commits in 1.0 s against 0.77 s on one (the
# Python part holds the lock; BENCHMARKS.md "verify with attestations required"). Long ranges use
# the second process instead.
WORKERS = 1
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


class RangeChecks:
    """The attestation checks of verify's range: ``add`` each commit as the main pass checks it,
    then ``verdicts`` once it is done."""

    def __init__(self, repo: Repo, config: Config, trusted: trust.TrustFile, rev_args: Sequence[str],
                 count: int) -> None:
        self._top, self._rev_args = repo.top, tuple(rev_args)
        self._settings = check_settings(config, trusted)
        self._process = (AttestationProcess.start(repo.top, self._rev_args, self._settings)
                         if count >= MIN_COMMITS else None)
        self._patch_ids = start_patch_ids(repo, rev_args) if self._process is None else None

    def __enter__(self) -> RangeChecks:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:  # verify failed before the verdicts: the process is not needed
            self._process.stop()

    def add(self, result: CommitResult) -> None:
        if self._process is not None and _is_checked(result):
            self._process.add(_to_check(result, {}))

    def verdicts(self, results: Sequence[CommitResult], shallow_edge: frozenset[str] = frozenset()) -> Verdicts:
        """The verdict on every checked commit (exempt ones, such as merges, are not checked).

        A commit at a shallow clone's edge has no parent here, so its change cannot be computed: it
        fails (``unsupported``) rather than pass unchecked.
        """
        checked = [result for result in results if _is_checked(result)]
        at_edge = {result.facts.sha or "" for result in checked} & shallow_edge
        verdicts = self._process.finish() if self._process is not None else None
        if verdicts is None:  # checked here: a short range, or the process failed
            patch_ids = self._patch_ids() if self._patch_ids is not None else range_patch_ids(self._rev_args, self._top)
            verdicts = check_commits([_to_check(result, patch_ids) for result in checked
                                      if result.facts.sha not in at_edge], self._settings)
        for sha in at_edge:
            verdicts[sha] = Verdict("unsupported", "the commit is at the shallow clone's edge, so its change cannot "
                                    "be computed; fetch more history (fetch-depth: 0)",
                                    required=self._settings.required)
        return Verdicts(verdicts)


def check_settings(config: Config, trusted: trust.TrustFile) -> CheckSettings:
    return CheckSettings(
        trusted, _signer_policy(config.attestation_signer),
        tuple(email.lower() for email in config.attestation_exempt_committers),
        required=config.attestation == "required", workers=WORKERS,
    )  # fmt: skip


def _is_checked(result: CommitResult) -> bool:
    return result.exempt is None and bool(result.facts.sha)


def _to_check(result: CommitResult, patch_ids: Mapping[str, str]) -> CommitToCheck:
    facts = result.facts
    sha = facts.sha or ""
    return CommitToCheck(sha, facts.message, facts.committer_email, facts.author_email, patch_ids.get(sha),
                         DisclosureRecord.from_disclosure(result.disclosure), facts.comment_char)


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
