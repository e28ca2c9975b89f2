import sys


def main():
    input = sys.stdin.readline
    n, k, c = map(int, input().split())
    h = list(map(int, input().split()))
    INF = float('inf')
    dp = [INF] * n
    dp[0] = 0
    for i in range(1, n):
        best = dp[i - 1] + abs(h[i] - h[i - 1])
        for j in range(max(0, i - k), i - 1):
            v = dp[j] + abs(h[i] - h[j]) + c
            if v < best:
                best = v
        dp[i] = best
    print(dp[-1])


if __name__ == '__main__':
    main()
