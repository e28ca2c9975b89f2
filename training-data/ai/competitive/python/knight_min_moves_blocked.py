# Minimum number of knight moves on an n x n board with some blocked squares.
# Input: n, then the number of blocked squares k and their coordinates,
# then the start and target squares (1-based). Print -1 if unreachable.
from collections import deque

# All eight knight moves
MOVES = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]


# Function to run BFS from the start to the target
def knight_distance(n, blocked, start, target):
    # Check if the start or target is blocked
    if start in blocked or target in blocked:
        return -1
    # Check if we are already at the target
    if start == target:
        return 0

    # Initialize the distance table with -1 (unvisited)
    dist = [[-1] * (n + 1) for _ in range(n + 1)]
    dist[start[0]][start[1]] = 0
    queue = deque([start])

    while queue:
        x, y = queue.popleft()
        for dx, dy in MOVES:
            nx, ny = x + dx, y + dy
            # Check the board limits
            if nx < 1 or ny < 1 or nx > n or ny > n:
                continue
            # Skip blocked or visited squares
            if (nx, ny) in blocked or dist[nx][ny] != -1:
                continue
            dist[nx][ny] = dist[x][y] + 1
            if (nx, ny) == target:
                return dist[nx][ny]
            queue.append((nx, ny))

    return -1


def main():
    # Read the board size
    n = int(input())
    # Read the blocked squares
    k = int(input())
    blocked = set()
    for _ in range(k):
        x, y = map(int, input().split())
        blocked.add((x, y))
    # Read the start and target squares
    sx, sy, tx, ty = map(int, input().split())
    print(knight_distance(n, blocked, (sx, sy), (tx, ty)))


if __name__ == "__main__":
    main()
