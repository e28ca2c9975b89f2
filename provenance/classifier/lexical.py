"""Language-agnostic lexical features: layout, naming, comments and lexis.

These work on any text, so every language gets them, with or without a grammar. Each feature is a
rate or a mean (never a raw count) so that a 20-line hunk and a 2,000-line file are comparable, and
`None` means "not measurable here" (e.g. comment style in a file without comments); the model
replaces `None` with the training mean, which makes that feature neutral.

The input must already be normalised (see normalise.py). Everything runs as whole-text regular
expressions rather than per-token Python loops, because scoring throughput depends on it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .languages import CommentStyle, LanguageSpec

FeatureValues = dict[str, float | None]

_STRING = (
    r'(?P<doc>(?<![\w"\'])[rRbBuUfF]{0,2}(?:"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'))'
    r'|(?P<str>(?<![\w"\'])[rRbBuUfFL]{0,2}(?:"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'))'
)
_TEMPLATE_STRING = r"|(?P<tpl>`[^`]*`)"
_TOKENISERS: dict[CommentStyle, re.Pattern[str]] = {
    "hash": re.compile(r"(?P<line>#[^\n]*)|" + _STRING),
    "c": re.compile(r"(?P<block>/\*[\s\S]*?\*/)|(?P<line>//[^\n]*)|" + _STRING + _TEMPLATE_STRING),
    "none": re.compile(_STRING),
}

_IDENTIFIER = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
# Assignment and comparison operators; arithmetic is left out because unary minus, pointers and
# generics make its spacing ambiguous.
_ASSIGN_OR_COMPARE = re.compile(r"(?<![=!<>+\-*/%&|^:])(?:==|!=|<=|>=|\+=|-=|\*=|/=|=)(?![=>])")
_SPACED_ASSIGN_OR_COMPARE = re.compile(r"(?<= )(?:==|!=|<=|>=|\+=|-=|\*=|/=|=)(?= )")
_COMMA_FOLLOWED = re.compile(r",(?=[^\n])")
_COMMA_SPACED = re.compile(r", ")
_KEYWORD_PAREN = re.compile(r"\b(?:if|elif|for|while|switch|catch)\s?\(")
_KEYWORD_SPACE_PAREN = re.compile(r"\b(?:if|elif|for|while|switch|catch) \(")
_OPEN_PAREN_CONTENT = re.compile(r"[(\[](?=[^)\]\n])")
_OPEN_PAREN_SPACE = re.compile(r"[(\[] ")
_SNAKE_NAME = re.compile(r"^_*[a-z0-9]+(?:_[a-z0-9]+)+$")
_CAMEL_NAME = re.compile(r"^_*[a-z]+[0-9]*(?:[A-Z][a-z0-9]+)+$|^(?:[A-Z][a-z0-9]+){2,}$")
_CODE_LIKE_COMMENT = re.compile(r"[;{}]\s*$|^\s*[\w.]+\s*\(.*\)\s*;?$|^\s*[\w.\[\]]+\s*=[^=]")
_COMMENT_MARKER = re.compile(r"^(?:#+|//+|/\*+|\*+/?|\*)")
_SPACED_COMMENT_MARKER = re.compile(r"^(?:#+|//+)(?: |!|$)")
_BLOCK_LINE_STAR = re.compile(r"^[ \t]*\*+", re.MULTILINE)
# Statement-level assignments (target at line start, so keyword arguments `f(a=1)` and their
# continuation lines `    key=value,` are not counted: PEP 8 leaves those unspaced on purpose).
# The target may hold generics (`List<T> x = ...`) but may not end in '<' or '>', which would make
# `if a >= b` an assignment; an annotation (`x: int = 5`) may not end in a space, which would
# swallow the space before '='.
_ASSIGN_LINE = re.compile(
    r"^[ ]*[\w.\[\]<>\"]+(?: [\w.\[\]<>\"]+)*?(?:[ ]*,[ ]*[\w.\[\]\"]+)*(?:[ ]*:[ ]*[\w.\[\], ]*[\w.\[\]])?"
    r"(?<![<>])( ?)(?:[-+*/%|&^]|//|<<|>>)?=( ?)(?!=)(?!.*,$)",
    re.MULTILINE,
)
# `===` and `!==` (JavaScript/TypeScript strict forms) are tried first so they count as one comparison.
_COMPARE = re.compile(r"(?=[ =!<>])(?<![=!<>])( ?)(?:===|!==|==|!=|<=|>=)( ?)(?![=>])")
# A quote that opens a triple quote is no literal of its own: docstrings and other triple-quoted
# strings are left out of quote consistency (their delimiters used to read as one or two "" literals).
_SINGLE_QUOTED = re.compile(r"(?=[rRbBuUfF'])(?<![\w\"'])[rRbBuUfF]{0,2}'(?!'')(?:[^'\\\n]|\\.)*'")
_DOUBLE_QUOTED = re.compile(r'(?=[rRbBuUfF"])(?<![\w"\'])[rRbBuUfF]{0,2}"(?!"")(?:[^"\\\n]|\\.)*"')
# A leading lookahead on the possible first characters only makes a pattern fast, never changes it.
_NONE_CHECK = re.compile(
    r"(?=[i!=n.])(?:\bis not None\b|\bis None\b|[!=]==? ?null\b|\bnull ?[!=]==?|[!=]= ?nil\b|== ?NULL\b|!= ?NULL\b"
    r"|\.is_none\(\)|\.is_some\(\)|[!=]==? ?undefined\b)"
)
_NOT_CHECK = re.compile(r"(?=i)(?:\bif not \w|\bif \(!\w|\bif !\w)")
_RAISE = re.compile(r"(?=[rt])\b(?:raise|throw)\b")
LONG_LINE = 80
LONG_NAME = 10


@dataclass(frozen=True)
class SplitSource:
    """A normalised text cut into code (strings blanked, comments removed) and its comments."""

    code: str
    comment_texts: list[str]
    trailing_comment_count: int
    comment_line_count: int
    comment_chars: int
    doc_block_count: int
    string_count: int


def split_source(text: str, comment_style: CommentStyle) -> SplitSource:
    """Separate comments and string literals from code, keeping line structure intact."""
    pieces: list[str] = []
    comment_texts: list[str] = []
    commented_lines: set[int] = set()
    trailing = 0
    comment_chars = 0
    doc_blocks = 0
    strings = 0
    position = 0
    line_number = 0
    for match in _TOKENISERS[comment_style].finditer(text):
        start = match.start()
        before = text[position:start]
        pieces.append(before)
        line_number += before.count("\n")
        token = match.group()
        newlines = token.count("\n")
        kind = match.lastgroup
        if kind == "line" or kind == "block":
            comment_chars += len(token)
            line_start = text.rfind("\n", 0, start) + 1
            if text[line_start:start].strip():
                trailing += 1
            commented_lines.update(range(line_number, line_number + newlines + 1))
            if token.startswith("/**"):
                doc_blocks += 1
            comment_texts.append(token)
            pieces.append("\n" * newlines)
        elif kind == "doc":
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip():
                # A triple-quoted string standing alone as a statement is a docstring: count it
                # with the comments, since that is what it is for a reader.
                doc_blocks += 1
                comment_texts.append(token.strip("rRbBuUfF").strip("\"'"))
                comment_chars += len(token)
                commented_lines.update(range(line_number, line_number + newlines + 1))
            else:
                strings += 1
            pieces.append('""' + "\n" * newlines)
        else:
            strings += 1
            pieces.append('""' + "\n" * newlines)
        line_number += newlines
        position = match.end()
    pieces.append(text[position:])
    return SplitSource(
        code="".join(pieces),
        comment_texts=comment_texts,
        trailing_comment_count=trailing,
        comment_line_count=len(commented_lines),
        comment_chars=comment_chars,
        doc_block_count=doc_blocks,
        string_count=strings,
    )


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _entropy(counts: Iterable[int]) -> float:
    counts = list(counts)
    total = sum(counts)
    return -sum(count / total * math.log2(count / total) for count in counts if count)


def _rhythm_features(lines: list[str], lengths: list[int], comment_prefixes: tuple[str, ...]) -> FeatureValues:
    """Paragraphs (runs of non-blank lines): their size and its regularity, and how many open with a
    comment; and the shape of the line-length distribution."""
    runs: list[int] = []
    current = 0
    paragraphs = comment_led = 0
    for line in lines:
        if line:
            if not current:
                paragraphs += 1
                if line.lstrip().startswith(comment_prefixes):
                    comment_led += 1
            current += 1
        elif current:
            runs.append(current)
            current = 0
    if current:
        runs.append(current)
    features: FeatureValues = {
        "rhythm.paragraph_mean": None,
        "rhythm.paragraph_cv": None,
        "rhythm.comment_led_paragraph_fraction": comment_led / paragraphs if paragraphs >= 2 else None,
    }
    if len(runs) >= 2:
        mean = sum(runs) / len(runs)
        features["rhythm.paragraph_mean"] = mean
        features["rhythm.paragraph_cv"] = math.sqrt(sum((run - mean) ** 2 for run in runs) / len(runs)) / mean
    ordered = sorted(lengths)
    count = len(ordered)
    mean = sum(ordered) / count
    variance = sum((length - mean) ** 2 for length in ordered) / count
    features["layout.p90_over_mean_length"] = ordered[min(count - 1, int(0.9 * count))] / mean if mean else None
    features["layout.short_line_fraction"] = sum(1 for length in ordered if length <= 20) / count
    features["layout.line_length_skew"] = (
        sum((length - mean) ** 3 for length in ordered) / count / variance**1.5 if variance > 0 else None
    )
    return features


def _habit_features(text: str, code: str, code_line_count: int) -> FeatureValues:
    """Spacing of statement-level assignments and comparisons, quote-style consistency and
    defensive checks (None/null/nil tests, negated guards, raise/throw)."""
    # Only lines with "=" can match; searching just those gives the same matches three times faster.
    assigns = _ASSIGN_LINE.findall("\n".join([line for line in code.split("\n") if "=" in line]))
    compares = _COMPARE.findall(code)
    singles = len(_SINGLE_QUOTED.findall(text))
    doubles = len(_DOUBLE_QUOTED.findall(text))
    return {
        "layout.spaced_assignment_fraction": (
            sum(1 for before, after in assigns if before and after) / len(assigns) if len(assigns) >= 3 else None
        ),
        "layout.spaced_comparison_fraction": (
            sum(1 for before, after in compares if before and after) / len(compares) if len(compares) >= 2 else None
        ),
        "lexis.quote_consistency": max(singles, doubles) / (singles + doubles) if singles + doubles >= 3 else None,
        "defensive.none_checks_per_100_lines": 100 * len(_NONE_CHECK.findall(code)) / code_line_count,
        "defensive.not_checks_per_100_lines": 100 * len(_NOT_CHECK.findall(code)) / code_line_count,
        "defensive.raises_per_100_lines": 100 * len(_RAISE.findall(code)) / code_line_count,
    }


def _layout_features(lines: list[str], split: SplitSource) -> FeatureValues:
    code_lines = [line for line in lines if line]
    lengths = [len(line) for line in code_lines]
    count = len(code_lines)
    mean_length = sum(lengths) / count
    variance = sum((length - mean_length) ** 2 for length in lengths) / count
    indents = [len(line) - len(line.lstrip(" ")) for line in code_lines]
    nonzero_indents = [indent for indent in indents if indent]
    indent_step = min(nonzero_indents) if nonzero_indents else 0
    blank_after_blank = sum(1 for i in range(1, len(lines)) if not lines[i] and not lines[i - 1])
    code = split.code
    operators = len(_ASSIGN_OR_COMPARE.findall(code))
    commas = len(_COMMA_FOLLOWED.findall(code))
    keyword_parens = len(_KEYWORD_PAREN.findall(code))
    open_parens = len(_OPEN_PAREN_CONTENT.findall(code))
    return {
        "layout.mean_line_length": mean_length,
        "layout.line_length_std": math.sqrt(variance),
        "layout.long_line_fraction": sum(1 for length in lengths if length > LONG_LINE) / count,
        "layout.blank_line_fraction": (len(lines) - count) / len(lines),
        "layout.double_blank_fraction": blank_after_blank / len(lines),
        "layout.mean_indent_levels": sum(indents) / count / 4,
        "layout.max_indent_levels": min(max(indents) / 4, 10.0),
        "layout.indent_inconsistency": (
            sum(1 for indent in nonzero_indents if indent % indent_step) / len(nonzero_indents)
            if nonzero_indents
            else None
        ),
        "layout.spaced_operator_fraction": _ratio(
            len(_SPACED_ASSIGN_OR_COMPARE.findall(code)), operators
        ),
        "layout.space_after_comma_fraction": _ratio(len(_COMMA_SPACED.findall(code)), commas),
        "layout.keyword_paren_space_fraction": _ratio(
            len(_KEYWORD_SPACE_PAREN.findall(code)), keyword_parens
        ),
        "layout.paren_inner_space_fraction": _ratio(len(_OPEN_PAREN_SPACE.findall(code)), open_parens),
    }


def _naming_features(code: str, keywords: frozenset[str], code_line_count: int) -> FeatureValues:
    identifiers = [name for name in _IDENTIFIER.findall(code) if name not in keywords]
    if not identifiers:
        return {
            "lexis.identifier_mean_length": None,
            "lexis.single_char_identifier_fraction": None,
            "lexis.long_identifier_fraction": None,
            "lexis.distinct_identifier_ratio": None,
            "lexis.multiword_name_fraction": None,
            "lexis.naming_consistency": None,
            "lexis.digit_name_fraction": None,
            "lexis.identifiers_per_line": 0.0,
            "lexis.distinct_name_mean_length": None,
            "lexis.distinct_name_length_std": None,
            "lexis.short_name_fraction": None,
            "lexis.descriptive_name_fraction": None,
            "lexis.identifier_char_entropy": None,
            "lexis.identifier_token_entropy": None,
        }
    total = len(identifiers)
    lengths = list(map(len, identifiers))
    distinct = set(identifiers)
    snake = sum(1 for name in distinct if _SNAKE_NAME.match(name))
    camel = sum(1 for name in distinct if _CAMEL_NAME.match(name))
    multiword = snake + camel
    distinct_lengths = [len(name) for name in distinct]
    distinct_mean = sum(distinct_lengths) / len(distinct_lengths)
    letters = Counter("".join(identifiers).lower())
    first_uses = identifiers[:300]
    return {
        "lexis.identifier_mean_length": sum(lengths) / total,
        "lexis.single_char_identifier_fraction": lengths.count(1) / total,
        "lexis.long_identifier_fraction": sum(1 for length in lengths if length >= LONG_NAME) / total,
        # Type/token ratio saturates with length, so it is taken over at most the first 200 uses.
        "lexis.distinct_identifier_ratio": len(set(identifiers[:200])) / min(total, 200),
        "lexis.multiword_name_fraction": multiword / len(distinct),
        "lexis.naming_consistency": max(snake, camel) / multiword if multiword >= 2 else None,
        "lexis.digit_name_fraction": sum(1 for name in distinct if any(c.isdigit() for c in name))
        / len(distinct),
        "lexis.identifiers_per_line": total / code_line_count,
        "lexis.distinct_name_mean_length": distinct_mean,
        "lexis.distinct_name_length_std": math.sqrt(
            sum((length - distinct_mean) ** 2 for length in distinct_lengths) / len(distinct_lengths)
        ),
        "lexis.short_name_fraction": sum(1 for length in distinct_lengths if length <= 2) / len(distinct),
        "lexis.descriptive_name_fraction": sum(1 for length in distinct_lengths if length >= 6) / len(distinct),
        "lexis.identifier_char_entropy": _entropy(letters.values()),
        # Normalised entropy of the first 300 uses: how evenly a file spreads its uses over its names.
        "lexis.identifier_token_entropy": _entropy(Counter(first_uses).values())
        / math.log2(max(2, len(first_uses))),
    }


def _comment_body(text: str) -> str:
    """A comment's words without its markers: `#`/`//`, or for a block the `/*`, the `*/` and the `*`
    that opens each inner line of a `/** ... */` block."""
    if text.startswith("/*") and text.endswith("*/"):
        body = text[2:-2].strip("*")
        return (_BLOCK_LINE_STAR.sub("", body) if "\n" in body else body).strip()
    return _COMMENT_MARKER.sub("", text.strip()).strip()


def _comment_features(split: SplitSource, code_line_count: int, total_chars: int) -> FeatureValues:
    bodies = [_comment_body(text) for text in split.comment_texts]
    bodies = [body for body in bodies if body]
    words = [len(body.split()) for body in bodies]
    line_comments = [text for text in split.comment_texts if text.startswith(("#", "//"))]
    comment_words = [word for body in bodies for word in body.split()]
    return {
        "comments.comment_line_fraction": min(split.comment_line_count / code_line_count, 1.0),
        "comments.comment_char_fraction": split.comment_chars / total_chars,
        "comments.trailing_comment_fraction": _ratio(split.trailing_comment_count, len(split.comment_texts)),
        "comments.capitalised_fraction": _ratio(sum(1 for body in bodies if body[0].isupper()), len(bodies)),
        "comments.period_end_fraction": _ratio(
            sum(1 for body in bodies if body.rstrip("*/ ").endswith(".")), len(bodies)
        ),
        "comments.mean_words": _ratio(sum(words), len(words)),
        "comments.commented_code_fraction": _ratio(
            sum(1 for body in bodies if _CODE_LIKE_COMMENT.search(body)), len(bodies)
        ),
        "comments.space_after_marker_fraction": _ratio(
            sum(1 for text in line_comments if _SPACED_COMMENT_MARKER.match(text)), len(line_comments)
        ),
        "comments.doc_blocks_per_100_lines": 100 * split.doc_block_count / code_line_count,
        "comments.full_sentence_fraction": _ratio(
            sum(1 for body, count in zip(bodies, words)
                if count >= 4 and body[0].isupper() and body.rstrip("*/ ").endswith(".")),
            len(bodies),
        ),  # fmt: skip
        "comments.mean_word_length": _ratio(sum(map(len, comment_words)), len(comment_words)),
        "comments.per_100_lines": 100 * len(bodies) / code_line_count,
    }


def lexical_features(text: str, language: LanguageSpec) -> FeatureValues:
    """All lexical features of normalised, non-empty `text`."""
    split = split_source(text, language.comment_style)
    lines = text.split("\n")[:-1]
    code_line_count = sum(1 for line in lines if line)
    features = _layout_features(lines, split)
    prefixes = ("#",) if language.comment_style == "hash" else ("//", "/*", "*")
    features.update(_rhythm_features(lines, [len(line) for line in lines if line], prefixes))
    features.update(_habit_features(text, split.code, code_line_count))
    features.update(_naming_features(split.code, language.keywords, code_line_count))
    features.update(_comment_features(split, code_line_count, len(text)))
    features["lexis.strings_per_line"] = split.string_count / code_line_count
    features["lexis.numbers_per_line"] = len(_NUMBER.findall(split.code)) / code_line_count
    return features


LEXICAL_FEATURE_NAMES: tuple[str, ...] = (
    "layout.mean_line_length",
    "layout.line_length_std",
    "layout.long_line_fraction",
    "layout.blank_line_fraction",
    "layout.double_blank_fraction",
    "layout.mean_indent_levels",
    "layout.max_indent_levels",
    "layout.indent_inconsistency",
    "layout.spaced_operator_fraction",
    "layout.space_after_comma_fraction",
    "layout.keyword_paren_space_fraction",
    "layout.paren_inner_space_fraction",
    "lexis.identifier_mean_length",
    "lexis.single_char_identifier_fraction",
    "lexis.long_identifier_fraction",
    "lexis.distinct_identifier_ratio",
    "lexis.multiword_name_fraction",
    "lexis.naming_consistency",
    "lexis.digit_name_fraction",
    "lexis.identifiers_per_line",
    "lexis.strings_per_line",
    "lexis.numbers_per_line",
    "comments.comment_line_fraction",
    "comments.comment_char_fraction",
    "comments.trailing_comment_fraction",
    "comments.capitalised_fraction",
    "comments.period_end_fraction",
    "comments.mean_words",
    "comments.commented_code_fraction",
    "comments.space_after_marker_fraction",
    "comments.doc_blocks_per_100_lines",
    "rhythm.paragraph_mean",
    "rhythm.paragraph_cv",
    "rhythm.comment_led_paragraph_fraction",
    "layout.p90_over_mean_length",
    "layout.short_line_fraction",
    "layout.line_length_skew",
    "lexis.distinct_name_mean_length",
    "lexis.distinct_name_length_std",
    "lexis.short_name_fraction",
    "lexis.descriptive_name_fraction",
    "lexis.identifier_char_entropy",
    "lexis.identifier_token_entropy",
    "lexis.quote_consistency",
    "comments.full_sentence_fraction",
    "comments.mean_word_length",
    "comments.per_100_lines",
    "defensive.none_checks_per_100_lines",
    "defensive.not_checks_per_100_lines",
    "defensive.raises_per_100_lines",
    "layout.spaced_assignment_fraction",
    "layout.spaced_comparison_fraction",
)
