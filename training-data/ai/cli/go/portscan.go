// portscan is a small concurrent TCP port scanner.
//
// Usage:
//
//	portscan -host example.com -ports 1-1024 -workers 200 -timeout 500ms
package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func parsePorts(spec string) ([]int, error) {
	var ports []int
	seen := make(map[int]bool)
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		lo, hi := part, part
		if i := strings.IndexByte(part, '-'); i >= 0 {
			lo, hi = part[:i], part[i+1:]
		}
		start, err := strconv.Atoi(lo)
		if err != nil {
			return nil, fmt.Errorf("invalid port %q", lo)
		}
		end, err := strconv.Atoi(hi)
		if err != nil {
			return nil, fmt.Errorf("invalid port %q", hi)
		}
		if start < 1 || end > 65535 || start > end {
			return nil, fmt.Errorf("invalid range %q", part)
		}
		for p := start; p <= end; p++ {
			if !seen[p] {
				seen[p] = true
				ports = append(ports, p)
			}
		}
	}
	return ports, nil
}

func scan(host string, ports []int, workers int, timeout time.Duration) []int {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup

	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for port := range jobs {
				addr := net.JoinHostPort(host, strconv.Itoa(port))
				conn, err := net.DialTimeout("tcp", addr, timeout)
				if err == nil {
					conn.Close()
					results <- port
				}
			}
		}()
	}

	go func() {
		for _, p := range ports {
			jobs <- p
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var open []int
	for p := range results {
		open = append(open, p)
	}
	sort.Ints(open)
	return open
}

func main() {
	host := flag.String("host", "127.0.0.1", "host to scan")
	portSpec := flag.String("ports", "1-1024", "ports, e.g. 22,80,443 or 1-1024")
	workers := flag.Int("workers", 100, "number of concurrent connections")
	timeout := flag.Duration("timeout", time.Second, "connection timeout per port")
	flag.Parse()

	ports, err := parsePorts(*portSpec)
	if err != nil {
		fmt.Fprintln(os.Stderr, "portscan:", err)
		os.Exit(2)
	}
	if *workers < 1 {
		*workers = 1
	}

	start := time.Now()
	open := scan(*host, ports, *workers, *timeout)

	for _, p := range open {
		name := ""
		if svc, ok := wellKnown[p]; ok {
			name = " (" + svc + ")"
		}
		fmt.Printf("%d/tcp open%s\n", p, name)
	}
	fmt.Printf("\nscanned %d ports on %s in %s, %d open\n",
		len(ports), *host, time.Since(start).Round(time.Millisecond), len(open))
}

var wellKnown = map[int]string{
	22: "ssh", 25: "smtp", 53: "dns", 80: "http", 110: "pop3",
	143: "imap", 443: "https", 3306: "mysql", 5432: "postgres", 6379: "redis", 8080: "http-alt",
}
