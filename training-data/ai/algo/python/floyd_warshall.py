"""
All-pairs shortest paths with the Floyd-Warshall algorithm.

Works on directed graphs with negative edge weights, as long as there is
no negative cycle (which the code detects). Runs in O(V^3) time, which is
fine for graphs with up to a few hundred vertices.
"""

INF = float("inf")


def floyd_warshall(num_vertices, edges):
    """
    Compute shortest distances between every pair of vertices.

    num_vertices: vertices are numbered 0 .. num_vertices - 1
    edges: list of (u, v, weight) tuples for directed edges u -> v

    Returns (dist, next_hop) where dist[i][j] is the shortest distance and
    next_hop[i][j] is the vertex to go to first on the path from i to j.
    """
    # Start with "infinitely far" everywhere, except 0 from a vertex to itself
    dist = [[INF] * num_vertices for _ in range(num_vertices)]
    next_hop = [[None] * num_vertices for _ in range(num_vertices)]
    for v in range(num_vertices):
        dist[v][v] = 0
        next_hop[v][v] = v

    # Fill in the direct edges (keep the cheapest one if there are duplicates)
    for u, v, weight in edges:
        if weight < dist[u][v]:
            dist[u][v] = weight
            next_hop[u][v] = v

    # Try every vertex k as an intermediate stop between i and j
    for k in range(num_vertices):
        dist_k = dist[k]
        for i in range(num_vertices):
            dist_ik = dist[i][k]
            if dist_ik == INF:
                continue  # i can't reach k, so k can't help
            dist_i = dist[i]
            for j in range(num_vertices):
                candidate = dist_ik + dist_k[j]
                if candidate < dist_i[j]:
                    dist_i[j] = candidate
                    next_hop[i][j] = next_hop[i][k]

    # A negative value on the diagonal means a vertex can reach itself
    # with negative total cost, i.e. there is a negative cycle
    for v in range(num_vertices):
        if dist[v][v] < 0:
            raise ValueError("graph contains a negative-weight cycle")

    return dist, next_hop


def reconstruct_path(next_hop, start, end):
    """Rebuild the vertex sequence of the shortest path from start to end."""
    if next_hop[start][end] is None:
        return []  # no path exists
    path = [start]
    while start != end:
        start = next_hop[start][end]
        path.append(start)
    return path


# Example usage
if __name__ == "__main__":
    edges = [
        (0, 1, 3),
        (0, 2, 8),
        (0, 4, -4),
        (1, 3, 1),
        (1, 4, 7),
        (2, 1, 4),
        (3, 0, 2),
        (3, 2, -5),
        (4, 3, 6),
    ]
    dist, nxt = floyd_warshall(5, edges)

    print("Distance matrix:")
    for row in dist:
        print("  ".join(f"{d:>4}" for d in row))

    print("\nShortest path 1 -> 4:", reconstruct_path(nxt, 1, 4), "cost", dist[1][4])
    print("Shortest path 4 -> 2:", reconstruct_path(nxt, 4, 2), "cost", dist[4][2])

    # Demonstrate negative cycle detection
    try:
        floyd_warshall(3, [(0, 1, 1), (1, 2, -2), (2, 0, -1)])
    except ValueError as err:
        print("\nError:", err)
