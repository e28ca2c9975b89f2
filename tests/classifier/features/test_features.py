"""Normalisation and feature extraction, per language, on the small fixtures in classifier_fixtures/."""

from __future__ import annotations

import subprocess
import sys

import pytest

from provenance.classifier.features.languages import GENERIC, language_for_path
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.syntax import GRAMMARS, SYNTAX_FEATURE_NAMES
from provenance.classifier.features.vector import FEATURE_NAMES, extract_features
from tests.paths import CLASSIFIER_FIXTURES, PROJECT_ROOT

FIXTURES = CLASSIFIER_FIXTURES
# fixture file -> (language, functions, classes-like types, loops, conditionals) it contains
EXPECTED_SHAPE = {
    "sample.py": ("python", 3, 1, 2, 1),
    "sample.js": ("javascript", 4, 1, 1, 1),
    "sample.ts": ("typescript", 4, 2, 1, 1),
    "Sample.java": ("java", 2, 1, 1, 1),
    "sample.go": ("go", 2, 1, 1, 1),
    "sample.rs": ("rust", 2, 2, 1, 1),
    "sample.c": ("c", 2, 1, 2, 1),
    "sample.cpp": ("cpp", 3, 1, 1, 1),
}


def features_of(name: str) -> dict[str, float | None]:
    path = FIXTURES / name
    return extract_features(normalise_source(path.read_text()), language_for_path(str(path)))


def test_normalise_removes_formatting_artifacts() -> None:
    clean = "def f(x):\n    return x\n"
    messy = "\r\n\r\ndef f(x):  \r\n\treturn x\t\r\n\r\n\r\n"
    assert normalise_source(messy) == clean
    assert normalise_source("a = 1") == "a = 1\n"
    assert normalise_source("  \n\t\n") == ""


def test_normalise_dedents_hunks_taken_from_inside_a_block() -> None:
    assert normalise_source("        x = 1\n        if x:\n            y = 2\n") == "x = 1\nif x:\n    y = 2\n"


def test_formatting_artifacts_do_not_change_features() -> None:
    text = (FIXTURES / "sample.py").read_text()
    artifacted = text.replace("\n", "  \r\n").replace("    ", "\t") + "\r\n\r\n"
    python = language_for_path("x.py")
    assert extract_features(normalise_source(artifacted), python) == extract_features(normalise_source(text), python)


@pytest.mark.parametrize("name", sorted(EXPECTED_SHAPE))
def test_syntax_features_count_shapes_per_language(name: str) -> None:
    language, functions, classes, loops, conditionals = EXPECTED_SHAPE[name]
    assert language_for_path(name).name == language
    features = features_of(name)
    assert set(features) == set(FEATURE_NAMES)
    code_lines = sum(1 for line in normalise_source((FIXTURES / name).read_text()).splitlines() if line)

    def count(feature: str) -> int:
        value = features[feature]
        assert value is not None
        return round(value * code_lines / 100)

    assert count("syntax.functions_per_100_lines") == functions
    assert count("syntax.classes_per_100_lines") == classes
    assert count("syntax.loops_per_100_lines") == loops
    assert count("syntax.conditionals_per_100_lines") == conditionals
    assert features["syntax.error_nodes_per_100_lines"] == 0
    assert features["comments.comment_line_fraction"] > 0


def test_every_grammar_wheel_loads_and_its_query_compiles() -> None:
    from provenance.classifier.features.syntax import grammar_available

    assert all(grammar_available(language) for language in GRAMMARS)


def test_unknown_language_falls_back_to_lexical_features() -> None:
    ruby = features_of("sample.rb")
    assert language_for_path("sample.rb").has_grammar is False
    assert all(ruby[name] is None for name in SYNTAX_FEATURE_NAMES)
    assert ruby["comments.comment_line_fraction"] == pytest.approx(1 / 8)
    assert ruby["lexis.identifier_mean_length"] is not None
    assert language_for_path("notes.unknownext") is GENERIC


def test_comments_and_docstrings_are_separated_from_code() -> None:
    python = features_of("sample.py")
    # One docstring plus one comment; a trailing "#" inside a string must not count.
    assert python["comments.doc_blocks_per_100_lines"] > 0
    assert python["comments.capitalised_fraction"] == 1.0
    text = 'x = "# not a comment"\ny = 2\nz = 3\n'
    features = extract_features(text, language_for_path("a.py"))
    assert features["comments.comment_line_fraction"] == 0


def test_naming_and_spacing_features_tell_terse_from_descriptive_code() -> None:
    python = language_for_path("a.py")
    terse = extract_features("n,k=map(int,input().split())\nfor i in range(n):\n    a=k+i\n    print(a)\n", python)
    tidy = extract_features(
        "item_count, step_size = read_numbers()\nfor index in range(item_count):\n"
        "    total_value = step_size + index\n    show(total_value)\n",
        python,
    )
    assert terse["lexis.identifier_mean_length"] < tidy["lexis.identifier_mean_length"]
    assert terse["layout.spaced_operator_fraction"] == 0.0
    assert tidy["layout.spaced_operator_fraction"] == 1.0
    assert terse["layout.space_after_comma_fraction"] == 0.0
    assert tidy["lexis.multiword_name_fraction"] > terse["lexis.multiword_name_fraction"]


def test_importing_the_package_and_scoring_stay_light() -> None:
    """Importing the classifier loads no heavy module; scoring loads tree-sitter but never sklearn/numpy."""
    script = (
        "import sys\n"
        "import provenance.classifier, provenance.cli.classify, provenance.cli.train\n"
        "heavy = {'tree_sitter', 'sklearn', 'numpy'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
        "from provenance.classifier.scoring.pipeline import load_scoring_model, score_text\n"
        "from provenance.classifier.features.languages import language_for_path\n"
        f"text = open({str(FIXTURES / 'sample.py')!r}).read()\n"
        "score = score_text(text, language_for_path('a.py'), load_scoring_model())\n"
        "assert 0.0 <= score <= 1.0, score\n"
        "assert 'tree_sitter' in sys.modules\n"
        "assert not {'sklearn', 'numpy'} & set(sys.modules)\n"
    )
    root = PROJECT_ROOT
    subprocess.run([sys.executable, "-c", script], check=True, cwd=root)
