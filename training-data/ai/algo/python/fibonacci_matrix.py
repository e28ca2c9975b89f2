# Fibonacci numbers using matrix exponentiation
# [[F(n+1), F(n)], [F(n), F(n-1)]] = [[1, 1], [1, 0]] ^ n

MOD = 10**9 + 7


# Function to multiply two 2x2 matrices (optionally modulo m)
def mat_mult(a, b, m=None):
    result = [[0, 0], [0, 0]]
    for i in range(2):
        for j in range(2):
            total = 0
            for k in range(2):
                total += a[i][k] * b[k][j]
            if m is not None:
                total %= m
            result[i][j] = total
    return result


# Function to raise a 2x2 matrix to the power n using fast exponentiation
def mat_pow(matrix, n, m=None):
    # Initialize the result as the identity matrix
    result = [[1, 0], [0, 1]]
    base = matrix
    while n > 0:
        # If the current bit is set, multiply the result by base
        if n % 2 == 1:
            result = mat_mult(result, base, m)
        base = mat_mult(base, base, m)
        n = n // 2
    return result


# Function to compute the nth Fibonacci number
def fibonacci(n, m=None):
    # Check that n is valid
    if not isinstance(n, int):
        raise TypeError("n must be an integer")
    if n < 0:
        raise ValueError("n must be non-negative")
    if n == 0:
        return 0
    q = [[1, 1], [1, 0]]
    powered = mat_pow(q, n - 1, m)
    # F(n) is the top-left element of Q^(n-1)
    return powered[0][0]


# Function to compute the nth Fibonacci number modulo 1e9+7
def fibonacci_mod(n):
    return fibonacci(n, MOD)


# Simple iterative version used to check the results
def fibonacci_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    # Test the first few values
    for i in range(30):
        assert fibonacci(i) == fibonacci_iterative(i), "Mismatch at n = {}".format(i)
    print("First 15 Fibonacci numbers:", [fibonacci(i) for i in range(15)])

    # Large values work fine because Python integers are arbitrary precision
    print("F(100) = {}".format(fibonacci(100)))
    print("F(10^18) mod 1e9+7 = {}".format(fibonacci_mod(10**18)))
