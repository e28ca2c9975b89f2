"""Hand-checked values of the lexical features added in `stylometry-2`.

Each test feeds small hand-made snippets through `normalise_source` + `lexical_features` and checks
either an exact value worked out by hand (in the comment beside it) or the direction a feature must
move between two snippets that differ in one habit only. Seven tests were strict xfails recording
feature bugs; `stylometry-3` fixed them (comparisons read as assignments, annotated assignments,
`===`/`!==`, multi-line `/** */` bodies, the closing `*/` as a word, docstring delimiters in quote
consistency, `!= undefined`) and they now pass.
"""

from __future__ import annotations

import math

import pytest

from provenance.classifier.features.languages import (
    GENERIC,
    LANGUAGES,
    LanguageSpec,
    language_by_name,
)
from provenance.classifier.features.lexical import (
    LEXICAL_FEATURE_NAMES,
    lexical_features,
)
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.syntax import SYNTAX_FEATURE_NAMES
from provenance.classifier.features.vector import FEATURE_NAMES, extract_features


def feats(text: str, language: str = "python") -> dict[str, float | None]:
    return lexical_features(normalise_source(text), language_by_name(language))


def num(features: dict[str, float | None], name: str) -> float:
    """The value of a feature that must be measurable here."""
    value = features[name]
    assert value is not None, name
    return value


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- names and coverage

# Exercises every lexical feature in every comment style: a docstring (a comment even for the
# "none" style), both line-comment markers (one is code in each style), >=3 statement assignments,
# >=2 comparisons, >=3 quoted strings, snake and camel names, commas, keyword parens, indentation
# and two paragraphs of different length.
POLYGLOT_SAMPLE = lines(
    '"""Compute the running total of the given values."""',
    "# Keep the running total in one place.",
    "// Keep the running total in one place.",
    "total_value = 0",
    "countItems = 1",
    "item2 = 'a'",
    'label = "b"',
    'other = "c"',
    "if (total_value == countItems) {",
    "    result = compute(item2, label, 3.5)",
    "}",
    "",
    "while (countItems != 0) {",
    "    throw_error(other)",
    "}",
)

ALL_LANGUAGES: tuple[LanguageSpec, ...] = (*LANGUAGES, GENERIC)


def test_feature_lists_are_consistent() -> None:
    assert len(LEXICAL_FEATURE_NAMES) == 52 == len(set(LEXICAL_FEATURE_NAMES))
    assert len(FEATURE_NAMES) == 62 == len(set(FEATURE_NAMES))
    assert FEATURE_NAMES == LEXICAL_FEATURE_NAMES + SYNTAX_FEATURE_NAMES


@pytest.mark.parametrize("language", ALL_LANGUAGES, ids=lambda spec: spec.name)
def test_every_lexical_feature_is_a_finite_float_for_every_language(language: LanguageSpec) -> None:
    features = lexical_features(normalise_source(POLYGLOT_SAMPLE), language)
    assert set(features) == set(LEXICAL_FEATURE_NAMES)
    # The generic style has no line-comment syntax, so the marker-spacing rate is not measurable.
    expected_none = {"comments.space_after_marker_fraction"} if language.comment_style == "none" else set()
    assert {name for name, value in features.items() if value is None} == expected_none
    for name, value in features.items():
        if name not in expected_none:
            assert isinstance(value, float), (name, value)
            assert math.isfinite(value), (name, value)


@pytest.mark.parametrize("language", ALL_LANGUAGES, ids=lambda spec: spec.name)
def test_extract_features_yields_every_feature_name_for_every_language(language: LanguageSpec) -> None:
    features = extract_features(normalise_source(POLYGLOT_SAMPLE), language)
    assert set(features) == set(FEATURE_NAMES)
    for name in LEXICAL_FEATURE_NAMES:
        assert features[name] == lexical_features(normalise_source(POLYGLOT_SAMPLE), language)[name]
    for name, value in features.items():
        assert value is None or (isinstance(value, float) and math.isfinite(value)), (name, value)
    if not language.has_grammar:
        assert all(features[name] is None for name in SYNTAX_FEATURE_NAMES)


# --------------------------------------------------------------------------- normalisation invariance

