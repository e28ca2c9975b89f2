//! fsearch: find files by name pattern and (optionally) content.
//!
//! ```text
//! fsearch [--ext rs] [--contains TEXT] [--max-depth N] [ROOT]
//! ```

use std::env;
use std::fs;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process;

#[derive(Debug, Default)]
struct Options {
    root: PathBuf,
    ext: Option<String>,
    name_contains: Option<String>,
    contains: Option<String>,
    max_depth: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options { root: PathBuf::from("."), max_depth: usize::MAX, ..Default::default() };
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} requires a value"));
        match arg.as_str() {
            "--ext" => opts.ext = Some(value("--ext")?.trim_start_matches('.').to_string()),
            "--name" => opts.name_contains = Some(value("--name")?.to_lowercase()),
            "--contains" => opts.contains = Some(value("--contains")?),
            "--max-depth" => {
                opts.max_depth = value("--max-depth")?
                    .parse()
                    .map_err(|_| "--max-depth must be a number".to_string())?
            }
            "-h" | "--help" => {
                println!("usage: fsearch [--ext EXT] [--name TEXT] [--contains TEXT] [--max-depth N] [ROOT]");
                process::exit(0);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => opts.root = PathBuf::from(arg),
        }
    }
    Ok(opts)
}

fn name_matches(path: &Path, opts: &Options) -> bool {
    if let Some(ext) = &opts.ext {
        if path.extension().and_then(|e| e.to_str()) != Some(ext.as_str()) {
            return false;
        }
    }
    if let Some(needle) = &opts.name_contains {
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        if !name.contains(needle.as_str()) {
            return false;
        }
    }
    true
}

/// Returns the 1-based line numbers of lines containing `needle`.
fn grep_file(path: &Path, needle: &str) -> io::Result<Vec<usize>> {
    let reader = BufReader::new(fs::File::open(path)?);
    let mut hits = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        match line {
            Ok(l) if l.contains(needle) => hits.push(i + 1),
            Ok(_) => {}
            Err(_) => break, // probably binary; stop reading this file
        }
    }
    Ok(hits)
}

fn walk(dir: &Path, depth: usize, opts: &Options, found: &mut usize) {
    let Ok(entries) = fs::read_dir(dir) else {
        eprintln!("fsearch: cannot read {}", dir.display());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            if !hidden && depth < opts.max_depth {
                walk(&path, depth + 1, opts, found);
            }
        } else if ft.is_file() && name_matches(&path, opts) {
            match &opts.contains {
                None => {
                    println!("{}", path.display());
                    *found += 1;
                }
                Some(needle) => {
                    if let Ok(lines) = grep_file(&path, needle) {
                        if !lines.is_empty() {
                            let list: Vec<String> = lines.iter().map(usize::to_string).collect();
                            println!("{}:{}", path.display(), list.join(","));
                            *found += 1;
                        }
                    }
                }
            }
        }
    }
}

fn main() {
    let opts = parse_args().unwrap_or_else(|e| {
        eprintln!("fsearch: {e}");
        process::exit(2);
    });
    let mut found = 0;
    walk(&opts.root, 0, &opts, &mut found);
    if found == 0 {
        process::exit(1);
    }
}
