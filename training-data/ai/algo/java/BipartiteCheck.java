import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Checks whether an undirected graph is bipartite using BFS two-coloring.
 */
public class BipartiteCheck {

    private final int vertexCount;
    private final List<List<Integer>> adjacency;

    // Constructor to initialize the graph with the given number of vertices
    public BipartiteCheck(int vertexCount) {
        if (vertexCount < 0) {
            throw new IllegalArgumentException("vertexCount must not be negative");
        }
        this.vertexCount = vertexCount;
        this.adjacency = new ArrayList<>();
        for (int i = 0; i < vertexCount; i++) {
            adjacency.add(new ArrayList<>());
        }
    }

    // Method to add an undirected edge between u and v
    public void addEdge(int u, int v) {
        if (u < 0 || u >= vertexCount || v < 0 || v >= vertexCount) {
            throw new IndexOutOfBoundsException("vertex out of range: " + u + ", " + v);
        }
        adjacency.get(u).add(v);
        adjacency.get(v).add(u);
    }

    // Method to compute the coloring. Returns null if the graph is not bipartite.
    public int[] twoColoring() {
        int[] color = new int[vertexCount];
        Arrays.fill(color, -1);

        // Loop over all vertices because the graph may be disconnected
        for (int start = 0; start < vertexCount; start++) {
            if (color[start] != -1) {
                continue;
            }
            color[start] = 0;
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(start);

            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int v : adjacency.get(u)) {
                    if (color[v] == -1) {
                        // Assign the opposite color to the neighbor
                        color[v] = 1 - color[u];
                        queue.add(v);
                    } else if (color[v] == color[u]) {
                        // Two adjacent vertices have the same color
                        return null;
                    }
                }
            }
        }
        return color;
    }

    // Method to check if the graph is bipartite
    public boolean isBipartite() {
        return twoColoring() != null;
    }

    // Helper method to build a graph from an edge list
    private static BipartiteCheck fromEdges(int n, int[][] edges) {
        BipartiteCheck g = new BipartiteCheck(n);
        for (int[] e : edges) {
            g.addEdge(e[0], e[1]);
        }
        return g;
    }

    public static void main(String[] args) {
        // Test case 1: a square (even cycle) is bipartite
        BipartiteCheck square = fromEdges(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
        System.out.println("Square is bipartite: " + square.isBipartite());
        System.out.println("Coloring: " + Arrays.toString(square.twoColoring()));

        // Test case 2: a triangle (odd cycle) is not bipartite
        BipartiteCheck triangle = fromEdges(3, new int[][] {{0, 1}, {1, 2}, {2, 0}});
        System.out.println("Triangle is bipartite: " + triangle.isBipartite());

        // Test case 3: a disconnected graph with a path and an isolated vertex
        BipartiteCheck forest = fromEdges(5, new int[][] {{0, 1}, {1, 2}, {3, 4}});
        System.out.println("Forest is bipartite: " + forest.isBipartite());
        System.out.println("Coloring: " + Arrays.toString(forest.twoColoring()));
    }
}
