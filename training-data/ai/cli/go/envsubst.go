// envsubst replaces ${VAR} and $VAR references in a file with values from the environment.
// Usage: envsubst [-strict] [-o output] [input]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
)

// Regular expression to match ${VAR}, ${VAR:-default} and $VAR
var varPattern = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)`)

// Function to substitute variables in one line
func substituteLine(line string, strict bool, missing map[string]bool) string {
	return varPattern.ReplaceAllStringFunc(line, func(match string) string {
		parts := varPattern.FindStringSubmatch(match)
		name := parts[1]
		if name == "" {
			name = parts[4]
		}
		value, ok := os.LookupEnv(name)
		if ok {
			return value
		}
		// Use the default value if one was given
		if parts[2] != "" {
			return parts[3]
		}
		if strict {
			missing[name] = true
		}
		return ""
	})
}

func main() {
	// Initialize the command line flags
	strict := flag.Bool("strict", false, "fail if a variable is not set")
	output := flag.String("o", "", "output file (default stdout)")
	flag.Parse()

	// Open the input file or use stdin
	var in io.Reader = os.Stdin
	if flag.NArg() > 0 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintf(os.Stderr, "envsubst: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}

	// Open the output file or use stdout
	var out io.Writer = os.Stdout
	if *output != "" {
		f, err := os.Create(*output)
		if err != nil {
			fmt.Fprintf(os.Stderr, "envsubst: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
		out = f
	}

	writer := bufio.NewWriter(out)
	defer writer.Flush()

	missing := make(map[string]bool)
	scanner := bufio.NewScanner(in)
	scanner.Buffer(make([]byte, 64*1024), 1024*1024)

	// Process the input line by line
	for scanner.Scan() {
		line := substituteLine(scanner.Text(), *strict, missing)
		fmt.Fprintln(writer, line)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "envsubst: read error: %v\n", err)
		os.Exit(1)
	}

	// Check if any variables were missing in strict mode
	if *strict && len(missing) > 0 {
		writer.Flush()
		for name := range missing {
			fmt.Fprintf(os.Stderr, "envsubst: variable not set: %s\n", name)
		}
		os.Exit(2)
	}
}
