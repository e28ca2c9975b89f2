

def largest_divisor(n: int) -> int:
    """ For a given number n, find the largest number that divides n evenly, smaller than n
    >>> largest_divisor(15)
    5
    """
    # The largest proper divisor is n divided by its smallest divisor > 1.
    d = 2
    while d * d <= n:
        if n % d == 0:
            return n // d
        d += 1
    return 1
