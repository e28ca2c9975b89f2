"""`verify`: choose a range of commits (``selection``), refuse one that runs past a shallow
clone's edge (``shallow``), check each commit with the policy and report (``run``). Attestations
are checked by ``attestations``: in verify's process for a short range, or, for a long one, in a
second Python fed while the log is read (``attestation_process`` on verify's side,
``attestation_worker`` on the other, ``attestation_wire`` between them); ``attest`` re-signs.

May import: provenance.core, provenance.policy, provenance.gitio, provenance.ci, provenance.formats."""
