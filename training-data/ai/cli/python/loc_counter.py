import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

COMMENT_PREFIXES = {
    ".py": ("#",),
    ".sh": ("#",),
    ".rb": ("#",),
    ".js": ("//",),
    ".ts": ("//",),
    ".go": ("//",),
    ".rs": ("//",),
    ".c": ("//",),
    ".h": ("//",),
    ".java": ("//",),
    ".sql": ("--",),
}
SKIP_DIRS = {".git", "node_modules", "__pycache__", ".venv", "venv", "target", "dist", "build"}


def count_file(path: Path, prefixes: tuple[str, ...]) -> tuple[int, int, int]:
    blank = comment = code = 0
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                s = line.strip()
                if not s:
                    blank += 1
                elif s.startswith(prefixes):
                    comment += 1
                else:
                    code += 1
    except OSError as e:
        print(f"skip {path}: {e.strerror}", file=sys.stderr)
    return blank, comment, code


def walk(root: Path, exts: set[str]):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        for name in filenames:
            p = Path(dirpath, name)
            if p.suffix in exts:
                yield p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Count blank, comment and code lines by extension.")
    ap.add_argument("paths", nargs="*", default=["."], type=Path)
    ap.add_argument("-e", "--ext", action="append", help="limit to extension, e.g. -e .py")
    ap.add_argument("--sort", choices=["code", "files", "ext"], default="code")
    args = ap.parse_args(argv)

    exts = set(args.ext) if args.ext else set(COMMENT_PREFIXES)
    unknown = exts - set(COMMENT_PREFIXES)
    if unknown:
        ap.error(f"unsupported extension(s): {', '.join(sorted(unknown))}")

    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for root in args.paths:
        files = [root] if root.is_file() else walk(root, exts)
        for f in files:
            row = totals[f.suffix]
            b, c, k = count_file(f, COMMENT_PREFIXES.get(f.suffix, ("#",)))
            row[0] += 1
            row[1] += b
            row[2] += c
            row[3] += k

    if not totals:
        print("no matching files", file=sys.stderr)
        return 1

    key = {"code": lambda kv: -kv[1][3], "files": lambda kv: -kv[1][0], "ext": lambda kv: kv[0]}[args.sort]
    header = f"{'ext':<8}{'files':>8}{'blank':>10}{'comment':>10}{'code':>10}"
    print(header)
    print("-" * len(header))
    grand = [0, 0, 0, 0]
    for ext, row in sorted(totals.items(), key=key):
        print(f"{ext:<8}{row[0]:>8}{row[1]:>10}{row[2]:>10}{row[3]:>10}")
        grand = [a + b for a, b in zip(grand, row)]
    print("-" * len(header))
    print(f"{'total':<8}{grand[0]:>8}{grand[1]:>10}{grand[2]:>10}{grand[3]:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
