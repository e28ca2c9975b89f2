"""
Knuth-Morris-Pratt (KMP) string search.

KMP finds every occurrence of a pattern inside a text in O(n + m) time,
where n is the length of the text and m is the length of the pattern.
The trick is a precomputed "failure function" (also called the prefix
function or LPS array) that tells us how far we can fall back in the
pattern after a mismatch, so we never re-examine characters of the text.
"""

from typing import List


def build_prefix_table(pattern: str) -> List[int]:
    """
    Build the LPS (longest proper prefix which is also a suffix) table.

    lps[i] is the length of the longest proper prefix of pattern[:i + 1]
    that is also a suffix of pattern[:i + 1].
    """
    lps = [0] * len(pattern)
    matched_length = 0  # length of the current matching prefix

    # Start from the second character; lps[0] is always 0.
    for index in range(1, len(pattern)):
        # On mismatch, fall back to the next-longest prefix that could still match.
        while matched_length > 0 and pattern[index] != pattern[matched_length]:
            matched_length = lps[matched_length - 1]

        # If the characters match, extend the current prefix by one.
        if pattern[index] == pattern[matched_length]:
            matched_length += 1

        lps[index] = matched_length

    return lps


def kmp_search(text: str, pattern: str) -> List[int]:
    """
    Return the starting indices of every occurrence of `pattern` in `text`.

    Overlapping matches are included, e.g. "aa" occurs in "aaa" at 0 and 1.
    An empty pattern matches at every position, like str.find does.
    """
    if pattern == "":
        return list(range(len(text) + 1))

    lps = build_prefix_table(pattern)
    matches: List[int] = []
    matched_length = 0  # how many pattern characters are currently matched

    for index, character in enumerate(text):
        # Use the prefix table to skip ahead instead of restarting from zero.
        while matched_length > 0 and character != pattern[matched_length]:
            matched_length = lps[matched_length - 1]

        if character == pattern[matched_length]:
            matched_length += 1

        # A full match: record where it started, then keep going so that
        # overlapping occurrences are found as well.
        if matched_length == len(pattern):
            matches.append(index - len(pattern) + 1)
            matched_length = lps[matched_length - 1]

    return matches


def count_occurrences(text: str, pattern: str) -> int:
    """Convenience helper: how many times does `pattern` appear in `text`?"""
    return len(kmp_search(text, pattern))


# Example usage
if __name__ == "__main__":
    sample_text = "ABABDABACDABABCABAB"
    sample_pattern = "ABABCABAB"

    print(f"Prefix table for {sample_pattern!r}: {build_prefix_table(sample_pattern)}")
    print(f"Matches found at indices: {kmp_search(sample_text, sample_pattern)}")

    # Overlapping matches are reported too
    print(f"'aa' in 'aaaa': {kmp_search('aaaa', 'aa')}")  # [0, 1, 2]

    # Quick sanity check against Python's built-in search
    dna = "GATTACAGATTACAGATTACA"
    assert kmp_search(dna, "ATTA") == [i for i in range(len(dna)) if dna.startswith("ATTA", i)]
    print(f"'ATTA' occurs {count_occurrences(dna, 'ATTA')} times in {dna}")
