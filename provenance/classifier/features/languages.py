"""Which language a path is written in, and the lexical facts the feature extractors need about it.

Only languages with a tree-sitter grammar wheel get syntax features; every other text file still gets
the language-agnostic lexical features (the `generic` entry), with comment syntax guessed from the
extension family where we know it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

CommentStyle = Literal["hash", "c", "none"]


@dataclass(frozen=True)
class LanguageSpec:
    name: str
    extensions: tuple[str, ...]
    comment_style: CommentStyle
    keywords: frozenset[str]
    # True when a tree-sitter grammar wheel exists for it (see syntax.py).
    has_grammar: bool


_PYTHON_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except finally "
    "for from global if import in is lambda nonlocal not or pass raise return try while with yield "
    "self print int str len range list dict set float input map".split()
)
_C_FAMILY_KEYWORDS = frozenset(
    "auto break case char const continue default do double else enum extern float for goto if inline "
    "int long register return short signed sizeof static struct switch typedef union unsigned void "
    "volatile while bool true false NULL nullptr include define ifdef ifndef endif".split()
)
_CPP_KEYWORDS = _C_FAMILY_KEYWORDS | frozenset(
    "class namespace template typename public private protected virtual override new delete this "
    "throw try catch using operator friend explicit constexpr std cout cin endl string vector".split()
)
_JAVA_KEYWORDS = frozenset(
    "abstract assert boolean break byte case catch char class const continue default do double else "
    "enum extends final finally float for if implements import instanceof int interface long native "
    "new package private protected public return short static super switch synchronized this throw "
    "throws try void volatile while true false null var String System out println Override".split()
)
_JS_KEYWORDS = frozenset(
    "break case catch class const continue debugger default delete do else export extends finally for "
    "function if import in instanceof let new return super switch this throw try typeof var void while "
    "with yield async await of true false null undefined console log require module exports".split()
)
_TS_KEYWORDS = _JS_KEYWORDS | frozenset(
    "interface type enum implements private public protected readonly abstract declare namespace "
    "string number boolean any unknown never keyof as".split()
)
_GO_KEYWORDS = frozenset(
    "break case chan const continue default defer else fallthrough for func go goto if import interface "
    "map package range return select struct switch type var nil true false err string int error fmt "
    "make len append".split()
)
_RUST_KEYWORDS = frozenset(
    "as async await break const continue crate dyn else enum extern false fn for if impl in let loop "
    "match mod move mut pub ref return self Self static struct super trait true type unsafe use where "
    "while Some None Ok Err String Vec Option Result usize i32 i64 u8 u32 u64 f64 str println".split()
)
_GENERIC_KEYWORDS = (
    _PYTHON_KEYWORDS | _C_FAMILY_KEYWORDS | _JAVA_KEYWORDS | _JS_KEYWORDS | _GO_KEYWORDS | _RUST_KEYWORDS
)

LANGUAGES: tuple[LanguageSpec, ...] = (
    LanguageSpec("python", (".py", ".pyw", ".pyi"), "hash", _PYTHON_KEYWORDS, True),
    LanguageSpec("javascript", (".js", ".mjs", ".cjs", ".jsx"), "c", _JS_KEYWORDS, True),
    LanguageSpec("typescript", (".ts", ".mts", ".cts"), "c", _TS_KEYWORDS, True),
    LanguageSpec("tsx", (".tsx",), "c", _TS_KEYWORDS, True),
    LanguageSpec("java", (".java",), "c", _JAVA_KEYWORDS, True),
    LanguageSpec("go", (".go",), "c", _GO_KEYWORDS, True),
    LanguageSpec("rust", (".rs",), "c", _RUST_KEYWORDS, True),
    LanguageSpec("c", (".c", ".h"), "c", _C_FAMILY_KEYWORDS, True),
    LanguageSpec(
        "cpp", (".cc", ".cpp", ".cxx", ".c++", ".hh", ".hpp", ".hxx", ".h++"), "c", _CPP_KEYWORDS, True
    ),
    # Lexical-only languages: comment syntax known, no grammar shipped.
    LanguageSpec(
        "c-like",
        (".cs", ".kt", ".kts", ".swift", ".scala", ".php", ".dart", ".m", ".groovy"),
        "c",
        _GENERIC_KEYWORDS,
        False,
    ),
    LanguageSpec(
        "hash-comment",
        (".rb", ".sh", ".bash", ".zsh", ".pl", ".pm", ".r", ".R", ".jl", ".ex", ".exs", ".nim", ".cr"),
        "hash",
        _GENERIC_KEYWORDS,
        False,
    ),
)

GENERIC = LanguageSpec("generic", (), "none", _GENERIC_KEYWORDS, False)

_BY_EXTENSION: dict[str, LanguageSpec] = {ext: spec for spec in LANGUAGES for ext in spec.extensions}
_BY_NAME: dict[str, LanguageSpec] = {spec.name: spec for spec in (*LANGUAGES, GENERIC)}


def language_for_path(path: str) -> LanguageSpec:
    """The language of `path` judged by its extension; `GENERIC` when unknown."""
    extension = os.path.splitext(path)[1]
    return _BY_EXTENSION.get(extension) or _BY_EXTENSION.get(extension.lower()) or GENERIC


def language_by_name(name: str) -> LanguageSpec:
    return _BY_NAME.get(name, GENERIC)
