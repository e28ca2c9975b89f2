"""Make a parenthesis string balanced with the fewest insertions.

Input: T, then T strings of '(' and ')'. For each one print the number of
insertions and one balanced string that uses exactly that many.
"""

import sys

OPEN = "("
CLOSE = ")"


def validate(s, case_no):
    """Reject anything other than round brackets with a clear message."""
    bad = set(s) - {OPEN, CLOSE}
    if bad:
        raise SystemExit(f"error: case {case_no} contains unexpected characters: {''.join(sorted(bad))}")


def balance(s):
    """Insert '(' right before every unmatched ')' and close what is left at the end."""
    out = []
    depth = 0
    added = 0
    for ch in s:
        if ch == OPEN:
            depth += 1
        elif depth == 0:
            out.append(OPEN)
            added += 1
        else:
            depth -= 1
        out.append(ch)
    out.append(CLOSE * depth)
    return added + depth, "".join(out)


def main():
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    results = []
    for case_no in range(1, t + 1):
        s = lines[case_no].strip() if case_no < len(lines) else ""
        validate(s, case_no)
        count, fixed = balance(s)
        results.append(f"{count} {fixed}")
    print("\n".join(results))


if __name__ == "__main__":
    main()
