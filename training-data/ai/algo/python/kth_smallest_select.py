import random


def _partition(a, lo, hi, pivot_index):
    pivot = a[pivot_index]
    a[pivot_index], a[hi] = a[hi], a[pivot_index]
    store = lo
    for i in range(lo, hi):
        if a[i] < pivot:
            a[store], a[i] = a[i], a[store]
            store += 1
    a[store], a[hi] = a[hi], a[store]
    return store


def quickselect(items, k, rng=random):
    if not 0 <= k < len(items):
        raise IndexError('k out of range')
    a = list(items)
    lo, hi = 0, len(a) - 1
    while True:
        if lo == hi:
            return a[lo]
        p = _partition(a, lo, hi, rng.randint(lo, hi))
        if k == p:
            return a[k]
        if k < p:
            hi = p - 1
        else:
            lo = p + 1


def median(items):
    n = len(items)
    if n == 0:
        raise ValueError('median of empty sequence')
    if n % 2:
        return quickselect(items, n // 2)
    return (quickselect(items, n // 2 - 1) + quickselect(items, n // 2)) / 2


def k_smallest(items, k):
    if k <= 0:
        return []
    if k >= len(items):
        return sorted(items)
    a = list(items)
    lo, hi = 0, len(a) - 1
    while lo < hi:
        p = _partition(a, lo, hi, random.randint(lo, hi))
        if p == k - 1:
            break
        if p < k - 1:
            lo = p + 1
        else:
            hi = p - 1
    return sorted(a[:k])


if __name__ == '__main__':
    rng = random.Random(7)
    for _ in range(200):
        data = [rng.randint(-50, 50) for _ in range(rng.randint(1, 40))]
        s = sorted(data)
        k = rng.randrange(len(data))
        assert quickselect(data, k, rng) == s[k]
        assert k_smallest(data, k) == s[:k]
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    print('ok')
