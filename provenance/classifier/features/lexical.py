"""Language-agnostic lexical features: layout, naming, comments and lexis.

These work on any text, so every language gets them, with or without a grammar. Each feature is a
rate or a mean (never a raw count) so that a 20-line hunk and a 2,000-line file are comparable, and
`None` means "not measurable here" (e.g. comment style in a file without comments); the model
replaces `None` with the training mean, which makes that feature neutral.

The input must already be normalised (see normalise.py). Everything runs as whole-text regular
expressions or str methods rather than per-token Python loops, because scoring throughput depends on
it. Several patterns are written in a less obvious but equivalent form so that `re` can scan for
them quickly; "Fast forms" below says how, and each such pattern names its plain form beside it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from provenance.classifier.features.languages import CommentStyle, LanguageSpec

FeatureValues = dict[str, float | None]

# Fast forms. `re` finds a literal first character (or a first character from a class) with a
# tight scan and tries the rest of a pattern only there; a pattern that opens with `\b`, a
# lookbehind, a lookahead or an alternation of groups is instead started at every character, which
# costs several times more on a whole file. So, matching exactly what the plain form matches:
# - a pattern opens with the characters it matches and the check on the character before them
#   follows: `kw(?<!\wkw)` is `\bkw` for a word `kw`, `\d(?<![\w.]\d)` is `(?<![\w.])\d`;
# - an alternation of words with common first letters becomes one pattern per word (each with a
#   literal prefix) where the words' matches cannot overlap, so the counts add up;
# - where the alternatives of a tokeniser cannot be reordered, a leading lookahead on the characters
#   a token can start with rejects most positions at once;
# - a count of a fixed string is str.count.
_STRING = (
    r'(?P<doc>(?<![\w"\'])[rRbBuUfF]{0,2}(?:"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'))'
    r'|(?P<str>(?<![\w"\'])[rRbBuUfFL]{0,2}(?:"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'))'
)
_STRING_START = "\"'rRbBuUfFL"  # every character a string literal (prefix letters included) opens with
_TEMPLATE_STRING = r"|(?P<tpl>`[^`]*`)"
_TOKENISERS: dict[CommentStyle, re.Pattern[str]] = {
    "hash": re.compile(rf"(?=[#{_STRING_START}])(?:(?P<line>#[^\n]*)|{_STRING})"),
    "c": re.compile(
        rf"(?=[/`{_STRING_START}])(?:(?P<block>/\*[\s\S]*?\*/)|(?P<line>//[^\n]*)|{_STRING}{_TEMPLATE_STRING})"
    ),
    "none": re.compile(rf"(?=[{_STRING_START}])(?:{_STRING})"),
}

_IDENTIFIER = re.compile(r"[A-Za-z_](?<!\w[A-Za-z_])[A-Za-z0-9_]*\b")  # \b[A-Za-z_][A-Za-z0-9_]*\b
_NUMBER = re.compile(r"\d(?<![\w.]\d)\d*(?:\.\d+)?")  # (?<![\w.])\d+(?:\.\d+)?
# Assignment and comparison operators; arithmetic is left out because unary minus, pointers and
# generics make its spacing ambiguous. Plain form:
#   (?<![=!<>+\-*/%&|^:])(?:==|!=|<=|>=|\+=|-=|\*=|/=|=)(?![=>])
# Fast form: an operator character not preceded by another one, then '=' (a two-character operator)
# or, when that character was itself '=', nothing (a lone '=').
_ASSIGN_OR_COMPARE = re.compile(r"[=!<>+\-*/](?<![=!<>+\-*/%&|^:][=!<>+\-*/])(?:=|(?<==))(?![=>])")
# Counted only. Plain form: (?<= )(?:==|!=|<=|>=|\+=|-=|\*=|/=|=)(?= ). The fast form matches the
# space before instead of looking behind at it, which counts the same: a match ends in '=', so it
# never takes the space the next match opens with.
_SPACED_ASSIGN_OR_COMPARE = re.compile(r" [=!<>+\-*/]?=(?= )")
# `\b(?:if|elif|for|while|switch|catch)\s?\(` as one pattern per keyword (a match holds no word start
# but its keyword's, so matches of different keywords never overlap); the group is the space.
_KEYWORD_PARENS = tuple(
    re.compile(rf"{keyword}(?<!\w{keyword})(\s?)\(") for keyword in ("if", "elif", "for", "while", "switch", "catch")
)
_SNAKE_NAME = re.compile(r"^_*[a-z0-9]+(?:_[a-z0-9]+)+$")
_CAMEL_NAME = re.compile(r"^_*[a-z]+[0-9]*(?:[A-Z][a-z0-9]+)+$|^(?:[A-Z][a-z0-9]+){2,}$")
_DIGIT = re.compile(r"[0-9]")  # identifiers are ASCII, so this is str.isdigit for them
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
# Comparisons, found as (space before, space after) pairs. Plain form, where `===` and `!==`
# (JavaScript/TypeScript strict forms) are tried first so they count as one comparison:
#   (?=[ =!<>])(?<![=!<>])( ?)(?:===|!==|==|!=|<=|>=)( ?)(?![=>])
# The fast form opens the match at the operator rather than at the space before it, and captures
# that space by looking behind, under the condition the plain form had for opening there: no
# operator character before the space. (A space the previous match took as its space after is not
# captured twice: that match's final '=' precedes it.)
_COMPARE = re.compile(
    r"[=!<>](?<![=!<>].)"  # an operator's first character, with no operator character before it
    r"(?:(?<=(?<![=!<>])( ).)|)"  # the space before it, if there is one
    r"(?:(?<=[=!])==|=)"  # the rest: '==' of === and !==, else the '=' of == != <= >=
    r"( ?)(?![=>])"
)


def _quoted_literal(quote: str) -> re.Pattern[str]:
    r"""Quoted string literals with `quote`, counted for quote consistency. Plain form (for "'"):
    (?<![\w"'])[rRbBuUfF]{0,2}'(?!'')(?:[^'\\\n]|\\.)*'

    A quote that opens a triple quote is no literal of its own: docstrings and other triple-quoted
    strings are left out (their delimiters used to read as one or two "" literals). The fast form
    starts at the quote and checks behind it for the zero, one or two prefix letters and the
    non-word character before them; the count is the same, since prefix letters are never part of
    an earlier match (which ends in a quote).
    """
    prefix = "[rRbBuUfF]"
    opens_literal = (
        rf"(?<![\w\"']{quote})"
        rf"|(?<={prefix}{quote})(?<![\w\"']{prefix}{quote})"
        rf"|(?<={prefix}{{2}}{quote})(?<![\w\"']{prefix}{{2}}{quote})"
    )
    return re.compile(rf"{quote}(?:{opens_literal})(?!{quote}{quote})(?:[^{quote}\\\n]|\\.)*{quote}")


_SINGLE_QUOTED = _quoted_literal("'")
_DOUBLE_QUOTED = _quoted_literal('"')
# Counted only. Plain form:
#   \bis not None\b|\bis None\b|[!=]==? ?null\b|\bnull ?[!=]==?|[!=]= ?nil\b|== ?NULL\b|!= ?NULL\b
#   |\.is_none\(\)|\.is_some\(\)|[!=]==? ?undefined\b
# At any position only the alternatives opening with the character there can match, so grouping
# them by first character (keeping their order within a group) changes nothing; opening each with a
# literal lets `re` scan for those characters.
_NULL_TEST = r"(?:==? ?null\b|= ?nil\b|= ?NULL\b|==? ?undefined\b)"
_NONE_CHECK = re.compile(
    rf"is(?<!\wis)(?: not)? None\b|null(?<!\wnull) ?[!=]==?|!{_NULL_TEST}|={_NULL_TEST}|\.is_(?:none|some)\(\)"
)
_NOT_CHECK = re.compile(r"if(?<!\wif) (?:not \w|\(!\w|!\w)")  # \bif not \w|\bif \(!\w|\bif !\w
# `\b(?:raise|throw)\b` as one pattern per word (whole words, so their matches never overlap).
_RAISES = (re.compile(r"raise(?<!\wraise)\b"), re.compile(r"throw(?<!\wthrow)\b"))
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
    # Line numbers matter only for comments, so newlines are counted up to a comment when one comes
    # (`counted_to` is how far `line_number` has counted) instead of across every token.
    line_number = counted_to = 0
    for match in _TOKENISERS[comment_style].finditer(text):
        start, end = match.span()
        pieces.append(text[position:start])
        position = end
        kind = match.lastgroup
        if kind == "str":
            # The commonest token by far, and never more than one line long ([^"\\\n] and \\. stop at
            # a line end), so it needs none of the work below.
            strings += 1
            pieces.append('""')
            continue
        token = match.group()
        newlines = token.count("\n")
        if kind == "line" or kind == "block":
            line_number += text.count("\n", counted_to, start)
            counted_to = start
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
                line_number += text.count("\n", counted_to, start)
                counted_to = start
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


def _rhythm_features(lines: list[str], ordered: list[int], comment_prefixes: tuple[str, ...]) -> FeatureValues:
    """Paragraphs (runs of non-blank lines): their size and its regularity, and how many open with a
    comment; and the shape of the line-length distribution (`ordered`: non-blank line lengths, sorted)."""
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
    count = len(ordered)
    mean = sum(ordered) / count
    variance = sum((length - mean) ** 2 for length in ordered) / count
    features["layout.p90_over_mean_length"] = ordered[min(count - 1, int(0.9 * count))] / mean if mean else None
    features["layout.short_line_fraction"] = bisect.bisect_right(ordered, 20) / count
    features["layout.line_length_skew"] = (
        sum((length - mean) ** 3 for length in ordered) / count / variance**1.5 if variance > 0 else None
    )
    return features


def _habit_features(text: str, code: str, equals_lines: str, code_line_count: int) -> FeatureValues:
    """Spacing of statement-level assignments and comparisons, quote-style consistency and
    defensive checks (None/null/nil tests, negated guards, raise/throw)."""
    assigns = _ASSIGN_LINE.findall(equals_lines)
    compares = _COMPARE.findall(equals_lines)
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
        "defensive.raises_per_100_lines": (
            100 * sum(len(pattern.findall(code)) for pattern in _RAISES) / code_line_count
        ),
    }


def _layout_features(
    lines: list[str], code_lines: list[str], lengths: list[int], ordered: list[int], code: str, equals_lines: str
) -> FeatureValues:
    """`code_lines` are the non-blank `lines`, `lengths` their lengths and `ordered` those sorted;
    `equals_lines` the lines of `code` that hold an '=' (see lexical_features)."""
    count = len(code_lines)
    mean_length = sum(lengths) / count
    variance = sum((length - mean_length) ** 2 for length in lengths) / count
    indents = [len(line) - len(line.lstrip(" ")) for line in code_lines]
    nonzero_indents = [indent for indent in indents if indent]
    indent_step = min(nonzero_indents) if nonzero_indents else 0
    blank_after_blank = sum(1 for i in range(1, len(lines)) if not lines[i] and not lines[i - 1])
    operators = len(_ASSIGN_OR_COMPARE.findall(equals_lines))
    # `,(?=[^\n])`: every comma but those that end a line (or the text).
    commas = code.count(",") - code.count(",\n") - code.endswith(",")
    keyword_spacing = [space for pattern in _KEYWORD_PARENS for space in pattern.findall(code)]
    # `[(\[](?=[^)\]\n])`: every opening bracket but those right before a closing one or a line end.
    open_parens = sum(
        code.count(bracket) - code.count(bracket + ")") - code.count(bracket + "]") - code.count(bracket + "\n")
        for bracket in "(["
    ) - (code[-1:] in ("(", "["))
    return {
        "layout.mean_line_length": mean_length,
        "layout.line_length_std": math.sqrt(variance),
        "layout.long_line_fraction": (count - bisect.bisect_right(ordered, LONG_LINE)) / count,
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
            len(_SPACED_ASSIGN_OR_COMPARE.findall(equals_lines)), operators
        ),
        "layout.space_after_comma_fraction": _ratio(code.count(", "), commas),
        "layout.keyword_paren_space_fraction": _ratio(keyword_spacing.count(" "), len(keyword_spacing)),
        "layout.paren_inner_space_fraction": _ratio(code.count("( ") + code.count("[ "), open_parens),
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
    # Sorted: the float sum below must not depend on set order (string hashing varies per process).
    distinct_lengths = sorted(len(name) for name in distinct)
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
        # One regex search per name instead of a Python loop over its characters.
        "lexis.digit_name_fraction": sum(1 for name in distinct if _DIGIT.search(name)) / len(distinct),
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
            sum(1 for body, count in zip(bodies, words, strict=True)
                if count >= 4 and body[0].isupper() and body.rstrip("*/ ").endswith(".")),
            len(bodies),
        ),
        "comments.mean_word_length": _ratio(sum(map(len, comment_words)), len(comment_words)),
        "comments.per_100_lines": 100 * len(bodies) / code_line_count,
    }


def lexical_features(text: str, language: LanguageSpec) -> FeatureValues:
    """All lexical features of normalised, non-empty `text`."""
    split = split_source(text, language.comment_style)
    lines = text.split("\n")[:-1]
    code_lines = [line for line in lines if line]
    lengths = [len(line) for line in code_lines]
    # Sorted once for the length distribution (rhythm) and for the short/long line counts, which
    # bisect then finds without another pass.
    ordered = sorted(lengths)
    code_line_count = len(code_lines)
    # Every pattern that needs an '=' (assignments, comparisons) is searched for only in the code
    # lines holding one: none of them spans a line break, and the character they look at before or
    # after a line is '\n' or an end of the string, which they treat alike. Same matches, a
    # fraction of the text.
    equals_lines = "\n".join([line for line in split.code.split("\n") if "=" in line])
    features = _layout_features(lines, code_lines, lengths, ordered, split.code, equals_lines)
    prefixes = ("#",) if language.comment_style == "hash" else ("//", "/*", "*")
    features.update(_rhythm_features(lines, ordered, prefixes))
    features.update(_habit_features(text, split.code, equals_lines, code_line_count))
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
