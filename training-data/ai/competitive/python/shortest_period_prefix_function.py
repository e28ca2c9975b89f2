# For each string, find the length of the shortest block that repeats to form the whole string.
# Example: "abcabcabc" -> 3, "aaaa" -> 1, "abcab" -> 5 (no exact repetition).
import sys


# Function to compute the prefix function (KMP failure function)
def prefix_function(s):
    n = len(s)
    pi = [0] * n
    for i in range(1, n):
        k = pi[i - 1]
        # Fall back until the next character matches
        while k > 0 and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


# Function to get the shortest full period
def shortest_period(s):
    n = len(s)
    # Check for the empty string
    if n == 0:
        return 0
    pi = prefix_function(s)
    p = n - pi[n - 1]
    # The candidate period works only if it divides the length
    if n % p == 0:
        return p
    return n


def main():
    # Read all lines at once
    lines = sys.stdin.read().split()
    t = int(lines[0])
    # Loop over the test cases
    for i in range(1, t + 1):
        s = lines[i]
        print(shortest_period(s))


if __name__ == "__main__":
    main()
