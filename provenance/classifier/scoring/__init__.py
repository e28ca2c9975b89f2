"""Scoring: text, files and the hunks of commits to calibrated probabilities.

May import: provenance.core, provenance.gitio, and the classifier's features and model. Pure Python."""
