"""The feature vector: lexical features for every language plus syntax features where a grammar exists.

`FEATURE_NAMES` fixes the order stored in model files; a model trained on a different list is refused
at load time rather than silently misread.
"""

from __future__ import annotations

import contextlib

from provenance.classifier.features.languages import LanguageSpec
from provenance.classifier.features.lexical import (
    LEXICAL_FEATURE_NAMES,
    FeatureValues,
    lexical_features,
)
from provenance.classifier.features.syntax import (
    SYNTAX_FEATURE_NAMES,
    GrammarUnavailable,
    syntax_features,
)

FEATURE_SET = "stylometry-3"
FEATURE_NAMES: tuple[str, ...] = LEXICAL_FEATURE_NAMES + SYNTAX_FEATURE_NAMES


def extract_features(normalised_text: str, language: LanguageSpec) -> FeatureValues:
    """Every feature in FEATURE_NAMES for `normalised_text`; None where not measurable.

    Languages without a grammar (or whose grammar wheel is missing) get None for every syntax
    feature, which the model treats as "average", so they are scored on lexical evidence alone.
    """
    features = lexical_features(normalised_text, language)
    if language.has_grammar:
        with contextlib.suppress(GrammarUnavailable):  # no grammar wheel: lexical evidence alone
            features.update(syntax_features(normalised_text, language.name))
    for name in SYNTAX_FEATURE_NAMES:
        features.setdefault(name, None)
    return features
