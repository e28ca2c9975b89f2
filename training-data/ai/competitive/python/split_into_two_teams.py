# Split n students into two teams so that no two students who dislike each other
# end up on the same team. Print a team (1 or 2) for every student, or IMPOSSIBLE.
#
# This is just a bipartite check: BFS each connected component and color it
# alternately; a conflict means an odd cycle, which can't be split.
import sys
from collections import deque


def assign_teams(n, adj):
    team = [0] * (n + 1)  # 0 = not assigned yet

    for start in range(1, n + 1):
        if team[start]:
            continue  # already colored as part of an earlier component

        team[start] = 1
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if team[v] == 0:
                    # Put the neighbour on the opposite team
                    team[v] = 3 - team[u]
                    queue.append(v)
                elif team[v] == team[u]:
                    # Two rivals forced onto the same team: no valid split
                    return None

    return team[1:]


def main():
    input = sys.stdin.readline
    n, m = map(int, input().split())

    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        a, b = map(int, input().split())
        adj[a].append(b)
        adj[b].append(a)

    teams = assign_teams(n, adj)
    if teams is None:
        print("IMPOSSIBLE")
    else:
        print(" ".join(map(str, teams)))


if __name__ == "__main__":
    # Example:
    #   input:  5 3
    #           1 2
    #           1 3
    #           4 5
    #   output: 1 2 2 1 2
    main()
