"""Interval scheduling: pick the largest set of non-overlapping intervals.

Two variants are provided:

* :func:`max_non_overlapping` - unweighted, greedy by earliest finish time.
* :func:`max_weight_schedule` - weighted, dynamic programming + binary search.

Intervals are half-open ``[start, end)``, so ``(1, 3)`` and ``(3, 5)`` do not overlap.
"""

from bisect import bisect_right
from typing import List, NamedTuple, Sequence, Tuple


class Interval(NamedTuple):
    start: float
    end: float
    weight: float = 1.0
    label: str = ""


def _validate(intervals: Sequence[Interval]) -> None:
    for iv in intervals:
        if iv.end < iv.start:
            raise ValueError(f"interval {iv.label or iv} ends before it starts")
        if iv.weight < 0:
            raise ValueError(f"interval {iv.label or iv} has a negative weight")


def max_non_overlapping(intervals: Sequence[Interval]) -> List[Interval]:
    """Return a maximum-size subset of pairwise non-overlapping intervals.

    Greedy choice: always take the interval that finishes first. O(n log n).
    """
    _validate(intervals)
    chosen: List[Interval] = []
    last_end = float("-inf")
    for iv in sorted(intervals, key=lambda i: (i.end, i.start)):
        if iv.start >= last_end:
            chosen.append(iv)
            last_end = iv.end
    return chosen


def max_weight_schedule(intervals: Sequence[Interval]) -> Tuple[float, List[Interval]]:
    """Return ``(total_weight, chosen)`` maximising the summed weight.

    ``best[i]`` is the optimum over the first ``i`` intervals sorted by end time;
    for each interval we binary-search the last one that ends before it starts.
    """
    _validate(intervals)
    ordered = sorted(intervals, key=lambda i: i.end)
    ends = [iv.end for iv in ordered]
    n = len(ordered)

    best = [0.0] * (n + 1)
    for i, iv in enumerate(ordered, start=1):
        compatible = bisect_right(ends, iv.start, 0, i - 1)
        best[i] = max(best[i - 1], best[compatible] + iv.weight)

    chosen: List[Interval] = []
    i = n
    while i > 0:
        iv = ordered[i - 1]
        compatible = bisect_right(ends, iv.start, 0, i - 1)
        if best[compatible] + iv.weight >= best[i - 1]:
            chosen.append(iv)
            i = compatible
        else:
            i -= 1
    chosen.reverse()
    return best[n], chosen


if __name__ == "__main__":
    meetings = [
        Interval(9, 10, 2, "standup"),
        Interval(9.5, 12, 5, "design review"),
        Interval(10, 11, 1, "1:1"),
        Interval(11, 12.5, 3, "planning"),
        Interval(12, 13, 4, "lunch talk"),
        Interval(12.5, 14, 2, "interview"),
    ]
    greedy = max_non_overlapping(meetings)
    print("most meetings:", [m.label for m in greedy])
    total, weighted = max_weight_schedule(meetings)
    print(f"best value {total}:", [m.label for m in weighted])
