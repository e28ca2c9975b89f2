# Maximum subarray sum when you may delete at most one element from the chosen
# subarray (the subarray must stay non-empty after the deletion).


def max_sum_with_one_deletion(values):
    # keep: best sum of a subarray ending at the current index, nothing deleted
    # skip: best sum of a subarray ending at the current index, one element deleted
    keep = values[0]
    skip = float("-inf")  # you can't delete the only element of a length-1 subarray
    best = values[0]

    for x in values[1:]:
        # Option 1 for skip: delete x itself, so we keep the previous run as-is.
        # Option 2 for skip: the deletion already happened earlier, extend with x.
        new_skip = max(keep, skip + x)

        # Plain Kadane step: either extend the previous run or start over at x.
        new_keep = max(keep + x, x)

        keep, skip = new_keep, new_skip
        best = max(best, keep, skip)

    return best


def main():
    # First line: n, second line: the n array values
    n = int(input())
    values = list(map(int, input().split()))

    # Guard against a short second line; only the first n numbers matter
    values = values[:n]

    print(max_sum_with_one_deletion(values))


if __name__ == "__main__":
    # Example:
    #   input:  5
    #           3 -4 5 -1 2
    #   output: 9   (take 3 -4 5 -1 2, delete -4)
    main()
