// Command jsonfmt pretty-prints, minifies or validates JSON documents.
//
//	jsonfmt [-indent N] [-minify] [-check] [-sort] [file ...]
//
// With no files it reads standard input. With -check it only reports whether
// each input is valid JSON and exits non-zero if any input is not.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

const (
	defaultIndent = 2
	maxIndent     = 8
	stdinName     = "<stdin>"
)

type options struct {
	indent int
	minify bool
	check  bool
	sort   bool
}

func parseFlags() (options, []string, error) {
	var opts options
	flag.IntVar(&opts.indent, "indent", defaultIndent, "spaces per indentation level")
	flag.BoolVar(&opts.minify, "minify", false, "remove all insignificant whitespace")
	flag.BoolVar(&opts.check, "check", false, "validate only, print nothing on success")
	flag.BoolVar(&opts.sort, "sort", false, "sort object keys")
	flag.Parse()

	if opts.indent < 0 || opts.indent > maxIndent {
		return opts, nil, fmt.Errorf("-indent must be between 0 and %d, got %d", maxIndent, opts.indent)
	}
	if opts.minify && opts.check {
		return opts, nil, errors.New("-minify and -check cannot be combined")
	}
	return opts, flag.Args(), nil
}

// readInput returns the raw bytes of a named file, or stdin for "-".
func readInput(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(name)
}

// format re-encodes data according to opts. Sorting keys works by decoding
// into interface{} values, since encoding/json writes map keys in sorted order.
func format(data []byte, opts options) ([]byte, error) {
	if !json.Valid(data) {
		var v interface{}
		err := json.Unmarshal(data, &v)
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}

	var buf bytes.Buffer
	switch {
	case opts.sort:
		var v interface{}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("decode: %w", err)
		}
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if !opts.minify {
			enc.SetIndent("", strings.Repeat(" ", opts.indent))
		}
		if err := enc.Encode(v); err != nil {
			return nil, fmt.Errorf("encode: %w", err)
		}
		return buf.Bytes(), nil
	case opts.minify:
		if err := json.Compact(&buf, data); err != nil {
			return nil, fmt.Errorf("compact: %w", err)
		}
	default:
		if err := json.Indent(&buf, data, "", strings.Repeat(" ", opts.indent)); err != nil {
			return nil, fmt.Errorf("indent: %w", err)
		}
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

func run() int {
	opts, files, err := parseFlags()
	if err != nil {
		fmt.Fprintln(os.Stderr, "jsonfmt:", err)
		return 2
	}
	if len(files) == 0 {
		files = []string{"-"}
	}

	status := 0
	for _, name := range files {
		label := name
		if name == "-" {
			label = stdinName
		}
		data, err := readInput(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "jsonfmt: %s: %v\n", label, err)
			status = 1
			continue
		}
		out, err := format(data, opts)
		if err != nil {
			fmt.Fprintf(os.Stderr, "jsonfmt: %s: %v\n", label, err)
			status = 1
			continue
		}
		if !opts.check {
			os.Stdout.Write(out)
		}
	}
	return status
}

func main() {
	os.Exit(run())
}
