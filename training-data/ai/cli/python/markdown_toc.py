"""Generate or update a table of contents in a Markdown file.

The TOC is placed between ``<!-- toc -->`` and ``<!-- tocstop -->`` markers.
Run with ``--check`` in CI to fail when the TOC is out of date.
"""

import argparse
import re
import sys
import unicodedata
from pathlib import Path

START_MARKER = "<!-- toc -->"
END_MARKER = "<!-- tocstop -->"
HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE_RE = re.compile(r"^\s*(```|~~~)")

EXIT_OK = 0
EXIT_STALE = 1
EXIT_ERROR = 2


def slugify(title: str, seen: dict[str, int]) -> str:
    """Build a GitHub-style anchor for a heading.

    Args:
        title: The heading text, without the leading hashes.
        seen: Counts of slugs already used, updated in place so that
            duplicate headings get ``-1``, ``-2`` suffixes.

    Returns:
        The anchor, without the leading ``#``.
    """
    text = re.sub(r"`([^`]*)`", r"\1", title)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = unicodedata.normalize("NFKC", text).lower()
    slug = re.sub(r"[^\w\- ]", "", text).replace(" ", "-")
    count = seen.get(slug, 0)
    seen[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def collect_headings(lines: list[str], min_level: int, max_level: int) -> list[tuple[int, str]]:
    """Return ``(level, title)`` pairs, skipping fenced code blocks."""
    headings = []
    in_fence = False
    for line in lines:
        if FENCE_RE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING_RE.match(line)
        if match and min_level <= len(match.group(1)) <= max_level:
            headings.append((len(match.group(1)), match.group(2)))
    return headings


def render_toc(headings: list[tuple[int, str]]) -> list[str]:
    """Render headings as a nested Markdown bullet list."""
    if not headings:
        return []
    base = min(level for level, _ in headings)
    seen: dict[str, int] = {}
    return [
        f"{'  ' * (level - base)}- [{title}](#{slugify(title, seen)})"
        for level, title in headings
    ]


def update_document(text: str, min_level: int, max_level: int) -> str:
    """Return ``text`` with the TOC between the markers regenerated.

    Raises:
        ValueError: If the markers are missing or in the wrong order.
    """
    lines = text.splitlines()
    try:
        start = lines.index(START_MARKER)
        end = lines.index(END_MARKER)
    except ValueError:
        raise ValueError(f"markers {START_MARKER} / {END_MARKER} not found") from None
    if end < start:
        raise ValueError("end marker appears before start marker")

    body = lines[:start] + lines[end + 1:]
    toc = render_toc(collect_headings(body, min_level, max_level))
    new_lines = lines[: start + 1] + toc + lines[end:]
    return "\n".join(new_lines) + ("\n" if text.endswith("\n") else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--min-level", type=int, default=2)
    parser.add_argument("--max-level", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="exit 1 if the TOC is stale")
    args = parser.parse_args(argv)

    if not 1 <= args.min_level <= args.max_level <= 6:
        parser.error("levels must satisfy 1 <= min-level <= max-level <= 6")

    try:
        original = args.file.read_text(encoding="utf-8")
        updated = update_document(original, args.min_level, args.max_level)
    except (OSError, ValueError) as exc:
        print(f"markdown_toc: {args.file}: {exc}", file=sys.stderr)
        return EXIT_ERROR

    if updated == original:
        return EXIT_OK
    if args.check:
        print(f"{args.file}: table of contents is out of date", file=sys.stderr)
        return EXIT_STALE
    args.file.write_text(updated, encoding="utf-8")
    print(f"updated {args.file}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
