"""Suffix array construction (prefix doubling) and the Kasai LCP array.

Typical uses: substring search in O(m log n), longest repeated substring,
and counting distinct substrings.
"""

SENTINEL_RANK = -1


def suffix_array(text):
    """Return the starting indices of all suffixes of ``text`` in sorted order.

    Uses prefix doubling with Python's sort: O(n log^2 n), which is plenty
    for inputs up to a few hundred thousand characters.

    >>> suffix_array("banana")
    [5, 3, 1, 0, 4, 2]
    """
    if not isinstance(text, str):
        raise TypeError("suffix_array() expects a str, got %s" % type(text).__name__)
    n = len(text)
    if n == 0:
        return []
    rank = [ord(c) for c in text]
    sa = list(range(n))
    k = 1
    while True:
        def key(i):
            return rank[i], rank[i + k] if i + k < n else SENTINEL_RANK

        sa.sort(key=key)
        new_rank = [0] * n
        for j in range(1, n):
            new_rank[sa[j]] = new_rank[sa[j - 1]] + (key(sa[j]) != key(sa[j - 1]))
        rank = new_rank
        if rank[sa[-1]] == n - 1:
            return sa
        k *= 2


def lcp_array(text, sa):
    """Kasai's algorithm: ``lcp[i]`` is the common prefix of suffixes ``sa[i-1]`` and ``sa[i]``.

    ``lcp[0]`` is always 0. Runs in O(n).

    >>> lcp_array("banana", [5, 3, 1, 0, 4, 2])
    [0, 1, 3, 0, 0, 2]
    """
    if len(sa) != len(text):
        raise ValueError("suffix array length does not match the text")
    n = len(text)
    rank = [0] * n
    for i, start in enumerate(sa):
        rank[start] = i
    lcp = [0] * n
    h = 0
    for i in range(n):
        if rank[i] == 0:
            h = 0
            continue
        j = sa[rank[i] - 1]
        while i + h < n and j + h < n and text[i + h] == text[j + h]:
            h += 1
        lcp[rank[i]] = h
        if h:
            h -= 1
    return lcp


def find_occurrences(text, sa, pattern):
    """All start positions of ``pattern`` in ``text``, sorted ascending."""
    if not pattern:
        raise ValueError("pattern must be non-empty")
    m = len(pattern)
    lo, hi = 0, len(sa)
    while lo < hi:
        mid = (lo + hi) // 2
        if text[sa[mid]:sa[mid] + m] < pattern:
            lo = mid + 1
        else:
            hi = mid
    start = lo
    hi = len(sa)
    while lo < hi:
        mid = (lo + hi) // 2
        if text[sa[mid]:sa[mid] + m] <= pattern:
            lo = mid + 1
        else:
            hi = mid
    return sorted(sa[start:lo])


def longest_repeated_substring(text):
    """Longest substring that occurs at least twice (possibly overlapping)."""
    sa = suffix_array(text)
    lcp = lcp_array(text, sa)
    if not lcp or max(lcp) == 0:
        return ""
    best = max(range(len(lcp)), key=lcp.__getitem__)
    return text[sa[best]:sa[best] + lcp[best]]


def count_distinct_substrings(text):
    """Number of distinct non-empty substrings: n(n+1)/2 minus the LCP total."""
    n = len(text)
    return n * (n + 1) // 2 - sum(lcp_array(text, suffix_array(text)))


if __name__ == "__main__":
    import doctest

    failures, _ = doctest.testmod()
    if failures:
        raise SystemExit(1)

    corpus = "it was the best of times, it was the worst of times"
    sa = suffix_array(corpus)
    print("'times' at", find_occurrences(corpus, sa, "times"))
    print("'it was' at", find_occurrences(corpus, sa, "it was"))
    print("longest repeat:", repr(longest_repeated_substring(corpus)))
    print("distinct substrings of 'abab':", count_distinct_substrings("abab"))
