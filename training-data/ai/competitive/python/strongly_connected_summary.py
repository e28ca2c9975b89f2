"""Strongly connected components of a directed graph (Kosaraju, no recursion).

Input: n m, then m lines "a b" for an edge a -> b.
Output: the number of components, the size of the largest one, and for every
node its component id; ids follow a topological order of the condensation.
"""

import sys


def read_graph():
    """Return n plus the forward and reverse adjacency lists."""
    tokens = sys.stdin.buffer.read().split()
    if len(tokens) < 2:
        raise SystemExit("error: expected 'n m' on the first line")
    n, m = int(tokens[0]), int(tokens[1])
    if len(tokens) < 2 + 2 * m:
        raise SystemExit(f"error: expected {m} edges, input ended early")
    forward = [[] for _ in range(n + 1)]
    backward = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(tokens[2 + 2 * i]), int(tokens[3 + 2 * i])
        forward[a].append(b)
        backward[b].append(a)
    return n, forward, backward


def finish_order(n, forward):
    """First pass: nodes in increasing order of DFS finishing time."""
    visited = [False] * (n + 1)
    order = []
    for root in range(1, n + 1):
        if visited[root]:
            continue
        visited[root] = True
        stack = [(root, 0)]
        while stack:
            node, i = stack.pop()
            if i < len(forward[node]):
                stack.append((node, i + 1))
                nxt = forward[node][i]
                if not visited[nxt]:
                    visited[nxt] = True
                    stack.append((nxt, 0))
            else:
                order.append(node)
    return order


def label_components(n, backward, order):
    """Second pass on the reversed graph, in decreasing finishing time."""
    comp = [0] * (n + 1)
    count = 0
    for root in reversed(order):
        if comp[root]:
            continue
        count += 1
        comp[root] = count
        stack = [root]
        while stack:
            node = stack.pop()
            for prev in backward[node]:
                if not comp[prev]:
                    comp[prev] = count
                    stack.append(prev)
    return count, comp


def main():
    n, forward, backward = read_graph()
    count, comp = label_components(n, backward, finish_order(n, forward))
    sizes = [0] * (count + 1)
    for node in range(1, n + 1):
        sizes[comp[node]] += 1
    print(count, max(sizes))
    print(" ".join(map(str, comp[1:])))


if __name__ == "__main__":
    main()
