from collections import deque
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


class CycleError(ValueError):
    def __init__(self, cycle: list) -> None:
        super().__init__("dependency cycle: " + " -> ".join(map(str, cycle)))
        self.cycle = cycle


def topological_sort(deps: Mapping[T, Iterable[T]]) -> list[T]:
    """Order nodes so every node comes after all of its dependencies.

    ``deps`` maps a node to the nodes it depends on. Nodes that only appear as
    dependencies are included too. Ties are broken by first appearance, so the
    result is deterministic for a given input.

    >>> topological_sort({"app": ["lib", "log"], "lib": ["log"], "log": []})
    ['log', 'lib', 'app']
    """
    order: dict[T, None] = {}
    for node, requires in deps.items():
        order.setdefault(node, None)
        for r in requires:
            order.setdefault(r, None)
    nodes = list(order)

    indegree = {n: 0 for n in nodes}
    dependents: dict[T, list[T]] = {n: [] for n in nodes}
    for node, requires in deps.items():
        for r in set(requires):
            indegree[node] += 1
            dependents[r].append(node)

    queue = deque(n for n in nodes if indegree[n] == 0)
    result: list[T] = []
    while queue:
        n = queue.popleft()
        result.append(n)
        for m in dependents[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                queue.append(m)

    if len(result) != len(nodes):
        remaining = {n for n in nodes if indegree[n] > 0}
        raise CycleError(_find_cycle(deps, remaining))
    return result


def _find_cycle(deps: Mapping[T, Iterable[T]], candidates: set[T]) -> list[T]:
    """Return one concrete cycle among ``candidates`` for the error message."""
    start = next(iter(candidates))
    path: list[T] = []
    index: dict[T, int] = {}
    node = start
    while node not in index:
        index[node] = len(path)
        path.append(node)
        node = next(d for d in deps.get(node, ()) if d in candidates)
    return path[index[node]:] + [node]


def parallel_levels(deps: Mapping[T, Iterable[T]]) -> list[list[T]]:
    """Group nodes into levels; everything in one level can run concurrently."""
    level: dict[T, int] = {}
    for node in topological_sort(deps):
        level[node] = 1 + max((level[d] for d in deps.get(node, ())), default=-1)
    grouped: list[list[T]] = [[] for _ in range(max(level.values(), default=-1) + 1)]
    for node, lv in level.items():
        grouped[lv].append(node)
    return grouped


if __name__ == "__main__":
    build = {
        "compile": ["fetch", "configure"],
        "configure": ["fetch"],
        "test": ["compile"],
        "docs": ["configure"],
        "package": ["test", "docs"],
    }
    print(topological_sort(build))
    for i, group in enumerate(parallel_levels(build)):
        print(f"stage {i}: {', '.join(group)}")
