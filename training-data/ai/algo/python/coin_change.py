"""
Coin change problems solved with dynamic programming.

1. min_coins: the fewest coins needed to make an amount (and which coins)
2. count_ways: how many different combinations of coins make the amount
"""


def min_coins(coins, amount):
    """
    Return the list of coins that makes `amount` with as few coins as possible,
    or None if the amount can't be made with the given denominations.
    """
    if amount < 0:
        raise ValueError("amount must be non-negative")
    if any(c <= 0 for c in coins):
        raise ValueError("coin values must be positive")

    # best[x] = fewest coins needed to make x (infinity means "impossible")
    INF = float("inf")
    best = [0] + [INF] * amount
    # last_coin[x] remembers which coin we used last to reach x, so we can rebuild the answer
    last_coin = [None] * (amount + 1)

    for value in range(1, amount + 1):
        for coin in coins:
            # Can we reach `value` by adding this coin to a smaller solvable amount?
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
                last_coin[value] = coin

    if best[amount] == INF:
        return None

    # Walk backwards through last_coin to list the coins used
    used = []
    remaining = amount
    while remaining > 0:
        coin = last_coin[remaining]
        used.append(coin)
        remaining -= coin
    return sorted(used, reverse=True)


def count_ways(coins, amount):
    """
    Count the combinations (order doesn't matter) of coins that sum to `amount`.
    """
    # ways[x] = number of ways to make x using the coins processed so far
    ways = [1] + [0] * amount

    # Looping over coins in the outer loop avoids counting permutations
    # like 1+2 and 2+1 as different combinations
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]

    return ways[amount]


def greedy_change(coins, amount):
    """
    The naive approach: always take the biggest coin that fits.
    Included for comparison, since it fails for some coin systems.
    """
    used = []
    for coin in sorted(coins, reverse=True):
        while amount >= coin:
            amount -= coin
            used.append(coin)
    return used if amount == 0 else None


# Example usage
if __name__ == "__main__":
    us_coins = [1, 5, 10, 25]
    print("Make 63 cents:", min_coins(us_coins, 63))
    print("Ways to make 100 cents:", count_ways(us_coins, 100))

    # A coin system where the greedy approach is not optimal
    odd_coins = [1, 3, 4]
    print("\nCoins", odd_coins, "for amount 6:")
    print("  greedy:", greedy_change(odd_coins, 6))   # [4, 1, 1]
    print("  optimal:", min_coins(odd_coins, 6))      # [3, 3]

    # An amount that can't be made at all
    print("\nMake 7 with [2, 4]:", min_coins([2, 4], 7))
