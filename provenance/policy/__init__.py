"""The policy and the checks: configuration (schema, files, precedence), the rule registry, the
per-commit context the rules read, and the checker that builds it and runs the rules.

May import: provenance.core. The classifier is reached only through lazy imports in
``hunk_scores``, the source of the code the code rules read."""
