# Split a hiking trail of n stretches (kept in order) into at most k days.
# A day's effort is the sum of its stretches plus a fixed camp setup cost c.
# Find the smallest possible effort of the hardest day.
#
# Approach: binary search on the answer. For a candidate limit we greedily pack
# stretches into the current day until the next one would exceed the limit.
import sys
from typing import List


def days_needed(stretches: List[int], setup: int, limit: int) -> int:
    """Count how many days the greedy packing uses under the given effort limit."""
    days = 1
    current = setup  # every day starts by pitching the camp
    for length in stretches:
        if current + length > limit:
            # This stretch doesn't fit today, so start a new day with it
            days += 1
            current = setup + length
        else:
            current += length
    return days


def min_hardest_day(stretches: List[int], setup: int, k: int) -> int:
    # The limit must at least fit the longest single stretch (plus setup),
    # and never needs to exceed doing everything in one day.
    low = max(stretches) + setup
    high = sum(stretches) + setup

    while low < high:
        mid = (low + high) // 2
        if days_needed(stretches, setup, mid) <= k:
            high = mid  # feasible, try to do better
        else:
            low = mid + 1  # too tight, loosen the limit
    return low


def main() -> None:
    read = sys.stdin.readline
    n, k, setup = map(int, read().split())
    stretches = list(map(int, read().split()))[:n]
    print(min_hardest_day(stretches, setup, k))


if __name__ == "__main__":
    # Example:
    #   input:  5 2 1
    #           7 2 5 10 8
    #   output: 19   (days [7 2 5] -> 14+1, [10 8] -> 18+1)
    main()
