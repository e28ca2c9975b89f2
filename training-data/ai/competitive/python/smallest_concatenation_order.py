# Arrange the given digit strings so that their concatenation is the smallest possible string
from functools import cmp_to_key


# Function to compare two strings for the concatenation order
def compare(a, b):
    # If a + b is smaller, a should come first
    if a + b < b + a:
        return -1
    # If b + a is smaller, b should come first
    elif a + b > b + a:
        return 1
    # Otherwise they are equivalent
    else:
        return 0


# Function to build the answer
def smallest_concatenation(parts):
    # Check if the list is empty
    if len(parts) == 0:
        return ""
    # Sort the parts using the custom comparator
    ordered = sorted(parts, key=cmp_to_key(compare))
    # Join all parts together
    return "".join(ordered)


def main():
    # Read the number of test cases
    t = int(input())
    # Process each test case
    for _ in range(t):
        n = int(input())
        parts = input().split()
        # Make sure we only take n strings
        parts = parts[:n]
        print(smallest_concatenation(parts))


if __name__ == "__main__":
    main()
