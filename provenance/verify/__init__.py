"""`verify`: choose a range of commits (``selection``), refuse one that runs past a shallow
clone's edge (``shallow``), check each commit with the policy and report (``run``).

May import: provenance.core, provenance.policy, provenance.gitio, provenance.ci, provenance.formats."""
