import sys


def main():
    n, k = map(int, sys.stdin.readline().split())
    t = list(map(int, sys.stdin.readline().split()))[:n]
    lo, hi = 0, min(t) * k
    while lo < hi:
        mid = (lo + hi) // 2
        made = 0
        for x in t:
            made += mid // x
            if made >= k:
                break
        if made >= k:
            hi = mid
        else:
            lo = mid + 1
    print(lo)


if __name__ == '__main__':
    main()
