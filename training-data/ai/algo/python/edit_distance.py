from typing import List, Sequence, Tuple

Op = Tuple[str, int, str]


def edit_distance(a: Sequence, b: Sequence, sub_cost: int = 1) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            cur[j] = min(
                prev[j] + 1,
                cur[j - 1] + 1,
                prev[j - 1] + (0 if x == y else sub_cost),
            )
        prev = cur
    return prev[-1]


def edit_script(a: str, b: str) -> List[Op]:
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(
                d[i - 1][j] + 1,
                d[i][j - 1] + 1,
                d[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
    ops: List[Op] = []
    i, j = n, m
    while i or j:
        if i and j and a[i - 1] == b[j - 1] and d[i][j] == d[i - 1][j - 1]:
            i, j = i - 1, j - 1
        elif i and j and d[i][j] == d[i - 1][j - 1] + 1:
            ops.append(("replace", i - 1, b[j - 1]))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append(("delete", i - 1, a[i - 1]))
            i -= 1
        else:
            ops.append(("insert", i, b[j - 1]))
            j -= 1
    return ops[::-1]


def apply_script(a: str, ops: List[Op]) -> str:
    s = list(a)
    for kind, pos, ch in reversed(ops):
        if kind == "replace":
            s[pos] = ch
        elif kind == "delete":
            del s[pos]
        else:
            s.insert(pos, ch)
    return "".join(s)


if __name__ == "__main__":
    cases = [("kitten", "sitting", 3), ("flaw", "lawn", 2), ("", "abc", 3), ("same", "same", 0), ("intention", "execution", 5)]
    for a, b, want in cases:
        assert edit_distance(a, b) == want, (a, b)
        ops = edit_script(a, b)
        assert len(ops) == want
        assert apply_script(a, ops) == b
    assert edit_distance(["GET", "/a"], ["POST", "/a"]) == 1
    assert edit_distance("ab", "ba", sub_cost=2) == 2
    for op in edit_script("sunday", "saturday"):
        print(*op)
