# Find the longest contiguous segment that contains at most k distinct values.
# Output: the length and the 1-based starting index (leftmost if there are ties).
import sys
from collections import defaultdict


# Function to find the longest window with at most k distinct values
def longest_window(arr, k):
    # Initialize the counter for values inside the window
    count = defaultdict(int)
    distinct = 0
    left = 0
    best_len = 0
    best_start = 0

    # Move the right pointer over the array
    for right in range(len(arr)):
        # Add the new element to the window
        if count[arr[right]] == 0:
            distinct += 1
        count[arr[right]] += 1

        # Shrink the window while it has too many distinct values
        while distinct > k:
            count[arr[left]] -= 1
            if count[arr[left]] == 0:
                distinct -= 1
            left += 1

        # Update the answer if the current window is longer
        if right - left + 1 > best_len:
            best_len = right - left + 1
            best_start = left

    return best_len, best_start


def main():
    # Read n and k
    n, k = map(int, sys.stdin.readline().split())
    # Read the array
    arr = list(map(int, sys.stdin.readline().split()))

    # Check if k is zero, then no window is valid
    if k <= 0:
        print(0, 0)
        return

    length, start = longest_window(arr[:n], k)
    # Print the result with a 1-based index
    print(length, start + 1)


if __name__ == "__main__":
    main()
