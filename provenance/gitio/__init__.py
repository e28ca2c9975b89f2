"""The one git layer: the only code that starts git. One runner pins every setting that changes
what git prints; log and patch streams are read from one process each; log fields become commit
facts in one place.

May import: provenance.core."""
