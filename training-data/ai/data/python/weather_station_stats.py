"""
Daily weather statistics per station, using only the standard library.

The input CSV has one reading per row:
    station,timestamp,temp_c,humidity,rain_mm
    KSEA,2024-03-01T00:00:00,6.1,88,0.0

itertools.groupby needs the data sorted by the grouping key, so the readings
are sorted by (station, date) first and then grouped in a single pass.
"""

import csv
import statistics
import sys
from datetime import datetime
from itertools import groupby


def read_readings(path):
    """Yield cleaned readings as dicts, skipping rows that can't be parsed."""
    with open(path, newline="", encoding="utf-8") as f:
        for line_no, row in enumerate(csv.DictReader(f), start=2):
            try:
                yield {
                    "station": row["station"].strip(),
                    "date": datetime.fromisoformat(row["timestamp"]).date(),
                    "temp": float(row["temp_c"]),
                    # Humidity and rain are optional; treat blanks as missing/zero
                    "humidity": float(row["humidity"]) if row.get("humidity") else None,
                    "rain": float(row["rain_mm"] or 0),
                }
            except (KeyError, ValueError) as exc:
                print(f"line {line_no}: skipped ({exc})", file=sys.stderr)


def summarize_day(station, day, readings):
    """Compute the statistics for one station on one day."""
    temps = [r["temp"] for r in readings]
    humidity = [r["humidity"] for r in readings if r["humidity"] is not None]
    return {
        "station": station,
        "date": day.isoformat(),
        "readings": len(readings),
        "temp_min": min(temps),
        "temp_max": max(temps),
        "temp_mean": round(statistics.fmean(temps), 1),
        "humidity_mean": round(statistics.fmean(humidity), 1) if humidity else "",
        "rain_total": round(sum(r["rain"] for r in readings), 1),
    }


def daily_stats(readings):
    """Group readings by (station, date) and summarize each group."""
    key = lambda r: (r["station"], r["date"])
    for (station, day), group in groupby(sorted(readings, key=key), key=key):
        yield summarize_day(station, day, list(group))


def station_extremes(days):
    """Find the hottest and wettest day for each station."""
    extremes = {}
    for station, group in groupby(days, key=lambda d: d["station"]):
        group = list(group)
        hottest = max(group, key=lambda d: d["temp_max"])
        wettest = max(group, key=lambda d: d["rain_total"])
        extremes[station] = (hottest, wettest)
    return extremes


def main(path, out_path=None):
    days = list(daily_stats(read_readings(path)))
    if not days:
        print("No valid readings found.", file=sys.stderr)
        return 1

    # Write the per-day table to a file or to stdout
    out = open(out_path, "w", newline="", encoding="utf-8") if out_path else sys.stdout
    try:
        writer = csv.DictWriter(out, fieldnames=list(days[0]))
        writer.writeheader()
        writer.writerows(days)
    finally:
        if out is not sys.stdout:
            out.close()

    # Print a short summary to stderr so it doesn't mix with CSV on stdout
    for station, (hot, wet) in station_extremes(days).items():
        print(
            f"{station}: hottest {hot['date']} ({hot['temp_max']} C), "
            f"wettest {wet['date']} ({wet['rain_total']} mm)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    # Example: python weather_station_stats.py readings.csv daily.csv
    if len(sys.argv) not in (2, 3):
        print("usage: weather_station_stats.py READINGS.csv [OUT.csv]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
