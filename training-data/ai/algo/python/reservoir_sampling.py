import math
import random


def reservoir_sample(stream, k, rng=None):
    rng = rng or random.Random()
    res = []
    for i, x in enumerate(stream):
        if i < k:
            res.append(x)
        else:
            j = rng.randint(0, i)
            if j < k:
                res[j] = x
    return res


def reservoir_sample_fast(stream, k, rng=None):
    # Algorithm L: skip ahead geometrically instead of rolling for every item
    if k <= 0:
        return []
    rng = rng or random.Random()
    it = iter(stream)
    res = []
    for x in it:
        res.append(x)
        if len(res) == k:
            break
    if len(res) < k:
        return res
    w = math.exp(math.log(rng.random()) / k)
    while True:
        skip = int(math.log(rng.random()) / math.log(1 - w))
        try:
            for _ in range(skip):
                next(it)
            x = next(it)
        except StopIteration:
            return res
        res[rng.randrange(k)] = x
        w *= math.exp(math.log(rng.random()) / k)


def weighted_reservoir_sample(stream, k, rng=None):
    # A-Res (Efraimidis-Spirakis); stream yields (item, weight)
    import heapq
    rng = rng or random.Random()
    heap = []
    for item, w in stream:
        if w <= 0:
            continue
        key = rng.random() ** (1.0 / w)
        if len(heap) < k:
            heapq.heappush(heap, (key, id(item), item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, id(item), item))
    return [t[2] for t in heap]


if __name__ == "__main__":
    r = random.Random(1)
    counts = [0] * 10
    for _ in range(20000):
        for x in reservoir_sample(range(10), 3, r):
            counts[x] += 1
    print(counts)

    counts = [0] * 10
    for _ in range(20000):
        for x in reservoir_sample_fast(range(10), 3, r):
            counts[x] += 1
    print(counts)

    print(reservoir_sample_fast(range(5), 10))
    print(weighted_reservoir_sample([("a", 1), ("b", 1), ("c", 10), ("d", 0)], 2, r))
