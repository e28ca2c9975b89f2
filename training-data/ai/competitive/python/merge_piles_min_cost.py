import sys


def solve(a):
    n = len(a)
    pre = [0] * (n + 1)
    for i, x in enumerate(a):
        pre[i + 1] = pre[i] + x
    INF = float('inf')
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for l in range(n - length + 1):
            r = l + length - 1
            best = INF
            for k in range(l, r):
                v = dp[l][k] + dp[k + 1][r]
                if v < best:
                    best = v
            dp[l][r] = best + pre[r + 1] - pre[l]
    return dp[0][n - 1]


def main():
    n = int(sys.stdin.readline())
    a = list(map(int, sys.stdin.readline().split()))
    print(solve(a[:n]))


if __name__ == '__main__':
    main()
