"""The vocabulary every other package speaks: errors, trailers, identities, commit messages,
disclosure conventions and what a message discloses.

May import: the standard library only. Nothing in core knows about configuration, git processes,
hooks, output formats or the classifier."""
