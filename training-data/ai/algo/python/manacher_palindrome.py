from typing import List, Tuple


def _radii(s: str) -> List[int]:
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    return p


def longest_palindrome(s: str) -> str:
    if not s:
        return ""
    p = _radii(s)
    length, center = max((v, i) for i, v in enumerate(p))
    start = (center - length) // 2
    return s[start:start + length]


def longest_palindrome_span(s: str) -> Tuple[int, int]:
    if not s:
        return 0, 0
    p = _radii(s)
    best = max(range(len(p)), key=lambda i: p[i])
    start = (best - p[best]) // 2
    return start, start + p[best]


def count_palindromic_substrings(s: str) -> int:
    return sum((v + 1) // 2 for v in _radii(s))


def palindrome_lengths_at(s: str) -> Tuple[List[int], List[int]]:
    p = _radii(s)
    odd = [p[2 * i + 2] for i in range(len(s))]
    even = [p[2 * i + 1] for i in range(len(s) + 1)]
    return odd, even


def _brute_longest(s: str) -> int:
    return max((j - i for i in range(len(s)) for j in range(i + 1, len(s) + 1) if s[i:j] == s[i:j][::-1]), default=0)


if __name__ == "__main__":
    import random

    assert longest_palindrome("babad") in ("bab", "aba")
    assert longest_palindrome("cbbd") == "bb"
    assert longest_palindrome("forgeeksskeegfor") == "geeksskeeg"
    assert longest_palindrome("") == ""
    assert longest_palindrome_span("xabax") == (0, 5)
    assert count_palindromic_substrings("aaa") == 6
    assert count_palindromic_substrings("abc") == 3
    odd, even = palindrome_lengths_at("abba")
    assert odd == [1, 1, 1, 1] and even == [0, 0, 4, 0, 0]
    for _ in range(300):
        s = "".join(random.choice("ab") for _ in range(random.randint(1, 12)))
        assert len(longest_palindrome(s)) == _brute_longest(s), s
    print(longest_palindrome("bananas"))
