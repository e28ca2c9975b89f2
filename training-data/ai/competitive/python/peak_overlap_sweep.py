import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    ev = []
    for i in range(n):
        l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        ev.append((l, 1))
        ev.append((r, -1))
    ev.sort()
    cur = best = 0
    when = None
    for t, d in ev:
        cur += d
        if cur > best:
            best = cur
            when = t
    print(best, when if when is not None else -1)


if __name__ == "__main__":
    main()
