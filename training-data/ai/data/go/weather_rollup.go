package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"time"
)

type dayStats struct {
	min, max, sum float64
	n             int
}

func main() {
	if len(os.Args) != 2 {
		log.Fatalf("usage: %s readings.csv", os.Args[0])
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		log.Fatalf("read header: %v", err)
	}
	tsCol, tempCol := -1, -1
	for i, h := range header {
		switch h {
		case "timestamp":
			tsCol = i
		case "temp_c":
			tempCol = i
		}
	}
	if tsCol < 0 || tempCol < 0 {
		log.Fatal("csv needs timestamp and temp_c columns")
	}

	days := map[string]*dayStats{}
	skipped := 0
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatalf("line %d: %v", line, err)
		}
		ts, err := time.Parse(time.RFC3339, rec[tsCol])
		if err != nil {
			skipped++
			continue
		}
		v, err := strconv.ParseFloat(rec[tempCol], 64)
		if err != nil || math.IsNaN(v) {
			skipped++
			continue
		}
		key := ts.UTC().Format("2006-01-02")
		d, ok := days[key]
		if !ok {
			d = &dayStats{min: v, max: v}
			days[key] = d
		}
		d.min = math.Min(d.min, v)
		d.max = math.Max(d.max, v)
		d.sum += v
		d.n++
	}

	keys := make([]string, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"date", "min", "max", "mean", "samples"})
	for _, k := range keys {
		d := days[k]
		w.Write([]string{
			k,
			strconv.FormatFloat(d.min, 'f', 1, 64),
			strconv.FormatFloat(d.max, 'f', 1, 64),
			strconv.FormatFloat(d.sum/float64(d.n), 'f', 2, 64),
			strconv.Itoa(d.n),
		})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		log.Fatal(err)
	}
	if skipped > 0 {
		fmt.Fprintf(os.Stderr, "skipped %d bad rows\n", skipped)
	}
}