INVARIANCE_SAMPLES = {
    "python": lines(
        '"""Parse the configuration file."""',
        "",
        "def parse(path):",
        "    # Read every line once.",
        "    with open(path) as handle:",
        "        rows = [row.strip() for row in handle]",
        "",
        "",
        "    if rows is None:",
        "        raise ValueError('empty')",
        '    return {"rows": rows, "count": len(rows)}',
    ),
    "java": lines(
        "/**",
        " * Holds a counter.",
        " */",
        "class Counter {",
        "    private int count = 0;",
        "",
        "    // Increment and return the new value.",
        "    int next(String label) {",
        "        if (label == null) {",
        '            throw new IllegalArgumentException("label");',
        "        }",
        "        count += 1;",
        "        return count;",
        "    }",
        "}",
    ),
    "javascript": lines(
        "// Sum the numbers in a list.",
        "function sum(values) {",
        "    let total = 0;",
        "    for (const value of values) {",
        "        if (value === undefined) { continue; }",
        "        total += value;",
        "    }",
        "",
        "    return total;",
        "}",
    ),
}


def with_artifacts(text: str) -> str:
    """CRLF endings, trailing spaces/tabs, tab indentation and extra blank lines at both ends."""
    body = "\r\n".join(line.replace("    ", "\t") + (" \t " if line else "  ") for line in text.split("\n"))
    return "\r\n \r\n" + body + "\r\n\r\n\t\r\n"


@pytest.mark.parametrize("language", sorted(INVARIANCE_SAMPLES))
def test_features_ignore_crlf_and_trailing_whitespace_after_normalisation(language: str) -> None:
    clean = INVARIANCE_SAMPLES[language]
    messy = with_artifacts(clean)
    spec = language_by_name(language)
    assert normalise_source(messy) == clean
    assert extract_features(normalise_source(messy), spec) == extract_features(normalise_source(clean), spec)
    # The artifacts are not harmless by themselves: without normalisation the features move.
    assert lexical_features(messy, spec) != lexical_features(clean, spec)


def test_old_mac_line_endings_and_lf_only_give_the_same_features() -> None:
    clean = INVARIANCE_SAMPLES["python"]
    assert feats(clean.replace("\n", "\r")) == feats(clean)


# --------------------------------------------------------------------------- rhythm (paragraphs)


def test_paragraph_mean_and_cv_exact() -> None:
    # Paragraph runs 2, 1, 3: mean 2, population std sqrt(2/3), cv sqrt(2/3) / 2.
    features = feats(lines("a = 1", "b = 2", "", "c = 3", "", "d = 4", "e = 5", "f = 6"))
    assert features["rhythm.paragraph_mean"] == pytest.approx(2.0)
    assert features["rhythm.paragraph_cv"] == pytest.approx(math.sqrt(2 / 3) / 2)
    assert features["layout.blank_line_fraction"] == pytest.approx(2 / 8)
    assert features["layout.double_blank_fraction"] == 0.0


def test_regular_paragraphs_have_zero_cv_and_irregular_ones_more() -> None:
    regular = feats(lines("a = 1", "b = 2", "", "c = 3", "d = 4", "", "e = 5", "f = 6"))
    irregular = feats(lines("a = 1", "", "b = 2", "c = 3", "d = 4", "e = 5", "", "f = 6"))
    assert regular["rhythm.paragraph_cv"] == 0.0
    assert num(irregular, "rhythm.paragraph_cv") > 0.5
    assert regular["rhythm.paragraph_mean"] == irregular["rhythm.paragraph_mean"] == 2.0


def test_double_blank_lines_are_counted() -> None:
    features = feats(lines("a = 1", "", "", "b = 2"))
    assert features["layout.double_blank_fraction"] == pytest.approx(1 / 4)
    assert features["layout.blank_line_fraction"] == pytest.approx(2 / 4)
    # Still two paragraphs of one line each.
    assert features["rhythm.paragraph_mean"] == 1.0
    assert features["rhythm.paragraph_cv"] == 0.0


def test_single_paragraph_has_no_paragraph_statistics() -> None:
    features = feats(lines("# Only one block.", "a = 1", "b = 2"))
    assert features["rhythm.paragraph_mean"] is None
    assert features["rhythm.paragraph_cv"] is None
    assert features["rhythm.comment_led_paragraph_fraction"] is None


