import heapq
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    tasks = sorted((int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
    heap = []
    elapsed = 0
    for deadline, dur in tasks:
        heapq.heappush(heap, -dur)
        elapsed += dur
        if elapsed > deadline:
            elapsed += heapq.heappop(heap)
    print(len(heap))


if __name__ == "__main__":
    main()
