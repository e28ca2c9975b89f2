from bisect import bisect_left


def lis_length(nums):
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def lis(nums):
    if not nums:
        return []
    tails = []
    tail_idx = []
    parent = [-1] * len(nums)
    for i, x in enumerate(nums):
        j = bisect_left(tails, x)
        if j == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[j] = x
            tail_idx[j] = i
        parent[i] = tail_idx[j - 1] if j > 0 else -1
    out = []
    k = tail_idx[-1]
    while k != -1:
        out.append(nums[k])
        k = parent[k]
    return out[::-1]


def lis_non_decreasing(nums):
    from bisect import bisect_right
    tails = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


if __name__ == "__main__":
    assert lis_length([10, 9, 2, 5, 3, 7, 101, 18]) == 4
    assert lis([10, 9, 2, 5, 3, 7, 101, 18]) == [2, 3, 7, 18]
    assert lis([]) == []
    assert lis([5, 4, 3]) == [3]
    assert lis_non_decreasing([1, 2, 2, 2, 3]) == 5
    assert lis_length([1, 2, 2, 2, 3]) == 3
    print(lis([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]))
