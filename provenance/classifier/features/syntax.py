"""Syntax (shape) features from a tree-sitter parse, for languages with a grammar wheel.

Each language maps its own node types onto shared categories (function, class, loop, conditional,
call, return, try) through one tree-sitter query, so the features mean the same thing in every
language. The query runs inside tree-sitter's C code; Python only counts the captures, which keeps
parsing plus extraction far cheaper than walking the tree node by node.

tree-sitter and the grammar wheels are imported lazily, on the first parse of that language, so
importing the classifier (or scoring a language without a grammar) never loads them.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from provenance.classifier.features.lexical import FeatureValues

# Query patterns per language; capture names are the shared categories.
_PY = """
(function_definition) @function
(lambda) @function
(class_definition) @class
[(for_statement) (while_statement) (for_in_clause)] @loop
[(if_statement) (conditional_expression)] @conditional
(call) @call
(return_statement) @return
(try_statement) @try
(ERROR) @error
"""
_JS = """
[(function_declaration) (function_expression) (arrow_function) (method_definition)
 (generator_function_declaration)] @function
[(class_declaration) (class)] @class
[(for_statement) (for_in_statement) (while_statement) (do_statement)] @loop
[(if_statement) (ternary_expression) (switch_statement)] @conditional
[(call_expression) (new_expression)] @call
(return_statement) @return
(try_statement) @try
(ERROR) @error
"""
_TS = _JS.replace(
    "[(class_declaration) (class)] @class",
    "[(class_declaration) (class) (abstract_class_declaration) (interface_declaration)] @class",
)
_JAVA = """
[(method_declaration) (constructor_declaration) (lambda_expression)] @function
[(class_declaration) (interface_declaration) (enum_declaration) (record_declaration)] @class
[(for_statement) (enhanced_for_statement) (while_statement) (do_statement)] @loop
[(if_statement) (ternary_expression) (switch_expression)] @conditional
[(method_invocation) (object_creation_expression)] @call
(return_statement) @return
(try_statement) @try
(ERROR) @error
"""
_GO = """
[(function_declaration) (method_declaration) (func_literal)] @function
(type_declaration) @class
(for_statement) @loop
[(if_statement) (expression_switch_statement) (type_switch_statement)] @conditional
(call_expression) @call
(return_statement) @return
(defer_statement) @try
(ERROR) @error
"""
_RUST = """
[(function_item) (closure_expression)] @function
[(struct_item) (enum_item) (trait_item) (impl_item)] @class
[(for_expression) (while_expression) (loop_expression)] @loop
[(if_expression) (match_expression)] @conditional
[(call_expression) (macro_invocation)] @call
(return_expression) @return
(try_expression) @try
(ERROR) @error
"""
_C = """
(function_definition) @function
; a struct used as a type ("struct point p;") is not a definition: require a body
[(struct_specifier body: (_)) (union_specifier body: (_)) (enum_specifier body: (_))] @class
[(for_statement) (while_statement) (do_statement)] @loop
[(if_statement) (conditional_expression) (switch_statement)] @conditional
(call_expression) @call
(return_statement) @return
(goto_statement) @try
(ERROR) @error
"""
_CPP = """
[(function_definition) (lambda_expression)] @function
[(struct_specifier body: (_)) (union_specifier body: (_)) (enum_specifier body: (_))
 (class_specifier body: (_))] @class
[(for_statement) (for_range_loop) (while_statement) (do_statement)] @loop
[(if_statement) (conditional_expression) (switch_statement)] @conditional
(call_expression) @call
(return_statement) @return
(try_statement) @try
(ERROR) @error
"""

# language name -> (grammar module, function returning the language pointer, query)
GRAMMARS: dict[str, tuple[str, str, str]] = {
    "python": ("tree_sitter_python", "language", _PY),
    "javascript": ("tree_sitter_javascript", "language", _JS),
    "typescript": ("tree_sitter_typescript", "language_typescript", _TS),
    "tsx": ("tree_sitter_typescript", "language_tsx", _TS),
    "java": ("tree_sitter_java", "language", _JAVA),
    "go": ("tree_sitter_go", "language", _GO),
    "rust": ("tree_sitter_rust", "language", _RUST),
    "c": ("tree_sitter_c", "language", _C),
    "cpp": ("tree_sitter_cpp", "language", _CPP),
}

SYNTAX_FEATURE_NAMES: tuple[str, ...] = (
    "syntax.functions_per_100_lines",
    "syntax.mean_function_lines",
    "syntax.lines_in_functions_fraction",
    "syntax.classes_per_100_lines",
    "syntax.loops_per_100_lines",
    "syntax.conditionals_per_100_lines",
    "syntax.calls_per_line",
    "syntax.returns_per_function",
    "syntax.try_per_100_lines",
    "syntax.error_nodes_per_100_lines",
)


class GrammarUnavailable(Exception):
    """The grammar wheel for a language is not installed; callers fall back to lexical features."""


@cache
def _parser_and_query(language: str) -> tuple[Any, Any]:
    try:
        import tree_sitter

        module_name, function_name, query_source = GRAMMARS[language]
        grammar = importlib.import_module(module_name)
    except (ImportError, KeyError) as error:
        raise GrammarUnavailable(language) from error
    ts_language = tree_sitter.Language(getattr(grammar, function_name)())
    return tree_sitter.Parser(ts_language), tree_sitter.QueryCursor(tree_sitter.Query(ts_language, query_source))


def grammar_available(language: str) -> bool:
    try:
        _parser_and_query(language)
    except GrammarUnavailable:
        return False
    return True


def syntax_features(text: str, language: str) -> FeatureValues:
    """Shape features of normalised `text`; raises GrammarUnavailable when there is no grammar."""
    parser, query_cursor = _parser_and_query(language)
    tree = parser.parse(text.encode("utf-8"))
    captures: dict[str, list[Any]] = query_cursor.captures(tree.root_node)
    code_lines = max(1, len(list(filter(None, text.split("\n")))))  # non-blank lines
    per_100 = 100 / code_lines

    functions = captures.get("function", [])
    function_spans = sorted((node.start_point[0], node.end_point[0]) for node in functions)
    # Lines covered by at least one function, merging nested and overlapping spans.
    covered = 0
    current_start, current_end = -1, -2
    for start, end in function_spans:
        if start > current_end:
            covered += max(0, current_end - current_start + 1)
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    covered += max(0, current_end - current_start + 1)
    total_lines = max(1, text.count("\n"))

    def rate(category: str) -> float:
        return len(captures.get(category, [])) * per_100

    return {
        "syntax.functions_per_100_lines": len(functions) * per_100,
        "syntax.mean_function_lines": (
            sum(end - start + 1 for start, end in function_spans) / len(function_spans) if functions else None
        ),
        "syntax.lines_in_functions_fraction": min(covered / total_lines, 1.0),
        "syntax.classes_per_100_lines": rate("class"),
        "syntax.loops_per_100_lines": rate("loop"),
        "syntax.conditionals_per_100_lines": rate("conditional"),
        "syntax.calls_per_line": len(captures.get("call", [])) / code_lines,
        "syntax.returns_per_function": len(captures.get("return", [])) / len(functions) if functions else None,
        "syntax.try_per_100_lines": rate("try"),
        "syntax.error_nodes_per_100_lines": rate("error"),
    }
