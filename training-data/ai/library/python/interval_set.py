from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Iterator


class IntervalSet:
    def __init__(self, intervals: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in intervals:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        if start >= end:
            return
        lo = bisect_left(self._ends, start)
        hi = bisect_right(self._starts, end)
        if lo < hi:
            start = min(start, self._starts[lo])
            end = max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def remove(self, start: int, end: int) -> None:
        if start >= end:
            return
        lo = bisect_right(self._ends, start)
        hi = bisect_left(self._starts, end)
        new_s: list[int] = []
        new_e: list[int] = []
        if lo < hi:
            if self._starts[lo] < start:
                new_s.append(self._starts[lo])
                new_e.append(start)
            if self._ends[hi - 1] > end:
                new_s.append(end)
                new_e.append(self._ends[hi - 1])
        self._starts[lo:hi] = new_s
        self._ends[lo:hi] = new_e

    def __contains__(self, x: int) -> bool:
        i = bisect_right(self._starts, x) - 1
        return i >= 0 and x < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._ends, start)
        return i < len(self._starts) and self._starts[i] < end

    def gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        cur = start
        for s, e in self:
            if e <= cur:
                continue
            if s >= end:
                break
            if s > cur:
                out.append((cur, s))
            cur = max(cur, e)
        if cur < end:
            out.append((cur, end))
        return out

    def total_length(self) -> int:
        return sum(e - s for s, e in self)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(zip(self._starts, self._ends))

    def __len__(self) -> int:
        return len(self._starts)

    def __repr__(self) -> str:
        return f"IntervalSet({list(self)!r})"
