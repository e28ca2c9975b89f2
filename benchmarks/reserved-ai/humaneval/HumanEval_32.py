import math


def poly(xs: list, x: float):
    """
    Evaluates polynomial with coefficients xs at point x.
    return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
    """
    return sum([coeff * math.pow(x, i) for i, coeff in enumerate(xs)])


def find_zero(xs: list):
    """ xs are coefficients of a polynomial.
    find_zero find x such that poly(x) = 0.
    find_zero returns only only zero point, even if there are many.
    Moreover, find_zero only takes list xs having even number of coefficients
    and largest non zero coefficient as it guarantees
    a solution.
    >>> round(find_zero([1, 2]), 2) # f(x) = 1 + 2x
    -0.5
    >>> round(find_zero([-6, 11, -6, 1]), 2) # (x - 1) * (x - 2) * (x - 3) = -6 + 11x - 6x^2 + x^3
    1.0
    """
    # A polynomial of odd degree always changes sign somewhere, so widen the
    # interval until it brackets a root and then bisect.
    lo, hi = -1.0, 1.0
    while poly(xs, lo) * poly(xs, hi) > 0:
        lo *= 2.0
        hi *= 2.0

    for _ in range(200):
        mid = (lo + hi) / 2.0
        value = poly(xs, mid)
        if value == 0:
            return mid
        if poly(xs, lo) * value <= 0:
            hi = mid
        else:
            lo = mid
        if hi - lo < 1e-12:
            break

    return (lo + hi) / 2.0
