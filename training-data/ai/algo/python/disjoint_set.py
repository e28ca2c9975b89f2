from typing import Dict, Generic, Hashable, Iterable, List, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSet(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: Dict[T, T] = {}
        self._size: Dict[T, int] = {}
        self.components = 0
        for item in items:
            self.add(item)

    def add(self, x: T) -> None:
        if x not in self._parent:
            self._parent[x] = x
            self._size[x] = 1
            self.components += 1

    def find(self, x: T) -> T:
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a: T, b: T) -> bool:
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        self.components -= 1
        return True

    def connected(self, a: T, b: T) -> bool:
        if a not in self._parent or b not in self._parent:
            return a == b
        return self.find(a) == self.find(b)

    def size_of(self, x: T) -> int:
        return self._size[self.find(x)]

    def groups(self) -> List[List[T]]:
        out: Dict[T, List[T]] = {}
        for x in self._parent:
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())

    def __len__(self) -> int:
        return len(self._parent)

    def __contains__(self, x: object) -> bool:
        return x in self._parent


if __name__ == "__main__":
    ds: DisjointSet[str] = DisjointSet("abcdefg")
    for a, b in [("a", "b"), ("c", "d"), ("b", "d"), ("e", "f")]:
        ds.union(a, b)
    assert ds.connected("a", "c")
    assert not ds.connected("a", "e")
    assert ds.components == 3
    assert ds.size_of("d") == 4
    assert not ds.union("a", "d")
    print(sorted(sorted(g) for g in ds.groups()))
