# Compute f(n) mod 1e9+7 for the recurrence
#     f(n) = a * f(n-1) + b * f(n-2) + c,   with f(0) and f(1) given,
# where n can be as large as 10^18, so we use fast matrix exponentiation.
#
# State vector: [f(k), f(k-1), 1]. One step of the recurrence is
#     [f(k+1)]   [a b c] [f(k)  ]
#     [f(k)  ] = [1 0 0] [f(k-1)]
#     [1     ]   [0 0 1] [1     ]
import sys
from typing import List

MOD = 1_000_000_007
Matrix = List[List[int]]


def mat_mult(x: Matrix, y: Matrix) -> Matrix:
    """Multiply two square matrices modulo MOD."""
    size = len(x)
    result = [[0] * size for _ in range(size)]
    for i in range(size):
        for k in range(size):
            if x[i][k] == 0:
                continue  # small speed-up, skips useless work
            xik = x[i][k]
            for j in range(size):
                result[i][j] = (result[i][j] + xik * y[k][j]) % MOD
    return result


def mat_pow(m: Matrix, power: int) -> Matrix:
    """Raise a square matrix to a non-negative power by repeated squaring."""
    size = len(m)
    result = [[int(i == j) for j in range(size)] for i in range(size)]  # identity
    while power > 0:
        if power & 1:
            result = mat_mult(result, m)
        m = mat_mult(m, m)
        power >>= 1
    return result


def nth_term(a: int, b: int, c: int, f0: int, f1: int, n: int) -> int:
    if n == 0:
        return f0 % MOD
    transition = [[a % MOD, b % MOD, c % MOD], [1, 0, 0], [0, 0, 1]]
    # Apply the transition (n - 1) times to [f(1), f(0), 1]
    p = mat_pow(transition, n - 1)
    return (p[0][0] * f1 + p[0][1] * f0 + p[0][2]) % MOD


def main() -> None:
    # One query per line: a b c f0 f1 n
    for line in sys.stdin:
        parts = line.split()
        if len(parts) != 6:
            continue  # skip blank or malformed lines
        a, b, c, f0, f1, n = map(int, parts)
        print(nth_term(a, b, c, f0, f1, n))


if __name__ == "__main__":
    # Example (Fibonacci is a=1, b=1, c=0, f0=0, f1=1):
    #   input:  1 1 0 0 1 10
    #   output: 55
    main()
