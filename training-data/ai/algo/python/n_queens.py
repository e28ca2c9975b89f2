def solve_n_queens(n):
    cols, d1, d2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            cols.add(c)
            d1.add(row - c)
            d2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            d1.remove(row - c)
            d2.remove(row + c)

    place(0)
    return solutions


def count_n_queens(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0) if n > 0 else 1


def render(solution):
    n = len(solution)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in solution)


if __name__ == "__main__":
    expected = [1, 1, 0, 0, 2, 10, 4, 40, 92, 352]
    for n, want in enumerate(expected):
        assert count_n_queens(n) == want, n
        if n:
            assert len(solve_n_queens(n)) == want
    print(render(solve_n_queens(8)[0]))
    print(count_n_queens(11))