@pytest.mark.parametrize(
    ("language", "marker"), [("python", "#"), ("javascript", "//"), ("java", "/*"), ("go", "//")]
)
def test_comment_led_paragraph_fraction(language: str, marker: str) -> None:
    comment = f"{marker} Set up the two values. */" if marker == "/*" else f"{marker} Set up the two values."
    text = lines(comment, "a = 1;", "", "b = 2;", "", "c = 3;")
    assert feats(text, language)["rhythm.comment_led_paragraph_fraction"] == pytest.approx(1 / 3)


def test_comment_led_paragraph_uses_the_languages_own_marker() -> None:
    # In JavaScript a leading "#" is not a comment, and in Python "//" is not one.
    assert feats(lines("# x", "a = 1;", "", "b = 2;"), "javascript")["rhythm.comment_led_paragraph_fraction"] == 0.0
    assert feats(lines("// x", "a = 1", "", "b = 2"), "python")["rhythm.comment_led_paragraph_fraction"] == 0.0


# --------------------------------------------------------------------------- line-length shape


def test_line_length_shape_exact() -> None:
    # Nine 5-char lines and two 50-char lines: sorted index int(0.9 * 11) = 9 is a 50.
    short = ["a = 1"] * 9
    long = ["b = " + "1" * 46] * 2
    features = feats(lines(*short, *long))
    mean = (9 * 5 + 2 * 50) / 11
    assert features["layout.mean_line_length"] == pytest.approx(mean)
    assert features["layout.p90_over_mean_length"] == pytest.approx(50 / mean)
    assert features["layout.short_line_fraction"] == pytest.approx(9 / 11)
    deviations = [5 - mean] * 9 + [50 - mean] * 2
    variance = sum(d**2 for d in deviations) / 11
    skew = sum(d**3 for d in deviations) / 11 / variance**1.5
    assert features["layout.line_length_skew"] == pytest.approx(skew)
    assert num(features, "layout.line_length_skew") > 0


def test_line_length_skew_sign_and_symmetry() -> None:
    few_long = feats(lines(*(["a = 1"] * 6), "b = " + "1" * 40))
    few_short = feats(lines(*(["b = " + "1" * 40] * 6), "a = 1"))
    balanced = feats(lines("a = 1", "b = " + "1" * 40, "a = 1", "b = " + "1" * 40))
    assert num(few_long, "layout.line_length_skew") > 1.0
    assert num(few_short, "layout.line_length_skew") < -1.0
    assert balanced["layout.line_length_skew"] == pytest.approx(0.0, abs=1e-12)


def test_equal_line_lengths_have_no_skew() -> None:
    features = feats(lines("a = 1", "b = 2", "c = 3"))
    assert features["layout.line_length_skew"] is None
    assert features["layout.p90_over_mean_length"] == 1.0
    assert features["layout.short_line_fraction"] == 1.0
    assert features["layout.line_length_std"] == 0.0


def test_short_line_threshold_is_inclusive_at_20() -> None:
    twenty = "x = " + "1" * 16
    twenty_one = "x = " + "1" * 17
    assert len(twenty) == 20 and len(twenty_one) == 21
    assert feats(lines(twenty, twenty_one))["layout.short_line_fraction"] == 0.5


# --------------------------------------------------------------------------- names


def test_distinct_name_length_and_entropy_exact_python() -> None:
    # Uses: ab, cd, ab, efghij; distinct lengths 2, 2, 6.
    features = feats(lines("ab = cd", "ab = efghij"))
    mean = 10 / 3
    assert features["lexis.distinct_name_mean_length"] == pytest.approx(mean)
    assert features["lexis.distinct_name_length_std"] == pytest.approx(math.sqrt(32 / 9))
    assert features["lexis.short_name_fraction"] == pytest.approx(2 / 3)
    assert features["lexis.descriptive_name_fraction"] == pytest.approx(1 / 3)
    assert features["lexis.identifier_mean_length"] == pytest.approx(12 / 4)
    # Characters of all uses "abcdabefghij": a and b twice, eight letters once, 12 in all.
    char_entropy = -(2 * (2 / 12) * math.log2(2 / 12) + 8 * (1 / 12) * math.log2(1 / 12))
    assert features["lexis.identifier_char_entropy"] == pytest.approx(char_entropy)
    # Use counts 2, 1, 1 -> H = 1.5 bits, normalised by log2(4 uses) = 2.
    assert features["lexis.identifier_token_entropy"] == pytest.approx(0.75)
    assert features["lexis.digit_name_fraction"] == 0.0


