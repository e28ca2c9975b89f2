# For each test case, count the subarrays whose sum is divisible by k.
#
# Key fact: sum(a[l..r]) = pre[r+1] - pre[l], so the sum is divisible by k
# exactly when pre[r+1] and pre[l] leave the same remainder mod k.
# So we just count, for each remainder, how many prefixes share it.
import sys
from collections import Counter


def count_divisible_subarrays(values, k):
    remainders = Counter()
    remainders[0] = 1  # the empty prefix
    prefix = 0
    total = 0

    for x in values:
        # Python's % is always non-negative for positive k, so negatives are fine
        prefix = (prefix + x) % k
        # Every earlier prefix with the same remainder closes a valid subarray
        total += remainders[prefix]
        remainders[prefix] += 1

    return total


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    results = []

    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        values = list(map(int, data[pos + 2: pos + 2 + n]))
        pos += 2 + n
        results.append(count_divisible_subarrays(values, k))

    print("\n".join(map(str, results)))


if __name__ == "__main__":
    # Example:
    #   input:  2
    #           5 3
    #           1 2 3 4 5
    #           3 2
    #           -1 1 2
    #   output: 7
    #           3
    main()
