// Package linediff computes a simple line-based diff between two texts using
// the longest common subsequence (LCS) algorithm.
package linediff

import (
	"fmt"
	"strings"
)

// OpKind says whether a line was kept, added, or removed.
type OpKind int

const (
	Equal OpKind = iota
	Insert
	Delete
)

// Op is one line of the diff output.
type Op struct {
	Kind OpKind
	Line string
}

// String renders the op in the familiar unified-diff style prefix.
func (o Op) String() string {
	switch o.Kind {
	case Insert:
		return "+ " + o.Line
	case Delete:
		return "- " + o.Line
	default:
		return "  " + o.Line
	}
}

// Diff returns the sequence of operations that turns a into b.
func Diff(a, b []string) []Op {
	n, m := len(a), len(b)

	// lcs[i][j] holds the length of the LCS of a[i:] and b[j:].
	// We fill it from the bottom-right corner so that the walk below can go
	// forward through both slices.
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else if lcs[i+1][j] >= lcs[i][j+1] {
				lcs[i][j] = lcs[i+1][j]
			} else {
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}

	// Walk the table and emit operations.
	ops := make([]Op, 0, n+m)
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			// Same line in both: keep it.
			ops = append(ops, Op{Equal, a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			// Dropping a[i] keeps the LCS longest, so it was deleted.
			ops = append(ops, Op{Delete, a[i]})
			i++
		default:
			// Otherwise b[j] was inserted.
			ops = append(ops, Op{Insert, b[j]})
			j++
		}
	}

	// Whatever is left over on either side is a pure delete or insert.
	for ; i < n; i++ {
		ops = append(ops, Op{Delete, a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, Op{Insert, b[j]})
	}
	return ops
}

// DiffText splits both inputs on newlines and diffs them.
func DiffText(a, b string) []Op {
	return Diff(strings.Split(a, "\n"), strings.Split(b, "\n"))
}

// Example shows how to print a diff of two small texts.
func Example() {
	before := "apple\nbanana\ncherry\ndate"
	after := "apple\nblueberry\ncherry\ndate\nelderberry"

	for _, op := range DiffText(before, after) {
		fmt.Println(op)
	}
	// Output:
	//   apple
	// - banana
	// + blueberry
	//   cherry
	//   date
	// + elderberry
}
