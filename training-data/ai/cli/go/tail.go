package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"time"
)

type config struct {
	lines  int
	follow bool
	grep   *regexp.Regexp
	poll   time.Duration
}

// lastLines returns the last n lines of f by reading backwards in blocks,
// so it stays fast on very large files.
func lastLines(f *os.File, n int) ([]string, int64, error) {
	const block = 4096
	stat, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	size := stat.Size()
	var buf []byte
	newlines := 0
	for off := size; off > 0 && newlines <= n; {
		step := int64(block)
		if off < step {
			step = off
		}
		off -= step
		chunk := make([]byte, step)
		if _, err := f.ReadAt(chunk, off); err != nil && !errors.Is(err, io.EOF) {
			return nil, 0, err
		}
		for _, c := range chunk {
			if c == '\n' {
				newlines++
			}
		}
		buf = append(chunk, buf...)
	}

	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(buf))
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return lines, size, sc.Err()
}

func emit(cfg config, line string) {
	if cfg.grep == nil || cfg.grep.MatchString(line) {
		fmt.Println(line)
	}
}

func follow(f *os.File, offset int64, cfg config) error {
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		return err
	}
	r := bufio.NewReader(f)
	partial := ""
	for {
		line, err := r.ReadString('\n')
		if err == nil {
			emit(cfg, partial+line[:len(line)-1])
			partial = ""
			continue
		}
		if !errors.Is(err, io.EOF) {
			return err
		}
		partial += line
		// detect truncation (e.g. log rotation with copytruncate)
		if st, err := f.Stat(); err == nil {
			if pos, _ := f.Seek(0, io.SeekCurrent); st.Size() < pos {
				f.Seek(0, io.SeekStart)
				r.Reset(f)
				partial = ""
			}
		}
		time.Sleep(cfg.poll)
	}
}

func main() {
	var cfg config
	var pattern string
	flag.IntVar(&cfg.lines, "n", 10, "number of lines to show")
	flag.BoolVar(&cfg.follow, "f", false, "keep reading as the file grows")
	flag.StringVar(&pattern, "grep", "", "only show lines matching this regexp")
	flag.DurationVar(&cfg.poll, "poll", 250*time.Millisecond, "poll interval with -f")
	flag.Parse()

	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: tail [-n N] [-f] [-grep RE] FILE")
		os.Exit(2)
	}
	if pattern != "" {
		re, err := regexp.Compile(pattern)
		if err != nil {
			fmt.Fprintln(os.Stderr, "tail: bad -grep:", err)
			os.Exit(2)
		}
		cfg.grep = re
	}

	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "tail:", err)
		os.Exit(1)
	}
	defer f.Close()

	lines, size, err := lastLines(f, cfg.lines)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tail:", err)
		os.Exit(1)
	}
	for _, l := range lines {
		emit(cfg, l)
	}
	if cfg.follow {
		if err := follow(f, size, cfg); err != nil {
			fmt.Fprintln(os.Stderr, "tail:", err)
			os.Exit(1)
		}
	}
}
