import math


def sieve(n):
    if n < 2:
        return []
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def segmented_sieve(lo, hi):
    if hi < 2 or hi < lo:
        return []
    lo = max(lo, 2)
    base = sieve(math.isqrt(hi))
    mark = bytearray([1]) * (hi - lo + 1)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for j in range(start, hi + 1, p):
            mark[j - lo] = 0
    return [lo + i for i, v in enumerate(mark) if v]


def smallest_factor_table(n):
    spf = list(range(n + 1))
    for i in range(2, math.isqrt(n) + 1):
        if spf[i] == i:
            for j in range(i * i, n + 1, i):
                if spf[j] == j:
                    spf[j] = i
    return spf


def factorize(x, spf):
    out = []
    while x > 1:
        out.append(spf[x])
        x //= spf[x]
    return out


if __name__ == '__main__':
    assert sieve(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    assert sieve(1) == []
    assert len(sieve(10 ** 6)) == 78498
    assert segmented_sieve(100, 130) == [101, 103, 107, 109, 113, 127]
    assert segmented_sieve(0, 10) == [2, 3, 5, 7]
    spf = smallest_factor_table(1000)
    assert factorize(360, spf) == [2, 2, 2, 3, 3, 5]
    assert factorize(997, spf) == [997]
    print(segmented_sieve(10 ** 9, 10 ** 9 + 100))