def test_distinct_name_features_in_java_skip_keywords() -> None:
    # "int" and "return" are Java keywords; names are count, total, accumulator (5, 5, 11 chars).
    features = feats(lines("int count = total;", "int accumulator = count;", "return accumulator;"), "java")
    assert features["lexis.distinct_name_mean_length"] == pytest.approx(7.0)
    assert features["lexis.distinct_name_length_std"] == pytest.approx(math.sqrt((4 + 4 + 16) / 3))
    assert features["lexis.short_name_fraction"] == 0.0
    assert features["lexis.descriptive_name_fraction"] == pytest.approx(1 / 3)


def test_names_in_strings_and_comments_are_ignored() -> None:
    plain = feats(lines("ab = cd", "ab = efghij"))
    noisy = feats(lines("# zzzzzzzzzzzz qqqqqqqqq", "ab = cd", "ab = efghij  # wwwwwwwwwww"))
    for name in ("lexis.distinct_name_mean_length", "lexis.identifier_char_entropy", "lexis.short_name_fraction"):
        assert noisy[name] == plain[name]


def test_token_entropy_is_one_when_every_use_is_a_new_name_and_lower_with_repeats() -> None:
    distinct = feats(lines("a = b + c + d"))
    repeated = feats(lines("a = a + a + b"))
    assert distinct["lexis.identifier_token_entropy"] == pytest.approx(1.0)
    # Counts 3, 1 over 4 uses: H = 2 - 0.75 * log2(3), divided by 2.
    expected = (-(0.75 * math.log2(0.75) + 0.25 * math.log2(0.25))) / 2
    assert repeated["lexis.identifier_token_entropy"] == pytest.approx(expected)
    assert num(repeated, "lexis.identifier_token_entropy") < num(distinct, "lexis.identifier_token_entropy")


def test_char_entropy_rises_with_letter_variety() -> None:
    monotone = feats(lines("aaaa = aaa + aa"))
    varied = feats(lines("abcd = efg + hi"))
    assert monotone["lexis.identifier_char_entropy"] == 0.0
    assert varied["lexis.identifier_char_entropy"] == pytest.approx(math.log2(9))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("python", lines("x1 = y", "x2 = y")),
        ("javascript", lines("let x1 = y;", "let x2 = y;")),
        ("java", lines("int x1 = y;", "int x2 = y;")),
    ],
)
def test_digit_name_fraction_counts_distinct_names(language: str, text: str) -> None:
    # Distinct non-keyword names: x1, x2, y ("let" and "int" are keywords).
    assert feats(text, language)["lexis.digit_name_fraction"] == pytest.approx(2 / 3)


def test_digits_in_numbers_are_not_names() -> None:
    assert feats(lines("total = 1024 + 0x1F + 3.5e10"))["lexis.digit_name_fraction"] == 0.0


# --------------------------------------------------------------------------- quote consistency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (lines("a = 'x'", "b = 'y'", "c = 'z'"), 1.0),
        (lines('a = "x"', 'b = "y"', 'c = "z"'), 1.0),
        (lines("a = 'x'", "b = 'y'", 'c = "z"'), 2 / 3),
        (lines("a = 'x'", 'b = "y"', "c = 'z'", 'd = "w"'), 0.5),
        (lines("a = r'x'", "b = f'y'", 'c = b"z"'), 2 / 3),
        (lines("a = 'x'", 'b = "y"'), None),
    ],
)
def test_quote_consistency_python_exact(text: str, expected: float | None) -> None:
    value = feats(text)["lexis.quote_consistency"]
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected)


def test_quote_consistency_javascript_drops_when_one_string_switches_style() -> None:
    consistent = lines("const a = 'x';", "const b = 'y';", "const c = 'z';", "const d = 'w';")
    mixed = consistent.replace("'w'", '"w"')
    assert feats(consistent, "javascript")["lexis.quote_consistency"] == 1.0
    assert feats(mixed, "javascript")["lexis.quote_consistency"] == pytest.approx(3 / 4)


