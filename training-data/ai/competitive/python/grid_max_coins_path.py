import sys


def main():
    input = sys.stdin.readline
    n, m = map(int, input().split())
    g = [input().strip() for _ in range(n)]
    NEG = -1
    dp = [[NEG] * m for _ in range(n)]
    if g[0][0] != '#':
        dp[0][0] = int(g[0][0]) if g[0][0].isdigit() else 0
    for i in range(n):
        for j in range(m):
            if g[i][j] == '#' or (i == 0 and j == 0):
                continue
            best = NEG
            if i and dp[i - 1][j] > best:
                best = dp[i - 1][j]
            if j and dp[i][j - 1] > best:
                best = dp[i][j - 1]
            if best == NEG:
                continue
            dp[i][j] = best + (int(g[i][j]) if g[i][j].isdigit() else 0)
    print(dp[n - 1][m - 1])


main()
