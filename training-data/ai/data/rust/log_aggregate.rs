use std::collections::BTreeMap;
use std::error::Error;
use std::fs::File;
use std::io::{self, BufRead, BufReader};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Record {
    timestamp: String,
    endpoint: String,
    status: u16,
    duration_ms: f64,
}

#[derive(Default, Debug)]
struct EndpointStats {
    count: u64,
    errors: u64,
    durations: Vec<f64>,
}

impl EndpointStats {
    fn add(&mut self, r: &Record) {
        self.count += 1;
        if r.status >= 500 {
            self.errors += 1;
        }
        self.durations.push(r.duration_ms);
    }

    fn percentile(&mut self, p: f64) -> f64 {
        if self.durations.is_empty() {
            return 0.0;
        }
        self.durations.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        let rank = ((p / 100.0) * (self.durations.len() - 1) as f64).round() as usize;
        self.durations[rank]
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let path = std::env::args().nth(1);
    let reader: Box<dyn BufRead> = match path.as_deref() {
        Some("-") | None => Box::new(BufReader::new(io::stdin())),
        Some(p) => Box::new(BufReader::new(File::open(p)?)),
    };

    let mut rdr = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(reader);
    let mut by_hour: BTreeMap<String, BTreeMap<String, EndpointStats>> = BTreeMap::new();
    let mut bad_rows = 0usize;

    for result in rdr.deserialize::<Record>() {
        let record = match result {
            Ok(r) => r,
            Err(e) => {
                bad_rows += 1;
                if bad_rows <= 5 {
                    eprintln!("skipping row: {e}");
                }
                continue;
            }
        };
        // "2024-03-01T14:22:05Z" -> "2024-03-01T14"
        let hour = record.timestamp.get(..13).unwrap_or(&record.timestamp).to_string();
        by_hour
            .entry(hour)
            .or_default()
            .entry(record.endpoint.clone())
            .or_default()
            .add(&record);
    }

    let mut out = csv::Writer::from_writer(io::stdout());
    out.write_record(["hour", "endpoint", "requests", "error_rate", "p50_ms", "p95_ms", "p99_ms"])?;
    for (hour, endpoints) in by_hour.iter_mut() {
        for (endpoint, stats) in endpoints.iter_mut() {
            let error_rate = stats.errors as f64 / stats.count as f64;
            out.write_record(&[
                hour.clone(),
                endpoint.clone(),
                stats.count.to_string(),
                format!("{error_rate:.4}"),
                format!("{:.1}", stats.percentile(50.0)),
                format!("{:.1}", stats.percentile(95.0)),
                format!("{:.1}", stats.percentile(99.0)),
            ])?;
        }
    }
    out.flush()?;

    if bad_rows > 0 {
        eprintln!("{bad_rows} row(s) could not be parsed");
    }
    Ok(())
}