def test_quote_consistency_ignores_apostrophes_in_words() -> None:
    text = lines("# don't stop, it's fine", "a = 'x'", "b = 'y'", "c = 'z'")
    assert feats(text)["lexis.quote_consistency"] == 1.0


def test_quote_consistency_does_not_depend_on_docstring_punctuation() -> None:
    body = lines("a = 'x'", "b = 'y'", "c = 'z'")
    with_period = feats('"""Doc."""\n' + body)["lexis.quote_consistency"]
    without_period = feats('"""Doc"""\n' + body)["lexis.quote_consistency"]
    assert with_period == without_period


# --------------------------------------------------------------------------- comments

MIXED_COMMENTS = ("Return the value to caller.", "Return value.", "return the value to caller.")


@pytest.mark.parametrize(("language", "marker"), [("python", "#"), ("javascript", "//"), ("java", "//")])
def test_comment_sentence_features_exact(language: str, marker: str) -> None:
    text = lines(*(f"{marker} {body}" for body in MIXED_COMMENTS), "value = 1;")
    features = feats(text, language)
    # Only the first is capitalised, >= 4 words and ends with a period.
    assert features["comments.full_sentence_fraction"] == pytest.approx(1 / 3)
    assert features["comments.capitalised_fraction"] == pytest.approx(2 / 3)
    assert features["comments.period_end_fraction"] == 1.0
    assert features["comments.mean_words"] == pytest.approx((5 + 2 + 5) / 3)
    # Word lengths: 6+3+5+2+7, 6+6, 6+3+5+2+7 over 12 words.
    assert features["comments.mean_word_length"] == pytest.approx(58 / 12)
    # Three comments over four non-blank lines.
    assert features["comments.per_100_lines"] == pytest.approx(75.0)
    assert features["comments.space_after_marker_fraction"] == 1.0


@pytest.mark.parametrize(("language", "marker"), [("python", "#"), ("javascript", "//")])
def test_full_sentence_comments_versus_terse_lowercase_comments(language: str, marker: str) -> None:
    sentences = lines(
        f"{marker} Load the settings from disk first.",
        "settings = load();",
        f"{marker} Retry the request when it times out.",
        "response = fetch(settings);",
    )
    terse = lines(f"{marker} load cfg", "settings = load();", f"{marker} retry", "response = fetch(settings);")
    full, short = feats(sentences, language), feats(terse, language)
    assert full["comments.full_sentence_fraction"] == 1.0
    assert short["comments.full_sentence_fraction"] == 0.0
    assert full["comments.capitalised_fraction"] == 1.0
    assert short["comments.capitalised_fraction"] == 0.0
    assert num(full, "comments.mean_word_length") > num(short, "comments.mean_word_length")
    assert full["comments.per_100_lines"] == short["comments.per_100_lines"] == 50.0


def test_full_sentence_needs_all_three_conditions() -> None:
    cases = {
        "Four words but no period": 0.0,
        "four words with period.": 0.0,
        "Too short.": 0.0,
        "Four words with period.": 1.0,
    }
    for body, expected in cases.items():
        assert feats(lines(f"# {body}", "a = 1"))["comments.full_sentence_fraction"] == expected, body


def test_python_docstring_counts_as_full_sentence_comment() -> None:
    features = feats(lines('"""Return the parsed configuration file."""', "a = 1"))
    assert features["comments.full_sentence_fraction"] == 1.0
    assert features["comments.mean_words"] == 5.0
    assert features["comments.doc_blocks_per_100_lines"] == 50.0


def test_no_comments_leaves_ratio_features_unmeasured_but_rates_zero() -> None:
    features = feats(lines("a = 1", "b = 2"))
    for name in ("comments.full_sentence_fraction", "comments.capitalised_fraction", "comments.mean_word_length"):
        assert features[name] is None
    assert features["comments.per_100_lines"] == 0.0


def test_multiline_javadoc_counts_like_the_same_line_comment() -> None:
    block = feats(lines("/**", " * Adds two numbers together here.", " */", "int add(int a, int b);"), "java")
    line = feats(lines("// Adds two numbers together here.", "int add(int a, int b);"), "java")
    for name in ("comments.capitalised_fraction", "comments.period_end_fraction", "comments.full_sentence_fraction"):
        assert block[name] == line[name] == 1.0, name


