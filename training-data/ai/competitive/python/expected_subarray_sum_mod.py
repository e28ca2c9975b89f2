"""Expected sum of a uniformly random non-empty subarray, printed modulo 998244353.

Element i (1-based) lies in i * (n - i + 1) of the n(n+1)/2 subarrays, so the
answer is sum(a_i * i * (n - i + 1)) / (n(n+1)/2) written as P * Q^-1 mod p.
"""

import sys
from typing import List

MOD = 998244353


def parse(tokens: List[bytes]) -> List[int]:
    """Read n followed by n integers; fail loudly on a short input."""
    if not tokens:
        raise ValueError("empty input")
    n = int(tokens[0])
    if n <= 0:
        raise ValueError(f"n must be positive, got {n}")
    values = [int(x) for x in tokens[1:1 + n]]
    if len(values) != n:
        raise ValueError(f"expected {n} values, got {len(values)}")
    return values


def expected_subarray_sum(values: List[int]) -> int:
    """Return the expected subarray sum as a residue modulo MOD."""
    n = len(values)
    weighted = 0
    for i, value in enumerate(values, start=1):
        weighted = (weighted + value % MOD * (i * (n - i + 1) % MOD)) % MOD
    subarrays = n * (n + 1) // 2 % MOD
    return weighted * pow(subarrays, MOD - 2, MOD) % MOD


def main() -> None:
    values = parse(sys.stdin.buffer.read().split())
    print(expected_subarray_sum(values))


if __name__ == "__main__":
    main()
