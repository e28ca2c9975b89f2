import sys
from bisect import bisect_left
from typing import List, Tuple


def lis(a: List[int]) -> Tuple[int, List[int]]:
    tails: List[int] = []
    tail_idx: List[int] = []
    parent = [-1] * len(a)
    for i, x in enumerate(a):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[k] = x
            tail_idx[k] = i
        parent[i] = tail_idx[k - 1] if k > 0 else -1
    seq: List[int] = []
    i = tail_idx[-1] if tail_idx else -1
    while i != -1:
        seq.append(a[i])
        i = parent[i]
    return len(tails), seq[::-1]


def main() -> None:
    n = int(input())
    a = list(map(int, input().split()))[:n]
    length, seq = lis(a)
    print(length)
    print(*seq)


if __name__ == "__main__":
    main()
