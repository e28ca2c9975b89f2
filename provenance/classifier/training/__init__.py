"""Training: labelled data, scikit-learn fitting, calibration, thresholds, and training from a
repository's own history. The only place numpy and scikit-learn are imported.

May import: provenance.core, provenance.gitio, the rest of the classifier."""
