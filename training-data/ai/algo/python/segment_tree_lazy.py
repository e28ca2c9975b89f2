"""Segment tree with lazy propagation for range-add / range-sum queries."""

from typing import List, Sequence

MIN_SIZE = 1


class LazySegmentTree:
    """Supports ``add(lo, hi, value)`` and ``sum(lo, hi)`` in O(log n).

    Ranges are half-open: ``[lo, hi)``, matching Python slicing.
    """

    def __init__(self, values: Sequence[int]) -> None:
        if len(values) < MIN_SIZE:
            raise ValueError("LazySegmentTree needs at least one element")
        self._n = len(values)
        self._sum: List[int] = [0] * (4 * self._n)
        self._pending: List[int] = [0] * (4 * self._n)
        self._build(1, 0, self._n, values)

    def __len__(self) -> int:
        return self._n

    def _build(self, node: int, left: int, right: int, values: Sequence[int]) -> None:
        if right - left == 1:
            self._sum[node] = values[left]
            return
        mid = (left + right) // 2
        self._build(2 * node, left, mid, values)
        self._build(2 * node + 1, mid, right, values)
        self._sum[node] = self._sum[2 * node] + self._sum[2 * node + 1]

    def _apply(self, node: int, left: int, right: int, delta: int) -> None:
        """Add ``delta`` to every element covered by ``node`` without descending."""
        self._sum[node] += delta * (right - left)
        self._pending[node] += delta

    def _push_down(self, node: int, left: int, right: int) -> None:
        """Hand a pending update from ``node`` to its two children."""
        delta = self._pending[node]
        if delta:
            mid = (left + right) // 2
            self._apply(2 * node, left, mid, delta)
            self._apply(2 * node + 1, mid, right, delta)
            self._pending[node] = 0

    def _check_range(self, lo: int, hi: int) -> None:
        if not 0 <= lo <= hi <= self._n:
            raise IndexError(f"range [{lo}, {hi}) is outside [0, {self._n})")

    def add(self, lo: int, hi: int, delta: int) -> None:
        """Add ``delta`` to every element in ``[lo, hi)``."""
        self._check_range(lo, hi)
        if lo < hi:
            self._add(1, 0, self._n, lo, hi, delta)

    def _add(self, node: int, left: int, right: int, lo: int, hi: int, delta: int) -> None:
        if hi <= left or right <= lo:
            return
        if lo <= left and right <= hi:
            self._apply(node, left, right, delta)
            return
        self._push_down(node, left, right)
        mid = (left + right) // 2
        self._add(2 * node, left, mid, lo, hi, delta)
        self._add(2 * node + 1, mid, right, lo, hi, delta)
        self._sum[node] = self._sum[2 * node] + self._sum[2 * node + 1]

    def sum(self, lo: int, hi: int) -> int:
        """Return the sum of elements in ``[lo, hi)``."""
        self._check_range(lo, hi)
        if lo == hi:
            return 0
        return self._query(1, 0, self._n, lo, hi)

    def _query(self, node: int, left: int, right: int, lo: int, hi: int) -> int:
        if hi <= left or right <= lo:
            return 0
        if lo <= left and right <= hi:
            return self._sum[node]
        self._push_down(node, left, right)
        mid = (left + right) // 2
        return self._query(2 * node, left, mid, lo, hi) + self._query(2 * node + 1, mid, right, lo, hi)

    def to_list(self) -> List[int]:
        """Materialise the current array (O(n log n)); mainly for debugging."""
        return [self.sum(i, i + 1) for i in range(self._n)]


if __name__ == "__main__":
    import random

    data = [random.randint(-10, 10) for _ in range(50)]
    tree = LazySegmentTree(data)
    for _ in range(500):
        a, b = sorted(random.sample(range(len(data) + 1), 2))
        if random.random() < 0.5:
            d = random.randint(-5, 5)
            tree.add(a, b, d)
            for i in range(a, b):
                data[i] += d
        else:
            assert tree.sum(a, b) == sum(data[a:b])
    assert tree.to_list() == data
    print("all random checks passed")
