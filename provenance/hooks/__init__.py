"""The git hooks (commit-msg, prepare-commit-msg), the facts of the commit being made and the
cleanup git will apply to it, the copies of rejected messages, the amend marker one hook leaves
for the other, and installing the plain hook scripts.

May import: provenance.core, provenance.policy, provenance.gitio, provenance.formats."""
