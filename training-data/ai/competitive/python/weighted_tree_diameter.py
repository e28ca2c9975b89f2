import sys
from typing import List, Tuple


def farthest(src: int, adj: List[List[Tuple[int, int]]]) -> Tuple[int, int]:
    n = len(adj)
    dist = [-1] * n
    dist[src] = 0
    stack = [src]
    while stack:
        u = stack.pop()
        for v, w in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + w
                stack.append(v)
    far = max(range(1, n), key=lambda i: dist[i])
    return far, dist[far]


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj: List[List[Tuple[int, int]]] = [[] for _ in range(n + 1)]
    p = 1
    for _ in range(n - 1):
        a, b, w = int(data[p]), int(data[p + 1]), int(data[p + 2])
        p += 3
        adj[a].append((b, w))
        adj[b].append((a, w))
    u, _ = farthest(1, adj)
    v, d = farthest(u, adj)
    print(d)
    print(min(u, v), max(u, v))


if __name__ == "__main__":
    main()
