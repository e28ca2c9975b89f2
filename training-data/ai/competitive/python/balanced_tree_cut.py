"""Remove one edge of a weighted-node tree so the two parts' weights differ the least.

Input: n, the n node weights, then n-1 edges "a b". Prints the minimum difference
and one edge achieving it (the edge is printed as "parent child" from root 1).
"""

import sys

ROOT = 1


def read_tree():
    """Return (n, weights, adjacency) after checking the edge count and labels."""
    tokens = sys.stdin.buffer.read().split()
    n = int(tokens[0])
    if n < 2:
        raise SystemExit("error: a tree needs at least 2 nodes to cut an edge")
    weights = [0] + [int(x) for x in tokens[1:n + 1]]
    edge_tokens = tokens[n + 1:]
    if len(edge_tokens) < 2 * (n - 1):
        raise SystemExit(f"error: expected {n - 1} edges")
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        a, b = int(edge_tokens[2 * i]), int(edge_tokens[2 * i + 1])
        if not (1 <= a <= n and 1 <= b <= n):
            raise SystemExit(f"error: edge {i + 1} has a label outside 1..{n}")
        adj[a].append(b)
        adj[b].append(a)
    return n, weights, adj


def dfs_order(n, adj):
    """Iterative DFS from ROOT; returns the visit order and parent array."""
    parent = [0] * (n + 1)
    parent[ROOT] = -1
    order = []
    stack = [ROOT]
    while stack:
        u = stack.pop()
        order.append(u)
        for v in adj[u]:
            if v != parent[u]:
                parent[v] = u
                stack.append(v)
    return order, parent


def subtree_sums(weights, order, parent):
    """Accumulate subtree weights bottom-up using the reversed DFS order."""
    sub = weights[:]
    for u in reversed(order):
        if parent[u] > 0:
            sub[parent[u]] += sub[u]
    return sub


def best_cut(n, weights, adj):
    """Try every edge (parent[v], v) and keep the smallest difference."""
    order, parent = dfs_order(n, adj)
    sub = subtree_sums(weights, order, parent)
    total = sub[ROOT]
    best = None
    for v in range(1, n + 1):
        if v == ROOT:
            continue
        diff = abs(total - 2 * sub[v])
        if best is None or diff < best[0]:
            best = (diff, parent[v], v)
    return best


def main():
    n, weights, adj = read_tree()
    diff, a, b = best_cut(n, weights, adj)
    print(diff)
    print(a, b)


if __name__ == "__main__":
    main()
