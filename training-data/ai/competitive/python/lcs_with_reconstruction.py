# Find the longest common subsequence of two strings and print its length and one LCS
import sys


# Function to build the LCS table
def lcs_table(a, b):
    n = len(a)
    m = len(b)
    # Initialize the table with zeros
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            # Check if the characters match
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    return dp


# Function to rebuild one LCS from the table
def rebuild(a, b, dp):
    i = len(a)
    j = len(b)
    result = []
    # Walk back from the bottom-right corner
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            result.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    # Reverse because we collected the characters backwards
    result.reverse()
    return "".join(result)


def main():
    # Read the two strings
    a = sys.stdin.readline().strip()
    b = sys.stdin.readline().strip()
    dp = lcs_table(a, b)
    answer = rebuild(a, b, dp)
    # Print the length and the subsequence
    print(len(answer))
    print(answer)


if __name__ == "__main__":
    main()
