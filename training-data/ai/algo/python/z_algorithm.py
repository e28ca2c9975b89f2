from typing import List


def z_array(s: str) -> List[int]:
    n = len(s)
    z = [0] * n
    if n:
        z[0] = n
    left = right = 0
    for i in range(1, n):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z


def find_all(text: str, pattern: str, sep: str = "\x00") -> List[int]:
    if not pattern:
        return list(range(len(text) + 1))
    if sep in pattern or sep in text:
        raise ValueError("separator character occurs in input")
    m = len(pattern)
    z = z_array(pattern + sep + text)
    return [i - m - 1 for i in range(m + 1, len(z)) if z[i] >= m]


def smallest_period(s: str) -> int:
    n = len(s)
    z = z_array(s)
    for p in range(1, n):
        if n % p == 0 and z[p] == n - p:
            return p
    return n


def count_distinct_substrings(s: str) -> int:
    total = 0
    cur = ""
    for ch in s:
        cur = ch + cur
        z = z_array(cur)
        longest = max(z[1:], default=0)
        total += len(cur) - longest
    return total


if __name__ == "__main__":
    assert z_array("aabxaab") == [7, 1, 0, 0, 3, 1, 0]
    assert z_array("") == []
    assert find_all("abracadabra", "abra") == [0, 7]
    assert find_all("aaaa", "aa") == [0, 1, 2]
    assert find_all("abc", "d") == []
    assert smallest_period("abcabcabc") == 3
    assert smallest_period("abcab") == 5
    assert count_distinct_substrings("aaa") == 3
    assert count_distinct_substrings("abc") == 6
    assert count_distinct_substrings("abab") == 7
    print(z_array("abacabadabacaba"))
