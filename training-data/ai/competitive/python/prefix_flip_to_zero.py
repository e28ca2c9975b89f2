import sys


def solve(s):
    n = len(s)
    lens = []
    for i in range(n - 1, -1, -1):
        nxt = s[i + 1] if i + 1 < n else '0'
        if s[i] != nxt:
            lens.append(i + 1)
    return lens


t = int(sys.stdin.readline())
for _ in range(t):
    s = sys.stdin.readline().strip()
    ops = solve(s)
    print(len(ops))
    if ops:
        print(*ops)
