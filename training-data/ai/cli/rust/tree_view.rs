// tree_view: print a directory as an indented tree, similar to the `tree` command.
//
// Usage:
//   tree_view [PATH] [--depth N] [--all]
//
// By default hidden files (names starting with '.') are skipped and there is
// no depth limit.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

// Holds the options parsed from the command line.
struct Config {
    root: PathBuf,
    max_depth: Option<usize>,
    show_hidden: bool,
}

// Running totals printed at the end, like `tree` does.
#[derive(Default)]
struct Totals {
    dirs: usize,
    files: usize,
}

// Parse the command-line arguments into a Config.
fn parse_args() -> Result<Config, String> {
    let mut root = PathBuf::from(".");
    let mut max_depth = None;
    let mut show_hidden = false;

    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--all" | "-a" => show_hidden = true,
            "--depth" | "-L" => {
                // The next argument must be a number.
                let value = args.next().ok_or("--depth needs a value")?;
                let n: usize = value
                    .parse()
                    .map_err(|_| format!("invalid depth: {}", value))?;
                max_depth = Some(n);
            }
            other => root = PathBuf::from(other),
        }
    }

    Ok(Config { root, max_depth, show_hidden })
}

// Read a directory and return its entries sorted by name, directories first.
fn sorted_entries(dir: &Path, show_hidden: bool) -> io::Result<Vec<fs::DirEntry>> {
    let mut entries: Vec<fs::DirEntry> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| show_hidden || !e.file_name().to_string_lossy().starts_with('.'))
        .collect();

    entries.sort_by_key(|e| {
        let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
        // `!is_dir` puts directories (false) before files (true).
        (!is_dir, e.file_name().to_string_lossy().to_lowercase())
    });
    Ok(entries)
}

// Recursively print `dir`. `prefix` holds the vertical lines drawn for parents.
fn walk(dir: &Path, prefix: &str, depth: usize, cfg: &Config, totals: &mut Totals) {
    if let Some(max) = cfg.max_depth {
        if depth >= max {
            return;
        }
    }

    let entries = match sorted_entries(dir, cfg.show_hidden) {
        Ok(e) => e,
        Err(err) => {
            println!("{}└── [error opening dir: {}]", prefix, err);
            return;
        }
    };

    let count = entries.len();
    for (i, entry) in entries.iter().enumerate() {
        let is_last = i + 1 == count;
        // Pick the branch characters depending on whether this is the last child.
        let (branch, extension) = if is_last { ("└── ", "    ") } else { ("├── ", "│   ") };
        let name = entry.file_name().to_string_lossy().into_owned();

        // Use symlink_metadata so we don't follow symlinks into loops.
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(_) => continue,
        };

        if file_type.is_symlink() {
            let target = fs::read_link(entry.path())
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| "?".into());
            println!("{}{}{} -> {}", prefix, branch, name, target);
            totals.files += 1;
        } else if file_type.is_dir() {
            println!("{}{}{}/", prefix, branch, name);
            totals.dirs += 1;
            let child_prefix = format!("{}{}", prefix, extension);
            walk(&entry.path(), &child_prefix, depth + 1, cfg, totals);
        } else {
            println!("{}{}{}", prefix, branch, name);
            totals.files += 1;
        }
    }
}

fn main() {
    let cfg = match parse_args() {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("error: {}", msg);
            eprintln!("usage: tree_view [PATH] [--depth N] [--all]");
            std::process::exit(2);
        }
    };

    if !cfg.root.is_dir() {
        eprintln!("error: {} is not a directory", cfg.root.display());
        std::process::exit(1);
    }

    // Print the root itself, then everything under it.
    println!("{}", cfg.root.display());
    let mut totals = Totals::default();
    walk(&cfg.root, "", 0, &cfg, &mut totals);

    println!();
    println!("{} directories, {} files", totals.dirs, totals.files);
}

// Example output:
//
//   $ tree_view src --depth 2
//   src
//   ├── bin/
//   │   └── main.rs
//   ├── lib.rs
//   └── util.rs
//
//   1 directories, 3 files
