"""ETL job: structured JSON application logs -> hourly aggregates in Parquet.

Input:  newline-delimited JSON files (optionally gzipped), one event per line:
        {"ts": "2024-03-01T12:34:56.789Z", "level": "ERROR", "service": "api",
         "route": "/orders", "status": 500, "latency_ms": 123.4}
Output: one Parquet file per day with columns
        hour, service, route, requests, errors, p50_ms, p95_ms
"""

import argparse
import gzip
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Iterator

import pandas as pd

log = logging.getLogger("log_etl")

REQUIRED = ("ts", "service", "status", "latency_ms")


def read_events(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s:%d: invalid JSON, skipped", path.name, lineno)
                continue
            if not all(k in event for k in REQUIRED):
                log.debug("%s:%d: missing fields, skipped", path.name, lineno)
                continue
            yield event


def extract(paths: list[Path]) -> pd.DataFrame:
    frames = []
    for path in paths:
        rows = list(read_events(path))
        log.info("read %d events from %s", len(rows), path)
        if rows:
            frames.append(pd.DataFrame.from_records(rows))
    if not frames:
        return pd.DataFrame(columns=list(REQUIRED) + ["route"])
    return pd.concat(frames, ignore_index=True)


def transform(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["ts"] = pd.to_datetime(df["ts"], utc=True, errors="coerce")
    df = df.dropna(subset=["ts"])
    df["route"] = df.get("route", pd.Series(index=df.index, dtype=object)).fillna("(none)")
    df["hour"] = df["ts"].dt.floor("h")
    df["is_error"] = df["status"].astype(int) >= 500

    grouped = df.groupby(["hour", "service", "route"], observed=True)
    out = grouped.agg(
        requests=("status", "size"),
        errors=("is_error", "sum"),
        p50_ms=("latency_ms", lambda s: s.quantile(0.50)),
        p95_ms=("latency_ms", lambda s: s.quantile(0.95)),
    ).reset_index()
    out["error_rate"] = (out["errors"] / out["requests"]).round(4)
    return out.sort_values(["hour", "service", "route"])


def load(df: pd.DataFrame, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for day, part in df.groupby(df["hour"].dt.date):
        target = out_dir / f"requests_{day:%Y%m%d}.parquet"
        part.to_parquet(target, index=False)
        written.append(target)
        log.info("wrote %d rows to %s", len(part), target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)-7s %(message)s")

    started = datetime.now()
    raw = extract(args.inputs)
    if raw.empty:
        log.warning("no events found; nothing to do")
        return
    agg = transform(raw)
    files = load(agg, args.out)
    log.info("done: %d events -> %d files in %.1fs", len(raw), len(files),
             (datetime.now() - started).total_seconds())


if __name__ == "__main__":
    main()
