from functools import reduce
from typing import Iterable, List, Optional, Tuple


def ext_gcd(a: int, b: int) -> Tuple[int, int, int]:
    x0, y0, x1, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    if a < 0:
        a, x0, y0 = -a, -x0, -y0
    return a, x0, y0


def mod_inverse(a: int, m: int) -> int:
    if m <= 0:
        raise ValueError("modulus must be positive")
    g, x, _ = ext_gcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m} (gcd is {g})")
    return x % m


def crt(remainders: Iterable[int], moduli: Iterable[int]) -> Optional[Tuple[int, int]]:
    r, m = 0, 1
    for ri, mi in zip(remainders, moduli):
        g, p, _ = ext_gcd(m, mi)
        if (ri - r) % g:
            return None
        lcm = m // g * mi
        r = (r + (ri - r) // g * p % (mi // g) * m) % lcm
        m = lcm
    return r, m


def lcm_all(nums: Iterable[int]) -> int:
    return reduce(lambda a, b: a // ext_gcd(a, b)[0] * b, nums, 1)


def inverses_up_to(n: int, p: int) -> List[int]:
    inv = [0, 1] + [0] * max(0, n - 1)
    for i in range(2, n + 1):
        inv[i] = (p - (p // i) * inv[p % i] % p) % p
    return inv[: n + 1]


def solve_linear_congruence(a: int, b: int, m: int) -> List[int]:
    g, x, _ = ext_gcd(a % m, m)
    if b % g:
        return []
    x0 = x * (b // g) % (m // g)
    return [x0 + k * (m // g) for k in range(g)]


if __name__ == "__main__":
    g, x, y = ext_gcd(240, 46)
    assert g == 2 and 240 * x + 46 * y == 2
    assert mod_inverse(3, 11) == 4
    assert mod_inverse(10, 17) * 10 % 17 == 1
    try:
        mod_inverse(6, 9)
        raise AssertionError("expected ValueError")
    except ValueError:
        pass
    assert crt([2, 3, 2], [3, 5, 7]) == (23, 105)
    assert crt([1, 2], [4, 6]) is None
    assert crt([3, 5], [4, 6]) == (11, 12)
    assert lcm_all([4, 6, 10]) == 60
    p = 1_000_000_007
    inv = inverses_up_to(10, p)
    assert all(i * inv[i] % p == 1 for i in range(1, 11))
    assert solve_linear_congruence(14, 30, 100) == [45, 95]
    print(crt([1, 2, 3, 4], [5, 7, 9, 11]))
