package main

import (
	"fmt"
	"strings"
)

// Counter counts words.
type Counter struct {
	counts map[string]int
}

func (c *Counter) Add(word string) int {
	key := strings.ToLower(word)
	c.counts[key]++
	return c.counts[key]
}

func main() {
	c := &Counter{counts: map[string]int{}}
	for _, w := range strings.Fields("a b a") {
		if w != "" {
			c.Add(w)
		}
	}
	fmt.Println(c.counts)
}
