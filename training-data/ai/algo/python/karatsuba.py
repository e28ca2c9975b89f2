# Karatsuba multiplication for big integers stored as lists of digits
# Digits are stored little-endian (least significant digit first)

from typing import List

BASE = 10
# Below this size, schoolbook multiplication is faster
THRESHOLD = 32


# Function to convert a non-negative integer string into a digit list
def to_digits(number: str) -> List[int]:
    if not number.isdigit():
        raise ValueError("Input must be a non-negative integer string, got '%s'" % number)
    digits = [int(c) for c in reversed(number)]
    return normalize(digits)


# Function to convert a digit list back into a string
def to_string(digits: List[int]) -> str:
    if not digits:
        return "0"
    return "".join(str(d) for d in reversed(digits))


# Function to remove leading zeros (which are at the end of the list)
def normalize(digits: List[int]) -> List[int]:
    while len(digits) > 1 and digits[-1] == 0:
        digits.pop()
    return digits


# Function to add two digit lists
def add(a: List[int], b: List[int]) -> List[int]:
    result = []
    carry = 0
    for i in range(max(len(a), len(b))):
        total = carry
        if i < len(a):
            total += a[i]
        if i < len(b):
            total += b[i]
        result.append(total % BASE)
        carry = total // BASE
    if carry:
        result.append(carry)
    return normalize(result)


# Function to subtract b from a (assumes a >= b)
def subtract(a: List[int], b: List[int]) -> List[int]:
    result = []
    borrow = 0
    for i in range(len(a)):
        diff = a[i] - borrow - (b[i] if i < len(b) else 0)
        if diff < 0:
            diff += BASE
            borrow = 1
        else:
            borrow = 0
        result.append(diff)
    return normalize(result)


# Function to shift a number left by k digits (multiply by BASE^k)
def shift(a: List[int], k: int) -> List[int]:
    if a == [0]:
        return [0]
    return [0] * k + a


# Function for the simple O(n*m) multiplication
def schoolbook(a: List[int], b: List[int]) -> List[int]:
    result = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        carry = 0
        for j, y in enumerate(b):
            current = result[i + j] + x * y + carry
            result[i + j] = current % BASE
            carry = current // BASE
        result[i + len(b)] += carry
    return normalize(result)


# Function to multiply two digit lists using Karatsuba's algorithm
def karatsuba(a: List[int], b: List[int]) -> List[int]:
    # Use schoolbook multiplication for small inputs
    if len(a) < THRESHOLD or len(b) < THRESHOLD:
        return schoolbook(a, b)

    # Split both numbers at the middle
    m = max(len(a), len(b)) // 2
    a_low, a_high = normalize(a[:m] or [0]), normalize(a[m:] or [0])
    b_low, b_high = normalize(b[:m] or [0]), normalize(b[m:] or [0])

    # Three recursive multiplications instead of four
    z0 = karatsuba(a_low, b_low)
    z2 = karatsuba(a_high, b_high)
    z1 = karatsuba(add(a_low, a_high), add(b_low, b_high))
    z1 = subtract(subtract(z1, z2), z0)

    # Combine: z2 * BASE^(2m) + z1 * BASE^m + z0
    return add(add(shift(z2, 2 * m), shift(z1, m)), z0)


# Function to multiply two integer strings
def multiply(x: str, y: str) -> str:
    return to_string(karatsuba(to_digits(x), to_digits(y)))


if __name__ == "__main__":
    import random

    # Test with some small numbers
    print("1234 * 5678 = {}".format(multiply("1234", "5678")))
    print("0 * 99999 = {}".format(multiply("0", "99999")))

    # Test with random big numbers and compare with Python's built-in int
    for _ in range(20):
        x = str(random.randint(0, 10**300))
        y = str(random.randint(0, 10**250))
        assert multiply(x, y) == str(int(x) * int(y)), "Wrong result for {} * {}".format(x, y)
    print("All random tests passed")
