"""Binary search helpers: lower/upper bound, ranges, and searching on answers.

All functions expect ``seq`` to be sorted in non-decreasing order (by
``key`` when one is given). Nothing here mutates its inputs.
"""

_NOT_FOUND = -1


def _check_bounds(seq, lo, hi):
    if hi is None:
        hi = len(seq)
    if lo < 0 or hi > len(seq) or lo > hi:
        raise ValueError("invalid search window [%d, %d) for a sequence of length %d" % (lo, hi, len(seq)))
    return lo, hi


def lower_bound(seq, target, lo=0, hi=None, key=None):
    """Index of the first element ``>= target`` (``len(seq)`` if none)."""
    lo, hi = _check_bounds(seq, lo, hi)
    key = key or (lambda x: x)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(seq[mid]) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(seq, target, lo=0, hi=None, key=None):
    """Index of the first element ``> target`` (``len(seq)`` if none)."""
    lo, hi = _check_bounds(seq, lo, hi)
    key = key or (lambda x: x)
    while lo < hi:
        mid = (lo + hi) // 2
        if target < key(seq[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def index_of(seq, target, key=None):
    """Index of the first element equal to ``target``, or -1."""
    i = lower_bound(seq, target, key=key)
    if i < len(seq) and (key or (lambda x: x))(seq[i]) == target:
        return i
    return _NOT_FOUND


def equal_range(seq, target, key=None):
    """Half-open ``(start, end)`` span of elements equal to ``target``."""
    return lower_bound(seq, target, key=key), upper_bound(seq, target, key=key)


def first_true(lo, hi, predicate):
    """Smallest integer ``x`` in ``[lo, hi]`` with ``predicate(x)`` true.

    ``predicate`` must be monotone (false ... false, true ... true). Returns
    ``hi + 1`` if it is never true in the range.
    """
    if lo > hi:
        raise ValueError("empty range: lo=%d > hi=%d" % (lo, hi))
    hi += 1
    while lo < hi:
        mid = (lo + hi) // 2
        if predicate(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def integer_sqrt(n):
    """Floor of the square root of ``n``, found by binary search on the answer."""
    if n < 0:
        raise ValueError("integer_sqrt() is undefined for negative numbers")
    return first_true(0, n + 1, lambda x: x * x > n) - 1


def search_rotated(seq, target):
    """Find ``target`` in a rotated sorted sequence of distinct values; -1 if absent."""
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        if seq[lo] <= seq[mid]:
            if seq[lo] <= target < seq[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if seq[mid] < target <= seq[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return _NOT_FOUND


if __name__ == "__main__":
    data = [1, 3, 3, 3, 5, 8, 13]
    assert lower_bound(data, 3) == 1 and upper_bound(data, 3) == 4
    assert equal_range(data, 4) == (4, 4)
    assert index_of(data, 13) == 6 and index_of(data, 2) == -1
    assert lower_bound(data, 100) == len(data)

    people = [("ann", 19), ("bo", 25), ("cy", 25), ("di", 40)]
    assert equal_range(people, 25, key=lambda p: p[1]) == (1, 3)

    assert [integer_sqrt(n) for n in (0, 1, 15, 16, 17, 10**12)] == [0, 1, 3, 4, 4, 10**6]
    assert search_rotated([15, 18, 22, 3, 7, 9], 7) == 4
    assert search_rotated([15, 18, 22, 3, 7, 9], 10) == -1

    # Smallest ship capacity that ships all packages within 5 days.
    weights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

    def days_needed(cap):
        days, load = 1, 0
        for w in weights:
            if load + w > cap:
                days, load = days + 1, 0
            load += w
        return days

    print("min capacity:", first_true(max(weights), sum(weights), lambda c: days_needed(c) <= 5))