def test_block_comment_closing_marker_is_not_a_word() -> None:
    block = feats(lines("/* Add two numbers. */", "int x = 1;"), "java")
    assert block["comments.mean_words"] == 3.0
    assert block["comments.full_sentence_fraction"] == 0.0


# --------------------------------------------------------------------------- defensive checks


def test_none_checks_and_raises_python_exact() -> None:
    text = lines(
        "if value is None:",
        "    raise ValueError()",
        "if other is not None:",
        "    result = other",
        "if not result:",
        "    raise KeyError()",
    )
    features = feats(text)
    assert features["defensive.none_checks_per_100_lines"] == pytest.approx(100 * 2 / 6)
    assert features["defensive.raises_per_100_lines"] == pytest.approx(100 * 2 / 6)
    assert features["defensive.not_checks_per_100_lines"] == pytest.approx(100 * 1 / 6)


def test_defensive_words_in_comments_and_strings_do_not_count() -> None:
    text = lines("# raise if value is None", 'message = "raise it if value is None"', "if not_ready:", "    pass")
    features = feats(text)
    assert features["defensive.none_checks_per_100_lines"] == 0.0
    assert features["defensive.raises_per_100_lines"] == 0.0
    # "if not_ready" is a name, not a negated guard.
    assert features["defensive.not_checks_per_100_lines"] == 0.0


def test_none_checks_and_throws_javascript_exact() -> None:
    text = lines(
        "if (a === null) {",
        '    throw new Error("a");',
        "}",
        "if (b !== undefined && !c) {",
        "    use(b);",
        "}",
        "if (!d) { return; }",
        "const e = null;",
    )
    features = feats(text, "javascript")
    # a === null, b !== undefined; "const e = null" is an assignment, not a check.
    assert features["defensive.none_checks_per_100_lines"] == pytest.approx(100 * 2 / 8)
    assert features["defensive.raises_per_100_lines"] == pytest.approx(100 * 1 / 8)
    assert features["defensive.not_checks_per_100_lines"] == pytest.approx(100 * 1 / 8)


def test_null_checks_and_throws_java_exact() -> None:
    text = lines(
        "void run(String name) throws IOException {",
        "    if (name == null) {",
        '        throw new IllegalArgumentException("name");',
        "    }",
        "    if (null != cache) {",
        "        cache.clear();",
        "    }",
        "}",
    )
    features = feats(text, "java")
    # "throws" in the signature is not a throw.
    assert features["defensive.raises_per_100_lines"] == pytest.approx(100 * 1 / 8)
    assert features["defensive.none_checks_per_100_lines"] == pytest.approx(100 * 2 / 8)


def test_go_nil_and_rust_option_checks() -> None:
    go = feats(lines("if err != nil {", "    return err", "}", "return nil"), "go")
    assert go["defensive.none_checks_per_100_lines"] == pytest.approx(100 * 1 / 4)
    rust = feats(lines("if value.is_none() {", "    return;", "}", "if other.is_some() {", "}"), "rust")
    assert rust["defensive.none_checks_per_100_lines"] == pytest.approx(100 * 2 / 5)


def test_defensive_rates_grow_with_checks() -> None:
    plain = feats(lines("def f(a, b):", "    c = a + b", "    return c"))
    guarded = feats(lines("def f(a, b):", "    if a is None:", "        raise TypeError()", "    return a + b"))
    assert plain["defensive.none_checks_per_100_lines"] == plain["defensive.raises_per_100_lines"] == 0.0
    assert num(guarded, "defensive.none_checks_per_100_lines") > 0
    assert num(guarded, "defensive.raises_per_100_lines") > 0


def test_loose_undefined_checks_count_both_ways() -> None:
    equal = feats(lines("if (x == undefined) {", "}"), "javascript")
    not_equal = feats(lines("if (x != undefined) {", "}"), "javascript")
    assert equal["defensive.none_checks_per_100_lines"] == not_equal["defensive.none_checks_per_100_lines"] == 50.0


