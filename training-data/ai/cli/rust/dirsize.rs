use std::collections::HashSet;
use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

/// Show the disk usage of each entry in a directory, largest first.
#[derive(Parser, Debug)]
#[command(name = "dirsize", version, about)]
struct Args {
    /// Directory to analyse
    #[arg(default_value = ".")]
    path: PathBuf,

    /// Number of entries to show
    #[arg(short = 'n', long, default_value_t = 20)]
    top: usize,

    /// Include hidden files and directories
    #[arg(short = 'a', long)]
    all: bool,

    /// Print sizes in bytes instead of human-readable units
    #[arg(short = 'b', long)]
    bytes: bool,
}

struct Walker {
    include_hidden: bool,
    // (device, inode) pairs already counted, so hard links aren't double counted
    seen: HashSet<(u64, u64)>,
    errors: usize,
}

impl Walker {
    fn size_of(&mut self, path: &Path) -> u64 {
        let meta = match fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(_) => {
                self.errors += 1;
                return 0;
            }
        };
        if !self.seen.insert((meta.dev(), meta.ino())) {
            return 0;
        }
        let mut total = meta.blocks() * 512;
        if meta.is_dir() {
            match fs::read_dir(path) {
                Ok(entries) => {
                    for entry in entries.flatten() {
                        if !self.include_hidden && is_hidden(&entry.path()) {
                            continue;
                        }
                        total += self.size_of(&entry.path());
                    }
                }
                Err(_) => self.errors += 1,
            }
        }
        total
    }
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .map_or(false, |n| n.starts_with('.'))
}

fn human(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["B", "K", "M", "G", "T", "P"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1024.0 && unit < UNITS.len() - 1 {
        size /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes}B")
    } else {
        format!("{size:.1}{}", UNITS[unit])
    }
}

fn run(args: &Args) -> io::Result<()> {
    let mut walker = Walker { include_hidden: args.all, seen: HashSet::new(), errors: 0 };
    let mut entries: Vec<(u64, PathBuf)> = fs::read_dir(&args.path)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| args.all || !is_hidden(p))
        .map(|p| (walker.size_of(&p), p))
        .collect();

    entries.sort_by(|a, b| b.0.cmp(&a.0));
    let total: u64 = entries.iter().map(|(s, _)| s).sum();

    for (size, path) in entries.iter().take(args.top) {
        let shown = if args.bytes { size.to_string() } else { human(*size) };
        let pct = if total > 0 { *size as f64 * 100.0 / total as f64 } else { 0.0 };
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let suffix = if path.is_dir() { "/" } else { "" };
        println!("{shown:>10}  {pct:5.1}%  {name}{suffix}");
    }
    println!("{:>10}  total", if args.bytes { total.to_string() } else { human(total) });
    if walker.errors > 0 {
        eprintln!("dirsize: {} path(s) could not be read", walker.errors);
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dirsize: {}: {e}", args.path.display());
            ExitCode::FAILURE
        }
    }
}
