# Rabin-Karp string matching using a rolling hash


# Function to find all occurrences of pattern in text
def rabin_karp(text, pattern, base=256, mod=1_000_000_007):
    n = len(text)
    m = len(pattern)
    result = []

    # Check for edge cases
    if m == 0:
        return list(range(n + 1))
    if m > n:
        return result

    # Calculate base^(m-1) % mod, used to remove the leading character
    high = pow(base, m - 1, mod)

    # Calculate the hash of the pattern and the first window of text
    pattern_hash = 0
    window_hash = 0
    for i in range(m):
        pattern_hash = (pattern_hash * base + ord(pattern[i])) % mod
        window_hash = (window_hash * base + ord(text[i])) % mod

    # Slide the window over the text
    for i in range(n - m + 1):
        # If the hashes match, compare the strings to rule out a collision
        if pattern_hash == window_hash:
            if text[i:i + m] == pattern:
                result.append(i)

        # Calculate the hash of the next window
        if i < n - m:
            window_hash = (window_hash - ord(text[i]) * high) % mod
            window_hash = (window_hash * base + ord(text[i + m])) % mod
            # Make sure the hash is not negative
            if window_hash < 0:
                window_hash += mod

    return result


# Function to search for several patterns of the same length at once
def rabin_karp_multi(text, patterns, base=256, mod=1_000_000_007):
    if not patterns:
        return {}
    m = len(patterns[0])
    for p in patterns:
        if len(p) != m:
            raise ValueError("All patterns must have the same length")

    # Initialize the lookup table from hash to patterns
    table = {}
    for p in patterns:
        h = 0
        for ch in p:
            h = (h * base + ord(ch)) % mod
        table.setdefault(h, []).append(p)

    found = {p: [] for p in patterns}
    if m == 0 or m > len(text):
        return found

    high = pow(base, m - 1, mod)
    h = 0
    for i in range(m):
        h = (h * base + ord(text[i])) % mod

    for i in range(len(text) - m + 1):
        if h in table:
            window = text[i:i + m]
            for p in table[h]:
                if p == window:
                    found[p].append(i)
        if i < len(text) - m:
            h = ((h - ord(text[i]) * high) * base + ord(text[i + m])) % mod

    return found


if __name__ == "__main__":
    text = "the quick brown fox jumps over the lazy dog, the end"
    print("Positions of 'the':", rabin_karp(text, "the"))
    print("Positions of 'cat':", rabin_karp(text, "cat"))
    print("Multi search:", rabin_karp_multi(text, ["fox", "dog", "end", "owl"]))

    # Compare with a naive search on a few inputs
    for t, p in [("aaaaa", "aa"), ("abcabcabc", "cab"), ("mississippi", "issi")]:
        expected = [i for i in range(len(t) - len(p) + 1) if t[i:i + len(p)] == p]
        assert rabin_karp(t, p) == expected
    print("All tests passed")
