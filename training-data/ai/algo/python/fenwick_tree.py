from typing import List, Sequence, Union


class FenwickTree:
    def __init__(self, n_or_values: Union[int, Sequence[int]]) -> None:
        if isinstance(n_or_values, int):
            self.n = n_or_values
            self.t: List[int] = [0] * (self.n + 1)
        else:
            vals = list(n_or_values)
            self.n = len(vals)
            self.t = [0] + vals
            for i in range(1, self.n + 1):
                j = i + (i & -i)
                if j <= self.n:
                    self.t[j] += self.t[i]

    def add(self, i: int, delta: int) -> None:
        i += 1
        while i <= self.n:
            self.t[i] += delta
            i += i & -i

    def prefix(self, i: int) -> int:
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s

    def range_sum(self, lo: int, hi: int) -> int:
        return self.prefix(hi) - self.prefix(lo)

    def get(self, i: int) -> int:
        return self.range_sum(i, i + 1)

    def set(self, i: int, value: int) -> None:
        self.add(i, value - self.get(i))

    def lower_bound(self, target: int) -> int:
        pos, rem = 0, target
        step = 1 << self.n.bit_length()
        while step:
            nxt = pos + step
            if nxt <= self.n and self.t[nxt] < rem:
                pos = nxt
                rem -= self.t[nxt]
            step >>= 1
        return pos

    def __len__(self) -> int:
        return self.n


def count_inversions(a: Sequence[int]) -> int:
    ranks = {v: i for i, v in enumerate(sorted(set(a)))}
    ft = FenwickTree(len(ranks))
    inv = 0
    for seen, x in enumerate(a):
        r = ranks[x]
        inv += seen - ft.prefix(r + 1)
        ft.add(r, 1)
    return inv


if __name__ == "__main__":
    ft = FenwickTree([5, 2, 9, -3, 5, 20, 10, -7, 2, 3])
    assert ft.prefix(3) == 16
    assert ft.range_sum(2, 6) == 31
    ft.add(3, 4)
    assert ft.get(3) == 1
    ft.set(0, 0)
    assert ft.prefix(10) == 45
    counts = FenwickTree(5)
    for i, c in enumerate([1, 0, 3, 2, 1]):
        counts.add(i, c)
    assert counts.lower_bound(1) == 0
    assert counts.lower_bound(2) == 2
    assert counts.lower_bound(5) == 3
    assert counts.lower_bound(7) == 4
    assert count_inversions([2, 4, 1, 3, 5]) == 3
    assert count_inversions([5, 4, 3, 2, 1]) == 10
    print("ok")
