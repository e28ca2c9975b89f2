"""Longest substring that occurs at least twice (occurrences may overlap).

Binary search on the length; a length is feasible if two windows share a
polynomial hash mod 2^61 - 1. Prints the length and one such substring.
"""

from __future__ import annotations

import random
import sys

MOD = (1 << 61) - 1
BASE = random.randrange(10**5, MOD - 1)


def prefix_hashes(s: str) -> tuple[list[int], list[int]]:
    """Return prefix hashes h and base powers p for O(1) window hashing."""
    n = len(s)
    h = [0] * (n + 1)
    p = [1] * (n + 1)
    for i, ch in enumerate(s):
        h[i + 1] = (h[i] * BASE + ord(ch)) % MOD
        p[i + 1] = p[i] * BASE % MOD
    return h, p


def find_repeat(s: str, length: int, h: list[int], p: list[int]) -> int:
    """Start index of a window of ``length`` seen earlier, or -1 if none."""
    if length == 0:
        return 0
    seen: dict[int, int] = {}
    for i in range(len(s) - length + 1):
        key = (h[i + length] - h[i] * p[length]) % MOD
        if key in seen and s[seen[key]:seen[key] + length] == s[i:i + length]:
            return i
        seen.setdefault(key, i)
    return -1


def longest_repeat(s: str) -> str:
    """Binary search the largest length that has a repeated window."""
    h, p = prefix_hashes(s)
    lo, hi = 0, len(s) - 1
    best_start = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        start = find_repeat(s, mid, h, p)
        if start >= 0:
            lo, best_start = mid, start
        else:
            hi = mid - 1
    return s[best_start:best_start + lo] if lo > 0 else ""


def main() -> None:
    s = sys.stdin.readline().strip()
    if not s:
        raise SystemExit("error: expected a non-empty string on the first line")
    answer = longest_repeat(s)
    print(len(answer))
    if answer:
        print(answer)


if __name__ == "__main__":
    main()
