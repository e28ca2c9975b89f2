use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::io::{self, BufRead};

fn split_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

fn col(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or_else(|| {
        eprintln!("column not found: {}", name);
        std::process::exit(1);
    })
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: {} ROW_COL PIVOT_COL VALUE_COL < data.csv", args[0]);
        std::process::exit(2);
    }

    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    let header = match lines.next() {
        Some(Ok(h)) => split_line(&h),
        _ => return,
    };
    let (ri, pi, vi) = (col(&header, &args[1]), col(&header, &args[2]), col(&header, &args[3]));

    let mut table: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    let mut pivots = BTreeSet::new();

    for (n, line) in lines.enumerate() {
        let line = line.expect("read error");
        if line.trim().is_empty() {
            continue;
        }
        let f = split_line(&line);
        if f.len() <= ri.max(pi).max(vi) {
            eprintln!("line {}: too few fields", n + 2);
            continue;
        }
        let v: f64 = match f[vi].trim().parse() {
            Ok(v) => v,
            Err(_) => {
                eprintln!("line {}: bad number {:?}", n + 2, f[vi]);
                continue;
            }
        };
        pivots.insert(f[pi].clone());
        *table.entry(f[ri].clone()).or_default().entry(f[pi].clone()).or_insert(0.0) += v;
    }

    let pivots: Vec<_> = pivots.into_iter().collect();
    print!("{}", args[1]);
    for p in &pivots {
        print!(",{}", p);
    }
    println!(",total");

    let mut col_totals = vec![0.0; pivots.len()];
    for (row, cells) in &table {
        print!("{}", row);
        let mut row_total = 0.0;
        for (i, p) in pivots.iter().enumerate() {
            let v = cells.get(p).copied().unwrap_or(0.0);
            row_total += v;
            col_totals[i] += v;
            print!(",{:.2}", v);
        }
        println!(",{:.2}", row_total);
    }

    print!("total");
    for t in &col_totals {
        print!(",{:.2}", t);
    }
    println!(",{:.2}", col_totals.iter().sum::<f64>());
}