# --------------------------------------------------------------------------- assignment / comparison spacing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (lines("a = 1", "b = 2", "c = 3"), 1.0),
        (lines("a = 1", "b = 2", "c=3"), 2 / 3),
        (lines("a=1", "b=2", "c =3", "d= 4"), 0.0),
        (lines("a = 1", "b += 2", "c -= 3", "d*=4"), 3 / 4),
        (lines("a = 1", "b = 2"), None),
        # Keyword arguments and their continuation lines are left out on purpose.
        (lines("a = 1", "b = 2", "c = 3", "f(key=1)", "g(", "    key=value,", ")"), 1.0),
    ],
)
def test_spaced_assignment_fraction_python_exact(text: str, expected: float | None) -> None:
    value = feats(text)["layout.spaced_assignment_fraction"]
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected)


def test_spaced_assignment_fraction_java() -> None:
    spaced = lines("int a = 1;", "String b = name;", "this.c = 3;", "d += 4;")
    cramped = lines("int a=1;", "String b=name;", "this.c = 3;", "d+=4;")
    assert feats(spaced, "java")["layout.spaced_assignment_fraction"] == 1.0
    assert feats(cramped, "java")["layout.spaced_assignment_fraction"] == pytest.approx(1 / 4)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("python", lines("if a == b:", "    pass", "if c!=d:", "    pass"), 0.5),
        ("python", lines("x = a <= b", "y = c >= d", "z = e== f"), 2 / 3),
        ("python", lines("if a == b:", "    pass"), None),
        ("java", lines("if (a == b) {}", "if (c != d) {}", "if (e<=f) {}"), 2 / 3),
    ],
)
def test_spaced_comparison_fraction_exact(language: str, text: str, expected: float | None) -> None:
    value = feats(text, language)["layout.spaced_comparison_fraction"]
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected)


def test_comparisons_inside_strings_are_not_counted() -> None:
    text = lines('a = "x==y"', 'b = "p != q"', "if c == d:", "    pass")
    assert feats(text)["layout.spaced_comparison_fraction"] is None


def test_statement_level_comparisons_are_not_assignments() -> None:
    text = lines("a = 1", "b = 2", "c = 3", "if a >= b:", "    pass", "while b <= c:", "    pass")
    assert feats(text)["layout.spaced_assignment_fraction"] == 1.0


def test_annotated_assignment_with_spaces_is_spaced() -> None:
    text = lines("a: int = 1", "b: str = name", "c: list[int] = []")
    assert feats(text)["layout.spaced_assignment_fraction"] == 1.0


def test_javascript_strict_equality_counts_as_comparison() -> None:
    text = lines("if (a === b) {}", "if (c!==d) {}")
    assert feats(text, "javascript")["layout.spaced_comparison_fraction"] == 0.5


# --------------------------------------------------------------------------- fast pattern forms

# lexical.py writes several patterns in a fast form that must match exactly what the plain form
# matches (see "Fast forms" there). These token soups are dense in what the patterns look at:
# quotes and prefix letters, operators and spaces, keywords, brackets, non-ASCII word characters.
_SOUP_TOKENS = (
    '"', "'", '"""', "'''", "r", "b", "L", "f", "rb", "x", "é", "١", "=", "==", "===", "!", "!=", "<", ">",
    "<=", "=>", " ", " ", "  ", "\n", "\n", "\n\n", "(", "[", ")", "]", ",", ", ", "if", "elif", "for",
    "while", "switch", "catch", "raise", "throw", "is", "not", "None", "null", "nil", "NULL", "undefined",
    ".is_none()", ".is_some()", "#", "//", "/*", "*/", "`", "\\", "1", "0.5", ".", "_", "a_b", ":", "+",
    "-", "*", "/", "%", "&", "|", "^", "\t",
)  # fmt: skip


def _token_soups(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_SOUP_TOKENS) for _ in range(rng.randint(1, 80))) for _ in range(count)]


