# Maximum subarray sum using Kadane's algorithm


# Function to find the maximum subarray sum
def max_subarray_sum(nums):
    # Check if the list is empty
    if len(nums) == 0:
        raise ValueError("Input list must not be empty")

    # Initialize the current and best sums with the first element
    current_sum = nums[0]
    best_sum = nums[0]

    for i in range(1, len(nums)):
        # Either extend the previous subarray or start a new one here
        current_sum = max(nums[i], current_sum + nums[i])
        # Update the best sum if needed
        if current_sum > best_sum:
            best_sum = current_sum

    return best_sum


# Function to find the maximum subarray sum along with its start and end indices
def max_subarray(nums):
    if len(nums) == 0:
        raise ValueError("Input list must not be empty")

    best_sum = nums[0]
    best_start = 0
    best_end = 0
    current_sum = 0
    current_start = 0

    for i in range(len(nums)):
        # If the running sum is negative, start a new subarray at i
        if current_sum <= 0:
            current_sum = nums[i]
            current_start = i
        else:
            current_sum += nums[i]

        if current_sum > best_sum:
            best_sum = current_sum
            best_start = current_start
            best_end = i

    return best_sum, best_start, best_end


# Function to find the maximum sum of a circular subarray
def max_circular_subarray_sum(nums):
    if len(nums) == 0:
        raise ValueError("Input list must not be empty")

    max_normal = max_subarray_sum(nums)

    # If all numbers are negative, the answer is the largest single number
    if max_normal < 0:
        return max_normal

    # The wrapping case equals total sum minus the minimum subarray sum
    min_sum = max_subarray_sum([-x for x in nums]) * -1
    max_wrap = sum(nums) - min_sum

    return max(max_normal, max_wrap)


# Function to find the maximum sum rectangle in a 2D matrix
def max_submatrix_sum(matrix):
    if len(matrix) == 0 or len(matrix[0]) == 0:
        raise ValueError("Matrix must not be empty")

    rows = len(matrix)
    cols = len(matrix[0])
    best = matrix[0][0]

    # Fix the left and right columns and run Kadane on the row sums
    for left in range(cols):
        row_sums = [0] * rows
        for right in range(left, cols):
            for r in range(rows):
                row_sums[r] += matrix[r][right]
            best = max(best, max_subarray_sum(row_sums))

    return best


if __name__ == "__main__":
    # Test cases
    assert max_subarray_sum([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == 6
    assert max_subarray_sum([-3, -1, -2]) == -1
    assert max_subarray_sum([5]) == 5
    assert max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == (6, 3, 6)
    assert max_circular_subarray_sum([5, -3, 5]) == 10
    assert max_circular_subarray_sum([-3, -2, -3]) == -2
    assert max_submatrix_sum([[1, 2, -1, -4, -20],
                              [-8, -3, 4, 2, 1],
                              [3, 8, 10, 1, 3],
                              [-4, -1, 1, 7, -6]]) == 29

    prices_change = [3, -2, 5, -8, 4, 6, -1, 2, -9, 3]
    total, start, end = max_subarray(prices_change)
    print("Best run: sum = %d, from index %d to %d: %s" % (total, start, end, prices_change[start:end + 1]))
    print("All tests passed!")
