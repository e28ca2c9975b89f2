# Cheapest trip from city 1 to city n when you own one "free pass" that makes
# a single road of your choice cost nothing. Roads are one-way.
#
# Idea: run Dijkstra on a doubled graph. State (city, used) where used is 0 if
# the pass is still in your pocket and 1 once it has been spent.
import heapq
import sys


def cheapest_with_pass(n, adj):
    INF = float("inf")
    # dist[used][city]
    dist = [[INF] * (n + 1) for _ in range(2)]
    dist[0][1] = 0
    heap = [(0, 1, 0)]  # (cost so far, city, pass used?)

    while heap:
        cost, city, used = heapq.heappop(heap)
        if cost > dist[used][city]:
            continue  # stale heap entry

        for nxt, price in adj[city]:
            # Pay for the road normally
            if cost + price < dist[used][nxt]:
                dist[used][nxt] = cost + price
                heapq.heappush(heap, (cost + price, nxt, used))
            # Or spend the pass on this road, if we still have it
            if not used and cost < dist[1][nxt]:
                dist[1][nxt] = cost
                heapq.heappush(heap, (cost, nxt, 1))

    best = min(dist[0][n], dist[1][n])
    return -1 if best == INF else best


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])

    # Build the adjacency list: adj[a] holds (b, price) pairs
    adj = [[] for _ in range(n + 1)]
    pos = 2
    for _ in range(m):
        a, b, price = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        adj[a].append((b, price))

    print(cheapest_with_pass(n, adj))


if __name__ == "__main__":
    # Example:
    #   input:  4 4
    #           1 2 5
    #           2 4 100
    #           1 3 20
    #           3 4 20
    #   output: 5   (1 -> 2 costs 5, use the pass on 2 -> 4)
    main()