def test_fast_pattern_forms_match_their_plain_forms() -> None:
    import re

    from provenance.classifier.features import lexical

    def plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    plain_tokenisers = {
        "hash": plain(r"(?P<line>#[^\n]*)|" + lexical._STRING),
        "c": plain(r"(?P<block>/\*[\s\S]*?\*/)|(?P<line>//[^\n]*)|" + lexical._STRING + lexical._TEMPLATE_STRING),
        "none": plain(lexical._STRING),
    }
    identifier = plain(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
    number = plain(r"(?<![\w.])\d+(?:\.\d+)?")
    assign_or_compare = plain(r"(?<![=!<>+\-*/%&|^:])(?:==|!=|<=|>=|\+=|-=|\*=|/=|=)(?![=>])")
    spaced_assign_or_compare = plain(r"(?<= )(?:==|!=|<=|>=|\+=|-=|\*=|/=|=)(?= )")
    keyword_paren = plain(r"\b(?:if|elif|for|while|switch|catch)\s?\(")
    keyword_space_paren = plain(r"\b(?:if|elif|for|while|switch|catch) \(")
    compare = plain(r"(?=[ =!<>])(?<![=!<>])( ?)(?:===|!==|==|!=|<=|>=)( ?)(?![=>])")
    single = plain(r"""(?<![\w"'])[rRbBuUfF]{0,2}'(?!'')(?:[^'\\\n]|\\.)*'""")
    double = plain(r"""(?<![\w"'])[rRbBuUfF]{0,2}"(?!"")(?:[^"\\\n]|\\.)*\"""")
    none_check = plain(
        r"\bis not None\b|\bis None\b|[!=]==? ?null\b|\bnull ?[!=]==?|[!=]= ?nil\b|== ?NULL\b|!= ?NULL\b"
        r"|\.is_none\(\)|\.is_some\(\)|[!=]==? ?undefined\b"
    )
    not_check = plain(r"\bif not \w|\bif \(!\w|\bif !\w")
    raises = plain(r"\b(?:raise|throw)\b")

    for text in _token_soups(3000, seed=20240611):
        equals_lines = "\n".join([line for line in text.split("\n") if "=" in line])
        for style, tokeniser in lexical._TOKENISERS.items():
            expected = [(match.span(), match.lastgroup) for match in plain_tokenisers[style].finditer(text)]
            assert [(match.span(), match.lastgroup) for match in tokeniser.finditer(text)] == expected
        assert lexical._IDENTIFIER.findall(text) == identifier.findall(text)
        assert len(lexical._NUMBER.findall(text)) == len(number.findall(text))
        # The '=' patterns are searched for in the lines holding an '=' only.
        assert len(lexical._ASSIGN_OR_COMPARE.findall(equals_lines)) == len(assign_or_compare.findall(text))
        spaced = lexical._SPACED_ASSIGN_OR_COMPARE
        assert len(spaced.findall(equals_lines)) == len(spaced_assign_or_compare.findall(text))
        assert lexical._COMPARE.findall(equals_lines) == compare.findall(text)
        spacing = [space for pattern in lexical._KEYWORD_PARENS for space in pattern.findall(text)]
        assert (len(spacing), spacing.count(" ")) == (
            len(keyword_paren.findall(text)), len(keyword_space_paren.findall(text))
        )
        assert len(lexical._SINGLE_QUOTED.findall(text)) == len(single.findall(text))
        assert len(lexical._DOUBLE_QUOTED.findall(text)) == len(double.findall(text))
        assert len(lexical._NONE_CHECK.findall(text)) == len(none_check.findall(text))
        assert len(lexical._NOT_CHECK.findall(text)) == len(not_check.findall(text))
        assert sum(len(pattern.findall(text)) for pattern in lexical._RAISES) == len(raises.findall(text))


def test_layout_ratios_match_plain_patterns() -> None:
    """The comma and bracket counts are str.count arithmetic; they must equal the plain patterns'."""
    import re

    from provenance.classifier.features.lexical import split_source

    def ratio(numerator: int, denominator: int) -> float | None:
        return numerator / denominator if denominator else None

    checked = 0
    soups = _token_soups(2000, seed=7)
    # Normalised text, as scoring sees it, and raw text, which other callers may pass (a raw text can
    # end in an opening bracket).
    for text in soups + [normalise_source(soup) for soup in soups]:
        if not any(text.split("\n")[:-1]):
            continue  # no complete non-blank line: lexical_features refuses it
        features = lexical_features(text, language_by_name("javascript"))
        code = split_source(text, "c").code
        assert features["layout.space_after_comma_fraction"] == ratio(
            len(re.findall(r", ", code)), len(re.findall(r",(?=[^\n])", code))
        )
        assert features["layout.paren_inner_space_fraction"] == ratio(
            len(re.findall(r"[(\[] ", code)), len(re.findall(r"[(\[](?=[^)\]\n])", code))
        )
        checked += 1
    assert checked > 2000
