# For a string s and several lengths L, count how many distinct substrings of
# length exactly L the string has.
#
# We slide a polynomial rolling hash over s. Two independent moduli make an
# accidental collision practically impossible, and we pack both hashes into a
# single Python int so the set stays fast.
import sys
from typing import List, Tuple

MOD1, BASE1 = 1_000_000_007, 911_382_323
MOD2, BASE2 = 998_244_353, 972_663_749


def build_prefix(s: str, mod: int, base: int) -> Tuple[List[int], List[int]]:
    # h[i] is the hash of s[:i]; p[i] is base**i (both modulo mod)
    h = [0] * (len(s) + 1)
    p = [1] * (len(s) + 1)
    for i, ch in enumerate(s):
        h[i + 1] = (h[i] * base + ord(ch)) % mod
        p[i + 1] = p[i] * base % mod
    return h, p


def count_distinct(s: str, length: int, tables) -> int:
    n = len(s)
    if length <= 0 or length > n:
        return 0  # no substrings of that length exist

    (h1, p1), (h2, p2) = tables
    seen = set()
    for i in range(n - length + 1):
        # Hash of s[i:i+length] = h[i+length] - h[i] * base**length
        a = (h1[i + length] - h1[i] * p1[length]) % MOD1
        b = (h2[i + length] - h2[i] * p2[length]) % MOD2
        seen.add(a * MOD2 + b)
    return len(seen)


def main() -> None:
    s = sys.stdin.readline().strip()
    q = int(sys.stdin.readline())
    lengths = [int(sys.stdin.readline()) for _ in range(q)]

    # Build the prefix tables once and reuse them for every query
    tables = (build_prefix(s, MOD1, BASE1), build_prefix(s, MOD2, BASE2))
    for length in lengths:
        print(count_distinct(s, length, tables))


if __name__ == "__main__":
    # Example:
    #   input:  abab
    #           3
    #           1
    #           2
    #           3
    #   output: 2   (a, b)
    #           2   (ab, ba)
    #           2   (aba, bab)
    main()
