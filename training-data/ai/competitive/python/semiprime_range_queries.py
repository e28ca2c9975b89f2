# Answer many queries "how many semiprimes are in [l, r]?".
# A semiprime is a product of exactly two primes, not necessarily distinct (4, 6, 9, 10, ...).
#
# Plan:
#   1. Sieve the smallest prime factor (spf) of every number up to the largest r.
#   2. n is a semiprime iff n = p * q with p = spf(n) and q = n / p prime.
#   3. Prefix sums turn each query into O(1).
import sys
from typing import List


def smallest_prime_factors(limit: int) -> List[int]:
    spf = list(range(limit + 1))
    i = 2
    while i * i <= limit:
        if spf[i] == i:  # i is prime
            # Start at i*i: smaller multiples already have a smaller factor
            for j in range(i * i, limit + 1, i):
                if spf[j] == j:
                    spf[j] = i
        i += 1
    return spf


def semiprime_prefix(limit: int) -> List[int]:
    spf = smallest_prime_factors(limit)
    prefix = [0] * (limit + 1)
    for n in range(2, limit + 1):
        p = spf[n]
        rest = n // p
        # rest must be prime (and > 1) for n to be a product of exactly two primes
        is_semi = rest > 1 and spf[rest] == rest
        prefix[n] = prefix[n - 1] + (1 if is_semi else 0)
    return prefix


def main() -> None:
    data = sys.stdin.read().split()
    q = int(data[0])
    queries = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(q)]

    # Only sieve as far as the queries actually need
    limit = max([r for _, r in queries] + [2])
    prefix = semiprime_prefix(limit)

    answers = []
    for l, r in queries:
        l = max(l, 1)
        answers.append(prefix[r] - prefix[l - 1])
    print("\n".join(map(str, answers)))


if __name__ == "__main__":
    # Example:
    #   input:  2
    #           1 10
    #           20 30
    #   output: 4    (4, 6, 9, 10)
    #           4    (21, 22, 25, 26)
    main()
