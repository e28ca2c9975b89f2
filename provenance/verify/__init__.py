"""`verify`: choose a range of commits, check each with the policy, report.

May import: provenance.core, provenance.policy, provenance.gitio, provenance.formats."""
