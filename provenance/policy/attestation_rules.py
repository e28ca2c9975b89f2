"""The attestation rules (A1-A4): each commit carries a valid, signed record that the check ran.

They need the ``attestations`` source, which only ``verify --attestation required|optional``
offers (``provenance.verify.attestations`` checks every commit's trailer in one batch); a hook's
context never has it. Each reads the commit's ``Verdict`` and reports one kind of failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from provenance.core.findings import WHOLE_MESSAGE, Location, MessageLine
from provenance.policy.context import CommitContext
from provenance.policy.rule_base import Problem, Rule

_HOW_TO_ATTEST = ("install the hooks with a signing key (git provenance keygen) so that each commit is attested, "
                  "or re-attest the commits with git provenance attest")
INVALID_STATUSES = frozenset({"bad-signature", "signer-not-allowed", "not-yet-valid", "expired", "wrong-namespace",
                              "malformed", "unsupported"})


def _where(line: int | None) -> Location:
    return MessageLine(line) if line is not None else WHOLE_MESSAGE


class _AttestationRule(Rule):
    needs = frozenset({"attestations"})
    statuses: ClassVar[frozenset[str]]
    lead: ClassVar[str]

    def check(self, context: CommitContext) -> Iterator[Problem]:
        if context.attestations is None or context.facts.sha is None:
            return
        verdict = context.attestations.for_commit(context.facts.sha)
        if verdict.status in self.statuses:
            yield Problem(f"{self.lead}: {verdict.detail}", _where(verdict.line))


class MissingAttestation(_AttestationRule):
    id = "A1"
    name = "missing-attestation"
    default_severity = "error"
    description = "With attestation = required, every commit carries a signed Provenance-Attestation trailer."
    statuses = frozenset({"missing"})
    lead = "no signed attestation"

    def check(self, context: CommitContext) -> Iterator[Problem]:
        if context.attestations is None or context.facts.sha is None:
            return
        verdict = context.attestations.for_commit(context.facts.sha)
        if verdict.status == "missing" and verdict.required:
            yield Problem(f"no signed attestation ({verdict.detail}); {_HOW_TO_ATTEST}")


class InvalidAttestation(_AttestationRule):
    id = "A2"
    name = "invalid-attestation"
    default_severity = "error"
    description = ("The attestation's signature is good and made with a key the trust file (read from the base "
                   "branch) allows for the signer at the signed time.")
    statuses = INVALID_STATUSES
    lead = "the attestation is not valid"


class AttestationOtherChange(_AttestationRule):
    id = "A3"
    name = "attestation-other-change"
    default_severity = "error"
    description = "The attestation is bound to this commit's change (patch id), not another's."
    statuses = frozenset({"other-change"})
    lead = "the attestation is for another change"


class DisclosureNotAttested(_AttestationRule):
    id = "A4"
    name = "disclosure-not-attested"
    default_severity = "error"
    description = "The disclosure that was signed is the one the message declares."
    statuses = frozenset({"disclosure-changed"})
    lead = "the attestation signs another disclosure"


ATTESTATION_RULES: tuple[Rule, ...] = (
    MissingAttestation(), InvalidAttestation(), AttestationOtherChange(), DisclosureNotAttested(),
)
