# Count the ways to pay exactly x using unlimited coins of the given values.
# We print two numbers (both modulo 1e9+7):
#   - ordered ways: 2+1 and 1+2 are different
#   - unordered ways: 2+1 and 1+2 are the same combination
import sys

MOD = 10**9 + 7


def ordered_ways(coins, target):
    # ways[s] = number of sequences of coins that sum to s
    ways = [0] * (target + 1)
    ways[0] = 1  # the empty sequence
    # Outer loop over the sum: every coin can be the "last" coin of a sequence
    for s in range(1, target + 1):
        total = 0
        for c in coins:
            if c <= s:
                total += ways[s - c]
        ways[s] = total % MOD
    return ways[target]


def unordered_ways(coins, target):
    # ways[s] = number of multisets of coins that sum to s
    ways = [0] * (target + 1)
    ways[0] = 1
    # Outer loop over the coins: each coin type is introduced once,
    # so the same combination is never counted in two different orders
    for c in coins:
        for s in range(c, target + 1):
            ways[s] = (ways[s] + ways[s - c]) % MOD
    return ways[target]


def main():
    n, x = map(int, sys.stdin.readline().split())
    coins = list(map(int, sys.stdin.readline().split()))[:n]

    print(ordered_ways(coins, x), unordered_ways(coins, x))


if __name__ == "__main__":
    # Example:
    #   input:  3 5
    #           1 2 5
    #   output: 9 4
    main()
