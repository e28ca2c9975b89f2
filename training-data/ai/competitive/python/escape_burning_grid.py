"""Escape a burning maze: fewest minutes for the runner to step off the grid.

Fire spreads to the four neighbours every minute; the runner may not enter a
cell at or after the minute the fire gets there. Prints the time or IMPOSSIBLE.
"""

import sys
from collections import deque
from typing import List, Optional, Tuple

WALL = "#"
FIRE = "F"
START = "S"
INF = float("inf")
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def parse_grid(tokens: List[str]) -> List[str]:
    """Validate the header and return the grid rows."""
    if len(tokens) < 2:
        raise ValueError("expected 'rows cols' on the first line")
    rows, cols = int(tokens[0]), int(tokens[1])
    grid = tokens[2:2 + rows]
    if len(grid) != rows:
        raise ValueError(f"expected {rows} grid rows, got {len(grid)}")
    for r, line in enumerate(grid):
        if len(line) != cols:
            raise ValueError(f"row {r} has length {len(line)}, expected {cols}")
    return grid


def find_start(grid: List[str]) -> Tuple[int, int]:
    """Locate the single START cell."""
    found = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == START]
    if len(found) != 1:
        raise ValueError(f"expected exactly one '{START}', found {len(found)}")
    return found[0]


def fire_times(grid: List[str]) -> List[List[float]]:
    """Multi-source BFS: the minute at which fire first reaches each cell."""
    rows, cols = len(grid), len(grid[0])
    when = [[INF] * cols for _ in range(rows)]
    queue: deque = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == FIRE:
                when[r][c] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for dr, dc in DIRECTIONS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != WALL and when[nr][nc] == INF:
                when[nr][nc] = when[r][c] + 1
                queue.append((nr, nc))
    return when


def escape_time(grid: List[str]) -> Optional[int]:
    """Return the minutes needed to leave the grid, or None if the fire always wins."""
    rows, cols = len(grid), len(grid[0])
    fire = fire_times(grid)
    sr, sc = find_start(grid)
    dist = [[-1] * cols for _ in range(rows)]
    dist[sr][sc] = 0
    queue = deque([(sr, sc)])
    while queue:
        r, c = queue.popleft()
        if r in (0, rows - 1) or c in (0, cols - 1):
            return dist[r][c] + 1
        for dr, dc in DIRECTIONS:
            nr, nc = r + dr, c + dc
            if grid[nr][nc] == WALL or dist[nr][nc] != -1:
                continue
            if fire[nr][nc] <= dist[r][c] + 1:
                continue
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
    return None


def main() -> None:
    grid = parse_grid(sys.stdin.read().split())
    answer = escape_time(grid)
    print("IMPOSSIBLE" if answer is None else answer)


if __name__ == "__main__":
    main()
