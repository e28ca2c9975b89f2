"""Shortest paths on a weighted directed graph using Dijkstra's algorithm."""

import heapq
from collections import defaultdict
from typing import Dict, Hashable, Iterable, List, Optional, Tuple

Node = Hashable
Graph = Dict[Node, List[Tuple[Node, float]]]


def build_graph(edges: Iterable[Tuple[Node, Node, float]], undirected: bool = False) -> Graph:
    """Build an adjacency list from ``(u, v, weight)`` triples."""
    graph: Graph = defaultdict(list)
    for u, v, w in edges:
        if w < 0:
            raise ValueError(f"negative weight on edge {u!r} -> {v!r}; use Bellman-Ford instead")
        graph[u].append((v, w))
        if undirected:
            graph[v].append((u, w))
    return graph


def dijkstra(graph: Graph, source: Node) -> Tuple[Dict[Node, float], Dict[Node, Optional[Node]]]:
    """Compute shortest distances from ``source`` to every reachable node.

    Returns:
        A pair ``(dist, prev)`` where ``dist[n]`` is the length of the shortest
        path to ``n`` and ``prev[n]`` is the predecessor of ``n`` on that path.

    Complexity: O((V + E) log V) with a binary heap.
    """
    dist: Dict[Node, float] = {source: 0.0}
    prev: Dict[Node, Optional[Node]] = {source: None}
    visited: set[Node] = set()
    # The counter breaks ties so that nodes never need to be comparable.
    heap: List[Tuple[float, int, Node]] = [(0.0, 0, source)]
    counter = 1

    while heap:
        d, _, node = heapq.heappop(heap)
        if node in visited:
            continue  # stale entry: a shorter path was already settled
        visited.add(node)

        for neighbour, weight in graph.get(node, ()):
            candidate = d + weight
            if candidate < dist.get(neighbour, float("inf")):
                dist[neighbour] = candidate
                prev[neighbour] = node
                heapq.heappush(heap, (candidate, counter, neighbour))
                counter += 1

    return dist, prev


def shortest_path(graph: Graph, source: Node, target: Node) -> Tuple[float, List[Node]]:
    """Return ``(distance, path)``; raises ``ValueError`` if ``target`` is unreachable."""
    dist, prev = dijkstra(graph, source)
    if target not in dist:
        raise ValueError(f"{target!r} is not reachable from {source!r}")

    path: List[Node] = []
    node: Optional[Node] = target
    while node is not None:
        path.append(node)
        node = prev[node]
    path.reverse()
    return dist[target], path


if __name__ == "__main__":
    g = build_graph(
        [
            ("A", "B", 4), ("A", "C", 2), ("C", "B", 1),
            ("B", "D", 5), ("C", "D", 8), ("C", "E", 10),
            ("D", "E", 2), ("E", "F", 3), ("D", "F", 6),
        ]
    )
    for target in "BCDEF":
        cost, route = shortest_path(g, "A", target)
        print(f"A -> {target}: {cost:>4} via {' -> '.join(route)}")
