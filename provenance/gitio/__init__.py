"""The one git layer, and the only code that starts git: ``runner`` starts every process and
pins every setting that changes what git prints; ``log`` reads any number of commits (with or
without patches) from one ``git log`` stream; ``facts`` turns log fields into commit facts;
``patch`` finds the lines a commit adds; ``refs`` and ``repository`` answer named questions
(branches, merge base, work tree, shallow edge, the settings the checks read).

May import: provenance.core only."""
