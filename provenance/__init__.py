"""git-provenance: record, check and review AI involvement in code."""

__version__ = "0.1.0"
