# Rearrange the letters of a string so that no two neighbouring letters are equal.
# Print any valid arrangement, or -1 if it is impossible. Multiple test cases.
import heapq
from collections import Counter


# Function to rearrange the string using a max-heap of letter counts
def rearrange(s):
    # Count the letters
    counts = Counter(s)
    # Check if the most frequent letter appears too often
    if counts and max(counts.values()) > (len(s) + 1) // 2:
        return "-1"

    # Initialize the max-heap (Python has a min-heap, so we store negative counts)
    heap = [(-c, ch) for ch, c in counts.items()]
    heapq.heapify(heap)

    result = []
    prev = None  # letter we used last step, held back for one turn
    while heap:
        c, ch = heapq.heappop(heap)
        result.append(ch)
        # Put the previous letter back now that it is no longer adjacent
        if prev is not None:
            heapq.heappush(heap, prev)
            prev = None
        # Hold this letter back if it still has copies left
        if c + 1 < 0:
            prev = (c + 1, ch)

    # Check if something was left over (should not happen after the count check)
    if prev is not None:
        return "-1"
    return "".join(result)


def main():
    # Read the number of test cases
    t = int(input())
    for _ in range(t):
        s = input().strip()
        print(rearrange(s))


if __name__ == "__main__":
    main()
