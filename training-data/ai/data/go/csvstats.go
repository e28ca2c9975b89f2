package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"text/tabwriter"
)

// colStats accumulates summary statistics for one column in a single pass,
// using Welford's algorithm for a numerically stable variance.
type colStats struct {
	name     string
	count    int
	missing  int
	nonNum   int
	mean, m2 float64
	min, max float64
	distinct map[string]struct{}
}

func newColStats(name string) *colStats {
	return &colStats{name: name, min: math.Inf(1), max: math.Inf(-1), distinct: map[string]struct{}{}}
}

func (c *colStats) add(v string) {
	if v == "" {
		c.missing++
		return
	}
	if len(c.distinct) < 10000 {
		c.distinct[v] = struct{}{}
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		c.nonNum++
		return
	}
	c.count++
	delta := x - c.mean
	c.mean += delta / float64(c.count)
	c.m2 += delta * (x - c.mean)
	c.min = math.Min(c.min, x)
	c.max = math.Max(c.max, x)
}

func (c *colStats) stddev() float64 {
	if c.count < 2 {
		return 0
	}
	return math.Sqrt(c.m2 / float64(c.count-1))
}

func main() {
	delim := flag.String("d", ",", "field delimiter")
	sortBy := flag.String("sort", "", "sort output by: name, missing, distinct")
	flag.Parse()

	var in io.Reader = os.Stdin
	if flag.NArg() > 0 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}

	r := csv.NewReader(in)
	r.Comma = []rune(*delim)[0]
	r.FieldsPerRecord = -1
	r.ReuseRecord = true

	header, err := r.Read()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reading header:", err)
		os.Exit(1)
	}
	cols := make([]*colStats, len(header))
	for i, h := range header {
		cols[i] = newColStats(h)
	}

	rows := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "row %d: %v\n", rows+2, err)
			continue
		}
		rows++
		for i, c := range cols {
			if i < len(rec) {
				c.add(rec[i])
			} else {
				c.missing++
			}
		}
	}

	switch *sortBy {
	case "name":
		sort.Slice(cols, func(i, j int) bool { return cols[i].name < cols[j].name })
	case "missing":
		sort.Slice(cols, func(i, j int) bool { return cols[i].missing > cols[j].missing })
	case "distinct":
		sort.Slice(cols, func(i, j int) bool { return len(cols[i].distinct) > len(cols[j].distinct) })
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "column\tmissing\tdistinct\tnumeric\tmin\tmax\tmean\tstddev\t")
	for _, c := range cols {
		if c.count == 0 {
			fmt.Fprintf(tw, "%s\t%d\t%d\t0\t-\t-\t-\t-\t\n", c.name, c.missing, len(c.distinct))
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4g\t%.4g\t%.4g\t%.4g\t\n",
			c.name, c.missing, len(c.distinct), c.count, c.min, c.max, c.mean, c.stddev())
	}
	tw.Flush()
	fmt.Printf("\n%d rows, %d columns\n", rows, len(cols))
}
