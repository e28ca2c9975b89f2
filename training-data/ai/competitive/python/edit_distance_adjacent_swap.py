# Compute the edit distance between two strings where insert, delete, replace
# and swapping two adjacent characters each cost 1 (optimal string alignment distance).
import sys
from typing import List


# Function to compute the distance between a and b
def osa_distance(a: str, b: str) -> int:
    n = len(a)
    m = len(b)
    # Initialize the dp table
    dp: List[List[int]] = [[0] * (m + 1) for _ in range(n + 1)]
    # Fill the first column (delete all characters)
    for i in range(n + 1):
        dp[i][0] = i
    # Fill the first row (insert all characters)
    for j in range(m + 1):
        dp[0][j] = j

    # Fill the rest of the table
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(
                dp[i - 1][j] + 1,  # delete
                dp[i][j - 1] + 1,  # insert
                dp[i - 1][j - 1] + cost,  # replace or match
            )
            # Check if an adjacent swap is possible
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                dp[i][j] = min(dp[i][j], dp[i - 2][j - 2] + 1)

    return dp[n][m]


def main() -> None:
    # Read the two strings, one per line (they may be empty)
    a = sys.stdin.readline().rstrip("\n")
    b = sys.stdin.readline().rstrip("\n")
    # Print the result
    print(osa_distance(a, b))


if __name__ == "__main__":
    main()
