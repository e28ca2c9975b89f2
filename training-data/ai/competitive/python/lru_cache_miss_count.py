import sys
from collections import OrderedDict


def main():
    data = sys.stdin.read().split()
    cap, n = int(data[0]), int(data[1])
    cache = OrderedDict()
    misses = 0
    evicted = []
    for x in data[2:2 + n]:
        if x in cache:
            cache.move_to_end(x)
            continue
        misses += 1
        if cap == 0:
            continue
        if len(cache) == cap:
            old, _ = cache.popitem(last=False)
            evicted.append(old)
        cache[x] = True
    print(misses)
    print(" ".join(evicted) if evicted else "-")


if __name__ == "__main__":
    main()
