package graph

import "sort"

// UnionFind is a disjoint-set forest with path compression and union by size.
type UnionFind struct {
	parent []int
	size   []int
	sets   int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), size: make([]int, n), sets: n}
	for i := range uf.parent {
		uf.parent[i] = i
		uf.size[i] = 1
	}
	return uf
}

func (uf *UnionFind) Find(x int) int {
	root := x
	for uf.parent[root] != root {
		root = uf.parent[root]
	}
	// compress the path so later lookups are O(1)
	for uf.parent[x] != root {
		next := uf.parent[x]
		uf.parent[x] = root
		x = next
	}
	return root
}

// Union merges the sets containing a and b. It returns false if they were
// already in the same set.
func (uf *UnionFind) Union(a, b int) bool {
	ra, rb := uf.Find(a), uf.Find(b)
	if ra == rb {
		return false
	}
	if uf.size[ra] < uf.size[rb] {
		ra, rb = rb, ra
	}
	uf.parent[rb] = ra
	uf.size[ra] += uf.size[rb]
	uf.sets--
	return true
}

func (uf *UnionFind) Connected(a, b int) bool { return uf.Find(a) == uf.Find(b) }
func (uf *UnionFind) Sets() int               { return uf.sets }
func (uf *UnionFind) SizeOf(x int) int        { return uf.size[uf.Find(x)] }

type Edge struct {
	From, To int
	Weight   float64
}

// Kruskal returns a minimum spanning forest of a graph with n vertices and
// its total weight.
func Kruskal(n int, edges []Edge) ([]Edge, float64) {
	sorted := make([]Edge, len(edges))
	copy(sorted, edges)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Weight < sorted[j].Weight })

	uf := NewUnionFind(n)
	var mst []Edge
	var total float64
	for _, e := range sorted {
		if uf.Union(e.From, e.To) {
			mst = append(mst, e)
			total += e.Weight
			if len(mst) == n-1 {
				break
			}
		}
	}
	return mst, total
}

// Components groups vertices 0..n-1 into connected components.
func Components(n int, edges []Edge) [][]int {
	uf := NewUnionFind(n)
	for _, e := range edges {
		uf.Union(e.From, e.To)
	}
	groups := make(map[int][]int)
	for v := 0; v < n; v++ {
		r := uf.Find(v)
		groups[r] = append(groups[r], v)
	}
	out := make([][]int, 0, len(groups))
	for _, g := range groups {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
