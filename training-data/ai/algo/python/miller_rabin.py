"""
Miller-Rabin primality test.

For n < 3.3 * 10^24, testing against the first 13 primes as bases gives a
deterministic (always correct) answer. For larger n we fall back to random
bases, where each round lowers the chance of a wrong answer by a factor of 4.
"""

import random

# Using these bases makes the test exact for every n below 3,317,044,064,679,887,385,961,981
DETERMINISTIC_BASES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41]
DETERMINISTIC_LIMIT = 3_317_044_064_679_887_385_961_981


def is_probable_prime(n, rounds=20):
    """Return True if n is (very probably) prime, False if it is definitely composite."""
    if n < 2:
        return False

    # Quickly handle small primes and numbers with small factors
    for p in DETERMINISTIC_BASES:
        if n == p:
            return True
        if n % p == 0:
            return False

    # Write n - 1 as d * 2^s with d odd
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1

    def is_witness(a):
        """Return True if `a` proves that n is composite."""
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            return False
        # Square repeatedly, looking for n - 1
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                return False
        return True

    # Pick the bases: fixed ones when they are enough, random ones otherwise
    if n < DETERMINISTIC_LIMIT:
        bases = DETERMINISTIC_BASES
    else:
        bases = [random.randrange(2, n - 1) for _ in range(rounds)]

    return not any(is_witness(a) for a in bases)


def next_prime(n):
    """Return the smallest prime strictly greater than n."""
    candidate = max(2, n + 1)
    # Skip even numbers (except 2)
    if candidate > 2 and candidate % 2 == 0:
        candidate += 1
    while not is_probable_prime(candidate):
        candidate += 1 if candidate == 2 else 2
    return candidate


def random_prime(bits):
    """Generate a random prime with exactly `bits` bits (e.g. for toy RSA keys)."""
    if bits < 2:
        raise ValueError("bits must be at least 2")
    while True:
        # Force the top bit (so it has the right size) and the bottom bit (so it's odd)
        candidate = random.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(candidate):
            return candidate


# Example usage
if __name__ == "__main__":
    # Compare against trial division for small numbers
    def slow_is_prime(k):
        return k >= 2 and all(k % i for i in range(2, int(k ** 0.5) + 1))

    assert all(is_probable_prime(k) == slow_is_prime(k) for k in range(10_000))
    print("Agrees with trial division for all n < 10,000")

    # Carmichael numbers fool the simple Fermat test, but not Miller-Rabin
    for carmichael in [561, 1105, 1729, 2465, 2821, 6601]:
        print(f"{carmichael} is prime? {is_probable_prime(carmichael)}")

    mersenne = 2 ** 127 - 1
    print(f"2^127 - 1 is prime? {is_probable_prime(mersenne)}")
    print(f"Next prime after 1,000,000: {next_prime(1_000_000)}")
    print(f"Random 256-bit prime: {random_prime(256)}")
