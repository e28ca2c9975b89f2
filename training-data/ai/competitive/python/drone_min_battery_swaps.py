import heapq
import sys
from typing import List, Tuple


def min_swaps(dist: int, charge: int, stations: List[Tuple[int, int]]) -> int:
    stations.sort()
    heap: List[int] = []
    reach = charge
    swaps = 0
    i = 0
    while reach < dist:
        while i < len(stations) and stations[i][0] <= reach:
            heapq.heappush(heap, -stations[i][1])
            i += 1
        if not heap:
            return -1
        reach -= heapq.heappop(heap)
        swaps += 1
    return swaps


def main() -> None:
    it = iter(sys.stdin.read().split())
    d, c, n = int(next(it)), int(next(it)), int(next(it))
    st = [(int(next(it)), int(next(it))) for _ in range(n)]
    print(min_swaps(d, c, st))


if __name__ == "__main__":
    main()
