import sys
from math import hypot


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(pts):
    pts = sorted(set(pts))
    if len(pts) <= 2:
        return pts
    lo, up = [], []
    for p in pts:
        while len(lo) >= 2 and cross(lo[-2], lo[-1], p) <= 0:
            lo.pop()
        lo.append(p)
    for p in reversed(pts):
        while len(up) >= 2 and cross(up[-2], up[-1], p) <= 0:
            up.pop()
        up.append(p)
    return lo[:-1] + up[:-1]


def main():
    d = sys.stdin.read().split()
    n = int(d[0])
    pts = [(int(d[1 + 2 * i]), int(d[2 + 2 * i])) for i in range(n)]
    h = hull(pts)
    per = 0.0
    for i in range(len(h)):
        x1, y1 = h[i]
        x2, y2 = h[(i + 1) % len(h)]
        per += hypot(x2 - x1, y2 - y1)
    print(len(h))
    print('%.6f' % per)


main()
