# Minimum number of cuts to split a string into palindromic pieces, for T test cases
import sys


# Function to compute the minimum number of cuts
def min_cuts(s):
    n = len(s)
    # Check if the string is empty
    if n == 0:
        return 0
    # Initialize the palindrome table, pal[i][j] is True if s[i..j] is a palindrome
    pal = [[False] * n for _ in range(n)]
    # Initialize the cuts array, cuts[j] = min cuts for s[0..j]
    cuts = [0] * n

    for j in range(n):
        best = j  # worst case: cut between every character
        for i in range(j + 1):
            # s[i..j] is a palindrome if the ends match and the inside is a palindrome
            if s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
                # If the whole prefix is a palindrome, no cut is needed
                if i == 0:
                    best = 0
                elif cuts[i - 1] + 1 < best:
                    best = cuts[i - 1] + 1
        cuts[j] = best

    return cuts[n - 1]


def main():
    # Read the number of test cases
    t = int(sys.stdin.readline())
    results = []
    # Process each test case
    for _ in range(t):
        s = sys.stdin.readline().strip()
        results.append(str(min_cuts(s)))
    # Print all results
    print("\n".join(results))


if __name__ == "__main__":
    main()
