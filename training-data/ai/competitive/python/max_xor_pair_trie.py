import sys
from typing import List

BITS = 30


def max_xor(a: List[int]) -> int:
    left = [0]
    right = [0]

    def insert(x: int) -> None:
        node = 0
        for b in range(BITS - 1, -1, -1):
            child = left if (x >> b) & 1 == 0 else right
            if child[node] == 0:
                left.append(0)
                right.append(0)
                child[node] = len(left) - 1
            node = child[node]

    def query(x: int) -> int:
        node = 0
        res = 0
        for b in range(BITS - 1, -1, -1):
            want = right if (x >> b) & 1 == 0 else left
            if want[node]:
                res |= 1 << b
                node = want[node]
            else:
                node = left[node] or right[node]
        return res

    insert(a[0])
    best = 0
    for x in a[1:]:
        best = max(best, query(x))
        insert(x)
    return best


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    print(max_xor(a) if n >= 2 else 0)


if __name__ == "__main__":
    main()
