from collections import deque

DIRS4 = [(0, 1), (1, 0), (0, -1), (-1, 0)]
DIRS8 = DIRS4 + [(1, 1), (1, -1), (-1, 1), (-1, -1)]


def parse(lines):
    grid = [list(row) for row in lines]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == 'S':
                start = (r, c)
            elif ch == 'E':
                end = (r, c)
    return grid, start, end


def shortest_path(grid, start, end, diagonal=False):
    rows, cols = len(grid), len(grid[0])
    dirs = DIRS8 if diagonal else DIRS4
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            break
        r, c = cur
        for dr, dc in dirs:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    if end not in prev:
        return None
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]


def distances(grid, start):
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    dist[start[0]][start[1]] = 0
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in DIRS4:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                q.append((nr, nc))
    return dist


def draw(grid, path):
    out = [row[:] for row in grid]
    for r, c in path[1:-1]:
        out[r][c] = '*'
    return '\n'.join(''.join(row) for row in out)


if __name__ == '__main__':
    maze = [
        'S.#.......',
        '.##.####.#',
        '....#....#',
        '.####.##..',
        '......#..E',
    ]
    g, s, e = parse(maze)
    p = shortest_path(g, s, e)
    print(len(p) - 1, 'steps')
    print(draw(g, p))
    print()
    p8 = shortest_path(g, s, e, diagonal=True)
    print(len(p8) - 1, 'steps with diagonals')
    print(draw(g, p8))
    d = distances(g, s)
    print(max(max(row) for row in d), 'is the farthest reachable cell')
