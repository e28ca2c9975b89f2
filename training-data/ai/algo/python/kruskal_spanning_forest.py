"""Minimum spanning tree / forest with Kruskal's algorithm.

Edges are sorted by weight and added greedily whenever they join two
different components, which a small union-find keeps track of.
"""

from typing import Dict, Hashable, Iterable, List, NamedTuple, Tuple


class Edge(NamedTuple):
    u: Hashable
    v: Hashable
    weight: float


class _UnionFind:
    """Minimal union-find with path halving and union by rank."""

    def __init__(self) -> None:
        self.parent: Dict[Hashable, Hashable] = {}
        self.rank: Dict[Hashable, int] = {}

    def find(self, x: Hashable) -> Hashable:
        self.parent.setdefault(x, x)
        self.rank.setdefault(x, 0)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


def _normalise(edges: Iterable[Tuple[Hashable, Hashable, float]]) -> List[Edge]:
    result: List[Edge] = []
    for item in edges:
        if len(item) != 3:
            raise ValueError(f"expected (u, v, weight), got {item!r}")
        u, v, w = item
        if not isinstance(w, (int, float)):
            raise TypeError(f"weight of edge {u!r}-{v!r} must be a number, got {w!r}")
        result.append(Edge(u, v, w))
    return result


def kruskal(
    edges: Iterable[Tuple[Hashable, Hashable, float]],
    nodes: Iterable[Hashable] = (),
) -> Tuple[float, List[Edge]]:
    """Return ``(total_weight, tree_edges)`` of a minimum spanning forest.

    Args:
        edges: undirected ``(u, v, weight)`` triples. Negative weights are fine.
        nodes: optional extra nodes, so isolated vertices count as components.

    If the graph is disconnected, the result is a spanning forest with one
    tree per connected component. Use :func:`is_spanning_tree` to check.
    """
    uf = _UnionFind()
    for node in nodes:
        uf.find(node)

    tree: List[Edge] = []
    total = 0.0
    for edge in sorted(_normalise(edges), key=lambda e: e.weight):
        if edge.u == edge.v:
            continue  # self-loops can never be part of a tree
        if uf.union(edge.u, edge.v):
            tree.append(edge)
            total += edge.weight
    return total, tree


def is_spanning_tree(tree: List[Edge], num_nodes: int) -> bool:
    """A forest on ``num_nodes`` vertices is a single tree iff it has n - 1 edges."""
    if num_nodes < 0:
        raise ValueError("num_nodes must be non-negative")
    return len(tree) == max(num_nodes - 1, 0)


if __name__ == "__main__":
    cities = [
        ("Amsterdam", "Berlin", 655),
        ("Amsterdam", "Brussels", 210),
        ("Brussels", "Paris", 300),
        ("Paris", "Berlin", 1050),
        ("Berlin", "Prague", 350),
        ("Prague", "Vienna", 330),
        ("Vienna", "Berlin", 680),
        ("Paris", "Vienna", 1235),
    ]
    cost, mst = kruskal(cities)
    for e in mst:
        print(f"{e.u:>10} -- {e.v:<10} {e.weight:>5}")
    print(f"total: {cost} km, spanning: {is_spanning_tree(mst, 6)}")
