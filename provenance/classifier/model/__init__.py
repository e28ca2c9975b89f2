"""The model file (versioned JSON, never pickle) and the pure-Python estimators that score from it.

May import: provenance.core, provenance.classifier.errors."""
