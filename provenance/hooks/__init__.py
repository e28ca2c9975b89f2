"""The git hooks (commit-msg, prepare-commit-msg), the facts of the commit being made, and
installing the plain hook scripts.

May import: provenance.core, provenance.policy, provenance.gitio, provenance.formats."""
