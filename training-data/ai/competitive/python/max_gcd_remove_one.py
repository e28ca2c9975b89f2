import sys
from math import gcd


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    p = 1
    out = []
    for _ in range(t):
        n = int(data[p])
        a = list(map(int, data[p + 1:p + 1 + n]))
        p += 1 + n
        if n == 1:
            out.append(str(a[0]))
            continue
        pre = [0] * (n + 1)
        suf = [0] * (n + 2)
        for i in range(n):
            pre[i + 1] = gcd(pre[i], a[i])
        for i in range(n - 1, -1, -1):
            suf[i] = gcd(suf[i + 1], a[i])
        best = 0
        for i in range(n):
            g = gcd(pre[i], suf[i + 1])
            if g > best:
                best = g
        out.append(str(best))
    print('\n'.join(out))


main()
