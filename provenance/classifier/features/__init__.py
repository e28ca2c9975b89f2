"""From source text to a feature vector: languages, normalisation, screening, lexical and
tree-sitter (syntax) features.

May import: provenance.core and the standard library; tree-sitter lazily. Never numpy or sklearn."""
