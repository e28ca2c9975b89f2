use std::collections::HashSet;
use std::env;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process;

struct Opts {
    ignore_case: bool,
    trim: bool,
    count_only: bool,
    path: Option<String>,
}

fn parse_args() -> Opts {
    let mut opts = Opts { ignore_case: false, trim: false, count_only: false, path: None };
    for arg in env::args().skip(1) {
        match arg.as_str() {
            "-i" => opts.ignore_case = true,
            "-t" => opts.trim = true,
            "-c" => opts.count_only = true,
            "-h" | "--help" => {
                println!("usage: line_dedup [-i] [-t] [-c] [FILE]");
                process::exit(0);
            }
            s if s.starts_with('-') && s != "-" => {
                eprintln!("unknown option: {s}");
                process::exit(2);
            }
            s => opts.path = Some(s.to_string()),
        }
    }
    opts
}

fn main() -> io::Result<()> {
    let opts = parse_args();
    let input: Box<dyn BufRead> = match opts.path.as_deref() {
        None | Some("-") => Box::new(BufReader::new(io::stdin())),
        Some(p) => match File::open(p) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("line_dedup: {p}: {e}");
                process::exit(1);
            }
        },
    };

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut seen = HashSet::new();
    let (mut total, mut dupes) = (0usize, 0usize);

    for line in input.lines() {
        let line = line?;
        total += 1;
        let mut key = if opts.trim { line.trim().to_string() } else { line.clone() };
        if opts.ignore_case {
            key = key.to_lowercase();
        }
        if seen.insert(key) {
            if !opts.count_only {
                writeln!(out, "{line}")?;
            }
        } else {
            dupes += 1;
        }
    }

    if opts.count_only {
        writeln!(out, "{total} lines, {} unique, {dupes} duplicates", total - dupes)?;
    }
    out.flush()
}
