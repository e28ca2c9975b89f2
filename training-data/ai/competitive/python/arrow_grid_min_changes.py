# Every cell of the grid holds an arrow (U, D, L, R). Following the arrow of the
# cell you stand on is free; moving in any other direction costs 1 (you "repaint"
# the arrow). Find the minimum cost to get from the top-left to the bottom-right.
#
# Edges have weight 0 or 1, so a deque-based 0-1 BFS gives shortest paths in
# O(rows * cols) without a heap.
import sys
from collections import deque

MOVES = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}


def min_repaints(grid):
    rows, cols = len(grid), len(grid[0])
    INF = float("inf")
    cost = [[INF] * cols for _ in range(rows)]
    cost[0][0] = 0
    dq = deque([(0, 0)])

    while dq:
        r, c = dq.popleft()
        for arrow, (dr, dc) in MOVES.items():
            nr, nc = r + dr, c + dc
            if not (0 <= nr < rows and 0 <= nc < cols):
                continue
            # Free if we follow the arrow printed on the current cell
            step = 0 if grid[r][c] == arrow else 1
            if cost[r][c] + step < cost[nr][nc]:
                cost[nr][nc] = cost[r][c] + step
                # 0-weight edges go to the front, 1-weight edges to the back
                if step == 0:
                    dq.appendleft((nr, nc))
                else:
                    dq.append((nr, nc))

    return cost[rows - 1][cols - 1]


def main():
    rows, cols = map(int, sys.stdin.readline().split())
    grid = [sys.stdin.readline().strip()[:cols] for _ in range(rows)]
    print(min_repaints(grid))


if __name__ == "__main__":
    # Example:
    #   input:  3 3
    #           RRD
    #           ULL
    #           LLL
    #   output: 1   (R, R, D, then one repaint to go down into the corner)
    main()
