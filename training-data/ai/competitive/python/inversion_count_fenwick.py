"""Count inversions (i < j with a[i] > a[j]) for several arrays using a Fenwick tree."""

import sys
from typing import List


class FenwickTree:
    """Prefix sums over positions 1..size with point updates."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.tree = [0] * (size + 1)

    def add(self, index: int, delta: int) -> None:
        while index <= self.size:
            self.tree[index] += delta
            index += index & -index

    def prefix_sum(self, index: int) -> int:
        total = 0
        while index > 0:
            total += self.tree[index]
            index -= index & -index
        return total


def compress(values: List[int]) -> List[int]:
    """Map values to ranks 1..k preserving order; equal values share a rank."""
    rank = {v: i + 1 for i, v in enumerate(sorted(set(values)))}
    return [rank[v] for v in values]


def count_inversions(values: List[int]) -> int:
    """Scan left to right, counting earlier elements strictly greater than the current one."""
    ranks = compress(values)
    fenwick = FenwickTree(len(set(ranks)))
    inversions = 0
    for seen, r in enumerate(ranks):
        inversions += seen - fenwick.prefix_sum(r)
        fenwick.add(r, 1)
    return inversions


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    if not tokens:
        raise SystemExit("error: empty input, expected the number of test cases")
    t = int(tokens[0])
    pos = 1
    answers: List[str] = []
    for case in range(1, t + 1):
        n = int(tokens[pos])
        values = [int(x) for x in tokens[pos + 1:pos + 1 + n]]
        if len(values) != n:
            raise SystemExit(f"error: case {case} declares {n} values but only {len(values)} were given")
        pos += 1 + n
        answers.append(str(count_inversions(values)))
    sys.stdout.write("\n".join(answers) + "\n")


if __name__ == "__main__":
    main()
