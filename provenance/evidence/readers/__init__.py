"""One module per tool: each exposes ``SOURCE`` (a ``provenance.evidence.sources.Source``) whose
docstring cites where its format was learnt. Readers never raise: what they cannot read they skip
with a reason."""
