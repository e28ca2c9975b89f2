# Check whether an undirected graph is bipartite using BFS two-coloring

from collections import deque
from typing import Dict, Hashable, List, Optional, Tuple

Graph = Dict[Hashable, List[Hashable]]


# Function to build an undirected adjacency list from a list of edges
def build_graph(edges: List[Tuple[Hashable, Hashable]]) -> Graph:
    graph: Graph = {}
    for u, v in edges:
        graph.setdefault(u, []).append(v)
        graph.setdefault(v, []).append(u)
    return graph


# Function to check if the graph is bipartite
# Returns (True, coloring) if bipartite, otherwise (False, None)
def is_bipartite(graph: Graph) -> Tuple[bool, Optional[Dict[Hashable, int]]]:
    # Initialize the color dictionary (0 or 1 for each visited node)
    color: Dict[Hashable, int] = {}

    # Loop over all nodes so that disconnected components are handled too
    for start in graph:
        if start in color:
            continue

        # Start BFS from this node with color 0
        color[start] = 0
        queue = deque([start])

        while queue:
            node = queue.popleft()
            for neighbor in graph.get(node, []):
                if neighbor not in color:
                    # Assign the opposite color to the neighbor
                    color[neighbor] = 1 - color[node]
                    queue.append(neighbor)
                elif color[neighbor] == color[node]:
                    # Two adjacent nodes have the same color, so not bipartite
                    return False, None

    return True, color


# Function to split the nodes into the two sides of the bipartition
def bipartition(graph: Graph) -> Optional[Tuple[List[Hashable], List[Hashable]]]:
    ok, color = is_bipartite(graph)
    if not ok or color is None:
        return None
    left = [node for node, c in color.items() if c == 0]
    right = [node for node, c in color.items() if c == 1]
    return left, right


if __name__ == "__main__":
    # Test case 1: a square (cycle of length 4) is bipartite
    square = build_graph([(1, 2), (2, 3), (3, 4), (4, 1)])
    print("Square is bipartite:", is_bipartite(square)[0])
    print("Partition:", bipartition(square))

    # Test case 2: a triangle (odd cycle) is not bipartite
    triangle = build_graph([("a", "b"), ("b", "c"), ("c", "a")])
    print("Triangle is bipartite:", is_bipartite(triangle)[0])

    # Test case 3: a graph with two components
    forest = build_graph([(1, 2), (3, 4), (4, 5)])
    forest[6] = []  # isolated node
    print("Forest is bipartite:", is_bipartite(forest)[0])
    print("Partition:", bipartition(forest))
