#!/usr/bin/env python3
"""Show the largest directories and files under a path, like a tiny `ncdu`."""

import argparse
import heapq
import os
import sys
from pathlib import Path


def human_size(num_bytes: int) -> str:
    """Turn a byte count into a short string like '3.2 GB'."""
    size = float(num_bytes)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{int(size)} B"
        size /= 1024
    return f"{num_bytes} B"  # unreachable, keeps type checkers happy


def scan(root: Path, follow_symlinks: bool = False) -> tuple[dict[Path, int], list[tuple[int, Path]]]:
    """Walk `root` once and return (directory totals, list of (size, file))."""
    dir_totals: dict[Path, int] = {}
    files: list[tuple[int, Path]] = []

    # Walk bottom-up so each directory's children are already summed
    for dirpath, dirnames, filenames in os.walk(root, topdown=False, followlinks=follow_symlinks):
        current = Path(dirpath)
        total = 0

        for name in filenames:
            file_path = current / name
            try:
                # lstat so that symlinks count as the link, not the target
                size = file_path.lstat().st_size
            except OSError:
                continue  # file vanished or permission denied; skip it
            total += size
            files.append((size, file_path))

        # Add the already-computed totals of the subdirectories
        for name in dirnames:
            total += dir_totals.get(current / name, 0)

        dir_totals[current] = total

    return dir_totals, files


def main() -> int:
    parser = argparse.ArgumentParser(description="List the biggest directories and files.")
    parser.add_argument("path", nargs="?", default=".", help="directory to scan (default: .)")
    parser.add_argument("-n", "--top", type=int, default=10, help="how many entries to show")
    parser.add_argument("--files", action="store_true", help="show largest files instead of directories")
    parser.add_argument("--depth", type=int, default=1, help="only show directories up to this depth")
    parser.add_argument("-L", "--follow-symlinks", action="store_true")
    args = parser.parse_args()

    root = Path(args.path).resolve()
    if not root.is_dir():
        print(f"error: {root} is not a directory", file=sys.stderr)
        return 2

    dir_totals, files = scan(root, args.follow_symlinks)

    if args.files:
        # heapq.nlargest avoids sorting the whole list for big trees
        entries = heapq.nlargest(args.top, files)
    else:
        root_depth = len(root.parts)
        candidates = [
            (size, path)
            for path, size in dir_totals.items()
            if 0 < len(path.parts) - root_depth <= args.depth
        ]
        entries = heapq.nlargest(args.top, candidates)

    total = dir_totals.get(root, 0)
    width = max((len(human_size(s)) for s, _ in entries), default=0)
    for size, path in entries:
        share = (size / total * 100) if total else 0.0
        print(f"{human_size(size):>{width}}  {share:5.1f}%  {path.relative_to(root)}")

    print(f"\nTotal: {human_size(total)} in {root}")
    return 0


if __name__ == "__main__":
    # Example: python disk_usage_top.py ~/projects -n 5 --depth 2
    sys.exit(main())
