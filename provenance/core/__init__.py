"""The vocabulary every other package speaks: errors, trailers, identities, commit messages,
disclosure conventions, what a message discloses, and findings with their locations.

May import: the standard library only. Nothing in core knows about configuration, git processes,
hooks, output formats or the classifier."""
