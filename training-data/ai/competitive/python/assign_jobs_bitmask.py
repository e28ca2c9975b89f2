import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    c = [[int(data[1 + i * n + j]) for j in range(n)] for i in range(n)]
    INF = float('inf')
    dp = [INF] * (1 << n)
    dp[0] = 0
    for mask in range(1 << n):
        if dp[mask] == INF:
            continue
        i = bin(mask).count('1')
        if i == n:
            continue
        row = c[i]
        cur = dp[mask]
        for j in range(n):
            if not mask >> j & 1:
                nm = mask | 1 << j
                if cur + row[j] < dp[nm]:
                    dp[nm] = cur + row[j]
    print(dp[(1 << n) - 1])


main()
