"""The policy and the checks: configuration (schema, files, precedence), the rule registry,
and the checker that runs every rule on one commit.

May import: provenance.core. The classifier is reached only through lazy imports inside a rule."""
