#!/usr/bin/env python3
"""Find duplicate files in one or more directories.

Files are first grouped by size, then by a hash of their first 4 KiB, and only
then fully hashed. This avoids reading every byte of every file.
"""

import argparse
import hashlib
import os
import sys
from collections import defaultdict

CHUNK = 1 << 16


def iter_files(roots, follow_links=False, min_size=1):
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root, followlinks=follow_links):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    if os.path.islink(path) and not follow_links:
                        continue
                    size = os.path.getsize(path)
                except OSError:
                    continue
                if size >= min_size:
                    yield path, size


def file_hash(path, limit=None):
    h = hashlib.blake2b(digest_size=20)
    remaining = limit
    with open(path, "rb") as f:
        while True:
            n = CHUNK if remaining is None else min(CHUNK, remaining)
            if n == 0:
                break
            block = f.read(n)
            if not block:
                break
            h.update(block)
            if remaining is not None:
                remaining -= len(block)
    return h.hexdigest()


def group_by(paths, key):
    groups = defaultdict(list)
    for p in paths:
        try:
            groups[key(p)].append(p)
        except OSError as e:
            print(f"warning: cannot read {p}: {e}", file=sys.stderr)
    return [g for g in groups.values() if len(g) > 1]


def find_duplicates(roots, min_size=1, follow_links=False):
    by_size = defaultdict(list)
    for path, size in iter_files(roots, follow_links, min_size):
        by_size[size].append(path)

    duplicates = []
    for same_size in by_size.values():
        if len(same_size) < 2:
            continue
        for same_head in group_by(same_size, lambda p: file_hash(p, 4096)):
            duplicates.extend(group_by(same_head, file_hash))
    return duplicates


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", help="directories to scan")
    parser.add_argument("--min-size", type=int, default=1, help="ignore files smaller than this (bytes)")
    parser.add_argument("--follow-links", action="store_true")
    parser.add_argument("--delete", action="store_true", help="delete all but the first file of each group")
    parser.add_argument("-n", "--dry-run", action="store_true", help="with --delete, only print what would go")
    args = parser.parse_args()

    groups = find_duplicates(args.dirs, args.min_size, args.follow_links)
    wasted = 0
    for group in sorted(groups, key=lambda g: -os.path.getsize(g[0])):
        group.sort()
        size = os.path.getsize(group[0])
        wasted += size * (len(group) - 1)
        print(f"{len(group)} x {human(size)}")
        for i, path in enumerate(group):
            print(f"  {'keep' if i == 0 else 'dup '} {path}")
            if i and args.delete:
                if args.dry_run:
                    continue
                os.remove(path)

    print(f"\n{len(groups)} duplicate groups, {human(wasted)} reclaimable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
