# Bellman-Ford algorithm for single-source shortest paths
# Handles negative edge weights and detects negative cycles


class NegativeCycleError(Exception):
    def __init__(self, cycle):
        super().__init__("Negative cycle detected: " + " -> ".join(str(v) for v in cycle))
        self.cycle = cycle


# Function to run Bellman-Ford from a source vertex
# edges is a list of (u, v, weight) tuples
def bellman_ford(vertices, edges, source):
    # Check that the source is a valid vertex
    if source not in vertices:
        raise ValueError("Source vertex %r is not in the graph" % (source,))

    # Initialize the distances and predecessors
    dist = {v: float("inf") for v in vertices}
    prev = {v: None for v in vertices}
    dist[source] = 0

    # Relax all edges |V| - 1 times
    for _ in range(len(vertices) - 1):
        updated = False
        for u, v, w in edges:
            if dist[u] != float("inf") and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
                updated = True
        # Stop early if nothing changed in this round
        if not updated:
            break

    # Check for negative cycles with one more round of relaxation
    for u, v, w in edges:
        if dist[u] != float("inf") and dist[u] + w < dist[v]:
            prev[v] = u
            raise NegativeCycleError(find_cycle(prev, v, len(vertices)))

    return dist, prev


# Function to extract the negative cycle from the predecessor map
def find_cycle(prev, start, n):
    # Walk back n times to make sure we are inside the cycle
    node = start
    for _ in range(n):
        node = prev[node]

    # Now collect the cycle
    cycle = [node]
    current = prev[node]
    while current != node:
        cycle.append(current)
        current = prev[current]
    cycle.append(node)
    cycle.reverse()
    return cycle


# Function to build the path from the source to a target
def get_path(prev, target):
    path = []
    current = target
    while current is not None:
        path.append(current)
        current = prev[current]
    path.reverse()
    return path


if __name__ == "__main__":
    vertices = ["S", "A", "B", "C", "D"]
    edges = [
        ("S", "A", 4),
        ("S", "B", 5),
        ("A", "C", -3),
        ("B", "A", -2),
        ("C", "D", 2),
        ("B", "D", 6),
    ]

    dist, prev = bellman_ford(vertices, edges, "S")
    for v in vertices:
        print("{}: distance = {}, path = {}".format(v, dist[v], get_path(prev, v)))

    # Example with a negative cycle (currency arbitrage style)
    edges.append(("D", "B", -7))
    try:
        bellman_ford(vertices, edges, "S")
    except NegativeCycleError as e:
        print(e)
