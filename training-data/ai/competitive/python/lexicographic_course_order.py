"""Order n courses so every prerequisite comes first, smallest label first on ties.

Input: n m, then m lines "a b" meaning course a must be taken before course b.
Output: the order, or IMPOSSIBLE if the prerequisites contain a cycle.
"""

import heapq
import sys
from typing import List, Optional

IMPOSSIBLE = "IMPOSSIBLE"


def read_graph(tokens: List[str]) -> List[List[int]]:
    """Build the adjacency list, rejecting labels outside 1..n."""
    n, m = int(tokens[0]), int(tokens[1])
    adj: List[List[int]] = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(tokens[2 + 2 * i]), int(tokens[3 + 2 * i])
        if not (1 <= a <= n and 1 <= b <= n):
            raise ValueError(f"edge {i + 1}: course labels must be in 1..{n}, got {a} {b}")
        adj[a].append(b)
    return adj


def lexicographic_topo_order(adj: List[List[int]]) -> Optional[List[int]]:
    """Kahn's algorithm with a min-heap instead of a FIFO queue."""
    n = len(adj) - 1
    indegree = [0] * (n + 1)
    for u in range(1, n + 1):
        for v in adj[u]:
            indegree[v] += 1

    ready = [u for u in range(1, n + 1) if indegree[u] == 0]
    heapq.heapify(ready)
    order: List[int] = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in adj[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                heapq.heappush(ready, v)

    return order if len(order) == n else None


def main() -> None:
    adj = read_graph(sys.stdin.read().split())
    order = lexicographic_topo_order(adj)
    print(IMPOSSIBLE if order is None else " ".join(map(str, order)))


if __name__ == "__main__":
    main()
