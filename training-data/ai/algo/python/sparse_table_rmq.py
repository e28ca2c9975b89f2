# Sparse table for O(1) range minimum queries (static array)

from typing import Callable, List, Sequence


class SparseTable:
    # Initialize the sparse table from a list of values
    def __init__(self, values: Sequence[int], func: Callable[[int, int], int] = min) -> None:
        # Check that the input is not empty
        if len(values) == 0:
            raise ValueError("SparseTable requires a non-empty sequence")

        self.n = len(values)
        self.func = func

        # Precompute floor(log2(i)) for every length
        self.log: List[int] = [0] * (self.n + 1)
        for i in range(2, self.n + 1):
            self.log[i] = self.log[i // 2] + 1

        # table[k][i] holds func over the range [i, i + 2^k)
        self.table: List[List[int]] = [list(values)]
        k = 1
        while (1 << k) <= self.n:
            prev = self.table[k - 1]
            half = 1 << (k - 1)
            row = [func(prev[i], prev[i + half]) for i in range(self.n - (1 << k) + 1)]
            self.table.append(row)
            k += 1

    # Function to answer a query over the inclusive range [left, right]
    def query(self, left: int, right: int) -> int:
        # Check that the range is valid
        if left < 0 or right >= self.n or left > right:
            raise IndexError("Invalid range [{}, {}] for size {}".format(left, right, self.n))

        # Two overlapping blocks of size 2^k cover the whole range
        k = self.log[right - left + 1]
        return self.func(self.table[k][left], self.table[k][right - (1 << k) + 1])


# Function to find the index of the minimum in a range (ties go to the leftmost)
def build_argmin_table(values: Sequence[int]) -> SparseTable:
    def pick(i: int, j: int) -> int:
        if values[j] < values[i]:
            return j
        if values[i] < values[j]:
            return i
        return min(i, j)

    return SparseTable(list(range(len(values))), pick)


if __name__ == "__main__":
    import math
    import random

    data = [5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11]

    # Test the range minimum query
    st = SparseTable(data)
    print("min of data[2..6] =", st.query(2, 6))
    print("min of data[0..10] =", st.query(0, 10))

    # Works with any idempotent function such as max or gcd
    st_max = SparseTable(data, max)
    print("max of data[0..4] =", st_max.query(0, 4))
    st_gcd = SparseTable([12, 18, 24, 36, 9], math.gcd)
    print("gcd of [12, 18, 24] =", st_gcd.query(0, 2))

    argmin = build_argmin_table(data)
    print("index of min in data[4..8] =", argmin.query(4, 8))

    # Random test against the brute force answer
    values = [random.randint(-1000, 1000) for _ in range(300)]
    table = SparseTable(values)
    for _ in range(1000):
        a = random.randrange(len(values))
        b = random.randrange(a, len(values))
        assert table.query(a, b) == min(values[a:b + 1])
    print("Random tests passed")
