"""Count monotone lattice paths (0,0) -> (n,m) that avoid one blocked point, mod 1e9+7.

Input: T, then T lines "n m x y". Moves are +1 in x or +1 in y.
"""

import sys
from typing import List, Tuple

MOD = 10**9 + 7


def read_cases(tokens: List[str]) -> List[Tuple[int, int, int, int]]:
    """Parse T test cases and check each blocked point lies inside its box."""
    t = int(tokens[0])
    if len(tokens) < 1 + 4 * t:
        raise ValueError(f"expected {4 * t} numbers after T, got {len(tokens) - 1}")
    cases = []
    for i in range(t):
        n, m, x, y = map(int, tokens[1 + 4 * i: 5 + 4 * i])
        if not (0 <= x <= n and 0 <= y <= m):
            raise ValueError(f"case {i + 1}: blocked point ({x}, {y}) is outside the {n}x{m} box")
        cases.append((n, m, x, y))
    return cases


def build_factorials(limit: int) -> Tuple[List[int], List[int]]:
    """Factorials and inverse factorials up to ``limit`` inclusive."""
    fact = [1] * (limit + 1)
    for i in range(1, limit + 1):
        fact[i] = fact[i - 1] * i % MOD
    inv = [1] * (limit + 1)
    inv[limit] = pow(fact[limit], MOD - 2, MOD)
    for i in range(limit, 0, -1):
        inv[i - 1] = inv[i] * i % MOD
    return fact, inv


def count_paths(n: int, m: int, x: int, y: int, fact: List[int], inv: List[int]) -> int:
    """All paths minus the ones passing through (x, y)."""

    def binom(a: int, b: int) -> int:
        return fact[a] * inv[b] % MOD * inv[a - b] % MOD

    total = binom(n + m, n)
    through = binom(x + y, x) * binom(n - x + m - y, n - x) % MOD
    return (total - through) % MOD


def main() -> None:
    cases = read_cases(sys.stdin.read().split())
    if not cases:
        return
    limit = max(n + m for n, m, _, _ in cases)
    fact, inv = build_factorials(limit)
    print("\n".join(str(count_paths(n, m, x, y, fact, inv)) for n, m, x, y in cases))


if __name__ == "__main__":
    main()
