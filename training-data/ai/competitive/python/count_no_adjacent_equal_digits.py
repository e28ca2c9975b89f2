"""Count integers in [L, R] whose decimal digits never repeat side by side.

Input: Q, then Q lines "L R" with 0 <= L <= R. One count per line.
"""

import sys
from typing import List, Tuple

BASE = 10
# After the first digit, every later digit has BASE - 1 choices (anything but its left neighbour).
FREE_CHOICES = BASE - 1


def count_upto(n: int) -> int:
    """Number of valid integers in [0, n]; 0 itself counts as valid."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    digits = [int(ch) for ch in str(n)]
    k = len(digits)

    total = 1  # the number 0
    for length in range(1, k):
        total += FREE_CHOICES ** length  # shorter numbers: 9 leading digits, then 9 each

    prev = -1
    for i, d in enumerate(digits):
        lowest = 1 if i == 0 else 0
        smaller = sum(1 for x in range(lowest, d) if x != prev)
        total += smaller * FREE_CHOICES ** (k - i - 1)
        if d == prev:
            break  # every number sharing this prefix is invalid, including n
        prev = d
    else:
        total += 1  # n itself is valid
    return total


def read_queries(tokens: List[str]) -> List[Tuple[int, int]]:
    """Parse and validate the query ranges."""
    q = int(tokens[0])
    queries = []
    for i in range(q):
        lo, hi = int(tokens[1 + 2 * i]), int(tokens[2 + 2 * i])
        if lo < 0 or lo > hi:
            raise ValueError(f"query {i + 1}: need 0 <= L <= R, got L={lo}, R={hi}")
        queries.append((lo, hi))
    return queries


def main() -> None:
    queries = read_queries(sys.stdin.read().split())
    print("\n".join(str(count_upto(hi) - count_upto(lo - 1)) for lo, hi in queries))


if __name__ == "__main__":
    main()
