"""Cheapest set of roads to repair so every town is connected (Kruskal's algorithm).

Input: n m, then m lines "a b cost". Output: the total cost, or IMPOSSIBLE.
"""

import sys
from typing import List, Optional, Tuple

Edge = Tuple[int, int, int]


class DisjointSet:
    """Union-find with path halving and union by size."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n + 1))
        self.size = [1] * (n + 1)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        """Merge the sets of a and b; return False if they were already joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


def read_input() -> Tuple[int, List[Edge]]:
    """Read the towns and roads, validating town labels."""
    tokens = sys.stdin.buffer.read().split()
    n, m = int(tokens[0]), int(tokens[1])
    edges: List[Edge] = []
    for i in range(m):
        a, b, cost = (int(x) for x in tokens[2 + 3 * i: 5 + 3 * i])
        if not (1 <= a <= n and 1 <= b <= n):
            raise ValueError(f"road {i + 1} connects unknown towns {a} and {b}")
        edges.append((cost, a, b))
    return n, edges


def minimum_spanning_cost(n: int, edges: List[Edge]) -> Optional[int]:
    """Total weight of a minimum spanning tree, or None if the graph is disconnected."""
    dsu = DisjointSet(n)
    total = 0
    used = 0
    for cost, a, b in sorted(edges):
        if dsu.union(a, b):
            total += cost
            used += 1
            if used == n - 1:
                break
    return total if used == n - 1 else None


def main() -> None:
    n, edges = read_input()
    cost = minimum_spanning_cost(n, edges)
    print("IMPOSSIBLE" if cost is None else cost)


if __name__ == "__main__":
    main()
