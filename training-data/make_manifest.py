#!/usr/bin/env python3
"""Regenerate ai/MANIFEST.json from the files under ai/.

Style tags are derived from each file, not hand-assigned:
  python only  typed | untyped          (>= half of the functions annotated)
               docstrings | module-docstring | no-docstrings
  others       doc-comments             (/** ..., ///, //! present)
  all          heavy-comments | light-comments | few-comments
                                        (comment lines / non-blank lines: >= 15%, >= 3%, less)
               describes-change         (a comment or docstring explains what was changed
                                         from earlier code, as refactor answers often do)
Run from anywhere:  python training-data/make_manifest.py
"""

import ast
import json
import re
from pathlib import Path

LANG = {".py": "python", ".js": "javascript", ".mjs": "javascript", ".ts": "typescript",
        ".tsx": "typescript", ".java": "java", ".go": "go", ".rs": "rust", ".c": "c", ".h": "c",
        ".cpp": "cpp", ".hpp": "cpp"}
CHANGE_RE = re.compile(r"(?i)\b(refactor\w*|previously|replaces|the old\b|the original\b|before:)")
COMMENT_START = ("//", "/*", "* ", "*/", "#")


def style_of(text: str, lang: str) -> str:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    tags = []
    if lang == "python":
        tree = ast.parse(text)
        fns = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        typed = sum(1 for n in fns if n.returns or any(a.annotation for a in n.args.args + n.args.kwonlyargs))
        tags.append("typed" if fns and typed / len(fns) >= 0.5 else "untyped")
        nodes = [tree] + [n for n in ast.walk(tree)
                          if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        docstrings = [d for d in (ast.get_docstring(n) for n in nodes) if d]
        tags.append("docstrings" if len(docstrings) >= 2
                    else "module-docstring" if ast.get_docstring(tree) else "no-docstrings")
        comments = [l for l in lines if l.startswith("#") and not l.startswith("#!")]
        prose = "\n".join(comments + docstrings)
    else:
        comments = [l for l in lines if l.startswith(COMMENT_START[:-1]) or l == "*"]
        if any(l.startswith(("/**", "///", "//!")) for l in lines):
            tags.append("doc-comments")
        prose = "\n".join(comments)
    ratio = len(comments) / max(1, len(lines))
    tags.append("heavy-comments" if ratio >= 0.15 else "light-comments" if ratio >= 0.03 else "few-comments")
    if CHANGE_RE.search(prose):
        tags.append("describes-change")
    return ",".join(tags)


def main() -> None:
    root = Path(__file__).resolve().parent / "ai"
    files = []
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p.suffix not in LANG or "__pycache__" in p.parts:
            continue
        domain, lang_dir = p.relative_to(root).parts[:2]
        lang = LANG[p.suffix]
        if lang != lang_dir:
            raise SystemExit(f"{p}: extension says {lang}, folder says {lang_dir}")
        text = p.read_text(encoding="utf-8")
        files.append({"path": p.relative_to(root).as_posix(), "language": lang, "domain": domain,
                      "generator": "claude", "style": style_of(text, lang), "lines": text.count("\n")})
    manifest = {
        "version": 1,
        "description": "AI-written code for training a human-vs-AI stylometric classifier; "
                       "written by Anthropic Claude for git-provenance, 2026-11. MIT licence.",
        "style_note": "style tags are derived automatically by make_manifest.py, not hand-assigned",
        "files": files,
    }
    (root / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {root / 'MANIFEST.json'}: {len(files)} files")


if __name__ == "__main__":
    main()
