'use strict';

// Min-heap class used as a priority queue for Dijkstra's algorithm
class MinHeap {
    constructor() {
        this.items = [];
    }

    size() { return this.items.length; }

    // Method to add an item with a priority
    push(node, priority) {
        this.items.push({ node: node, priority: priority });
        this.bubbleUp(this.items.length - 1);
    }

    // Method to remove and return the item with the smallest priority
    pop() {
        if (this.items.length === 0) return undefined;
        const top = this.items[0];
        const last = this.items.pop();
        if (this.items.length > 0) {
            this.items[0] = last;
            this.sinkDown(0);
        }
        return top;
    }

    bubbleUp(index) {
        while (index > 0) {
            const parent = Math.floor((index - 1) / 2);
            if (this.items[parent].priority <= this.items[index].priority) {
                break;
            }
            [this.items[parent], this.items[index]] = [this.items[index], this.items[parent]];
            index = parent;
        }
    }

    sinkDown(index) {
        const length = this.items.length;
        while (true) {
            const left = 2 * index + 1;
            const right = 2 * index + 2;
            let smallest = index;
            if (left < length && this.items[left].priority < this.items[smallest].priority) {
                smallest = left;
            }
            if (right < length && this.items[right].priority < this.items[smallest].priority) {
                smallest = right;
            }
            if (smallest === index) break;
            [this.items[smallest], this.items[index]] = [this.items[index], this.items[smallest]];
            index = smallest;
        }
    }
}

// Function to build an adjacency list from a list of edges
// Each edge is [from, to, weight]. Set directed to false for undirected graphs.
function buildGraph(edges, directed) {
    const graph = new Map();
    for (const [from, to, weight] of edges) {
        if (weight < 0) {
            throw new Error('Dijkstra does not support negative weights: ' + from + ' -> ' + to);
        }
        if (!graph.has(from)) graph.set(from, []);
        if (!graph.has(to)) graph.set(to, []);
        graph.get(from).push({ to: to, weight: weight });
        if (!directed) graph.get(to).push({ to: from, weight: weight });
    }
    return graph;
}

// Function to compute the shortest distances from a source node to all nodes
function dijkstra(graph, source) {
    const distances = new Map();
    const previous = new Map();
    const visited = new Set();

    // Initialize the distances
    for (const node of graph.keys()) {
        distances.set(node, Infinity);
    }
    distances.set(source, 0);

    const heap = new MinHeap();
    heap.push(source, 0);

    while (heap.size() > 0) {
        const { node, priority } = heap.pop();

        // Skip stale entries
        if (visited.has(node)) continue;
        visited.add(node);

        const neighbors = graph.get(node) || [];
        for (const edge of neighbors) {
            const newDistance = priority + edge.weight;
            if (newDistance < distances.get(edge.to)) {
                distances.set(edge.to, newDistance);
                previous.set(edge.to, node);
                heap.push(edge.to, newDistance);
            }
        }
    }

    return { distances: distances, previous: previous };
}

// Function to get the shortest path between two nodes
function shortestPath(graph, source, target) {
    if (!graph.has(source) || !graph.has(target)) {
        return null;
    }
    const { distances, previous } = dijkstra(graph, source);
    if (distances.get(target) === Infinity) {
        return null;
    }

    // Walk back from the target to the source
    const path = [];
    let current = target;
    while (current !== undefined) {
        path.unshift(current);
        current = previous.get(current);
    }
    return { path: path, distance: distances.get(target) };
}

module.exports = { MinHeap, buildGraph, dijkstra, shortestPath };

// Example usage
if (require.main === module) {
    const graph = buildGraph([
        ['A', 'B', 4],
        ['A', 'C', 2],
        ['B', 'C', 5],
        ['B', 'D', 10],
        ['C', 'E', 3],
        ['E', 'D', 4],
        ['D', 'F', 11],
    ], false);

    const result = shortestPath(graph, 'A', 'F');
    console.log('Path:', result.path.join(' -> '));
    console.log('Distance:', result.distance);
}
