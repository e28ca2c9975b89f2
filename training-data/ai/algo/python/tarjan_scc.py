"""Strongly connected components with Tarjan's algorithm (iterative).

An iterative DFS is used so that large graphs do not hit Python's
recursion limit.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

Graph = Mapping[Hashable, Iterable[Hashable]]


def strongly_connected_components(graph: Graph) -> list[list[Hashable]]:
    """Return the SCCs of ``graph`` in reverse topological order.

    ``graph`` maps each node to its successors. Nodes that only appear as
    successors are treated as having no outgoing edges.

    The first component returned has no edges into components that come
    later, i.e. the order is a valid topological order of the condensation
    graph, reversed.
    """
    if not isinstance(graph, Mapping):
        raise TypeError(f"graph must be a mapping of node -> successors, got {type(graph).__name__}")

    index_of: dict[Hashable, int] = {}
    lowlink: dict[Hashable, int] = {}
    on_stack: set[Hashable] = set()
    stack: list[Hashable] = []
    components: list[list[Hashable]] = []
    counter = 0

    for root in graph:
        if root in index_of:
            continue
        # Each work item is (node, iterator over its successors).
        work = [(root, iter(graph.get(root, ())))]
        index_of[root] = lowlink[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)

        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index_of:
                    index_of[succ] = lowlink[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(graph.get(succ, ()))))
                    advanced = True
                    break
                if succ in on_stack:
                    lowlink[node] = min(lowlink[node], index_of[succ])
            if advanced:
                continue

            work.pop()
            if work:
                parent = work[-1][0]
                lowlink[parent] = min(lowlink[parent], lowlink[node])
            if lowlink[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)

    return components


def condensation(graph: Graph) -> tuple[dict[Hashable, int], dict[int, set[int]]]:
    """Collapse each SCC to a single node.

    Returns ``(component_of, dag)`` where ``component_of`` maps every node to
    its component id and ``dag`` is the adjacency of the resulting DAG.
    """
    components = strongly_connected_components(graph)
    component_of = {node: cid for cid, comp in enumerate(components) for node in comp}
    dag: dict[int, set[int]] = {cid: set() for cid in range(len(components))}
    for node, successors in graph.items():
        for succ in successors:
            a, b = component_of[node], component_of[succ]
            if a != b:
                dag[a].add(b)
    return component_of, dag


if __name__ == "__main__":
    g = {
        "a": ["b"],
        "b": ["c", "e", "f"],
        "c": ["d", "g"],
        "d": ["c", "h"],
        "e": ["a", "f"],
        "f": ["g"],
        "g": ["f"],
        "h": ["d", "g"],
    }
    for comp in strongly_connected_components(g):
        print(sorted(comp))
    comp_of, dag = condensation(g)
    print(dag)

    chain = {i: [i + 1] for i in range(100_000)}
    assert len(strongly_connected_components(chain)) == 100_001
