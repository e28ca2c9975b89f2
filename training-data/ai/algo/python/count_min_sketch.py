import hashlib
import heapq
import math
from typing import Dict, Hashable, Iterable, List, Tuple


class CountMinSketch:
    def __init__(self, width: int = 2048, depth: int = 5) -> None:
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be >= 1")
        self.width = width
        self.depth = depth
        self.rows: List[List[int]] = [[0] * width for _ in range(depth)]
        self.total = 0

    @classmethod
    def from_error(cls, epsilon: float, delta: float) -> "CountMinSketch":
        return cls(math.ceil(math.e / epsilon), math.ceil(math.log(1 / delta)))

    def _cols(self, item: Hashable) -> List[int]:
        h = hashlib.sha256(repr(item).encode()).digest()
        a = int.from_bytes(h[:8], "little")
        b = int.from_bytes(h[8:16], "little")
        return [(a + i * b) % self.width for i in range(self.depth)]

    def add(self, item: Hashable, count: int = 1) -> None:
        if count < 0:
            raise ValueError("count must be non-negative")
        for row, c in zip(self.rows, self._cols(item)):
            row[c] += count
        self.total += count

    def estimate(self, item: Hashable) -> int:
        return min(row[c] for row, c in zip(self.rows, self._cols(item)))

    def merge(self, other: "CountMinSketch") -> None:
        if (self.width, self.depth) != (other.width, other.depth):
            raise ValueError("sketch dimensions differ")
        for mine, theirs in zip(self.rows, other.rows):
            for i, v in enumerate(theirs):
                mine[i] += v
        self.total += other.total


class HeavyHitters:
    def __init__(self, k: int, sketch: CountMinSketch) -> None:
        self.k = k
        self.cms = sketch
        self.top: Dict[Hashable, int] = {}

    def add(self, item: Hashable) -> None:
        self.cms.add(item)
        est = self.cms.estimate(item)
        if item in self.top or len(self.top) < self.k:
            self.top[item] = est
            return
        low = min(self.top, key=self.top.__getitem__)
        if est > self.top[low]:
            del self.top[low]
            self.top[item] = est

    def items(self) -> List[Tuple[Hashable, int]]:
        return heapq.nlargest(self.k, self.top.items(), key=lambda kv: kv[1])


def zipf_stream(n: int, vocab: int, seed: int = 0) -> Iterable[str]:
    import random
    rnd = random.Random(seed)
    weights = [1 / (r + 1) for r in range(vocab)]
    return (f"w{i}" for i in rnd.choices(range(vocab), weights=weights, k=n))


if __name__ == "__main__":
    from collections import Counter

    stream = list(zipf_stream(50_000, 5_000))
    exact = Counter(stream)
    cms = CountMinSketch.from_error(0.001, 0.01)
    hh = HeavyHitters(5, CountMinSketch(cms.width, cms.depth))
    for w in stream:
        cms.add(w)
        hh.add(w)
    errs = [cms.estimate(w) - c for w, c in exact.items()]
    assert min(errs) >= 0
    print(f"{cms.width}x{cms.depth}, max overcount {max(errs)}, mean {sum(errs) / len(errs):.2f}")
    print(hh.items())
    print(exact.most_common(5))
