#!/usr/bin/env python3
"""Summarise an nginx/Apache access log (combined format).

Prints request counts per status class, the busiest paths and client IPs,
and the p50/p95/p99 of response sizes. Reads gzip files transparently and
accepts "-" for stdin.
"""
from __future__ import annotations

import argparse
import gzip
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

LINE_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)


@dataclass(frozen=True)
class Request:
    ip: str
    method: str
    path: str
    status: int
    size: int


def open_log(name: str) -> IO[str]:
    if name == "-":
        return sys.stdin
    if name.endswith(".gz"):
        return gzip.open(name, "rt", encoding="utf-8", errors="replace")
    return open(name, encoding="utf-8", errors="replace")


def parse(lines: Iterable[str]) -> Iterator[Request]:
    for line in lines:
        m = LINE_RE.match(line)
        if not m:
            continue
        size = 0 if m["size"] == "-" else int(m["size"])
        path = m["path"].split("?", 1)[0]
        yield Request(m["ip"], m["method"], path, int(m["status"]), size)


def percentile(sorted_values: list[int], pct: float) -> int:
    if not sorted_values:
        return 0
    k = round((len(sorted_values) - 1) * pct / 100)
    return sorted_values[k]


def summarise(requests: Iterable[Request], top: int) -> str:
    statuses: Counter[str] = Counter()
    paths: Counter[str] = Counter()
    ips: Counter[str] = Counter()
    sizes: list[int] = []
    for r in requests:
        statuses[f"{r.status // 100}xx"] += 1
        paths[r.path] += 1
        ips[r.ip] += 1
        sizes.append(r.size)

    total = sum(statuses.values())
    if total == 0:
        return "no parsable lines"
    sizes.sort()
    out = [f"requests: {total}"]
    out += [f"  {k}: {v} ({v / total:.1%})" for k, v in sorted(statuses.items())]
    out.append(f"\ntop {top} paths:")
    out += [f"  {n:>8}  {p}" for p, n in paths.most_common(top)]
    out.append(f"\ntop {top} clients:")
    out += [f"  {n:>8}  {ip}" for ip, n in ips.most_common(top)]
    out.append("\nresponse size (bytes):")
    out.append(f"  mean {statistics.fmean(sizes):.0f}  p50 {percentile(sizes, 50)}  "
               f"p95 {percentile(sizes, 95)}  p99 {percentile(sizes, 99)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Summarise web server access logs.")
    ap.add_argument("files", nargs="*", default=["-"], help="log files (default: stdin)")
    ap.add_argument("-n", "--top", type=int, default=10, help="entries per ranking")
    ap.add_argument("--status", type=int, help="only count this status code")
    args = ap.parse_args(argv)

    def all_requests() -> Iterator[Request]:
        for name in args.files:
            try:
                with open_log(name) as fh:
                    for req in parse(fh):
                        if args.status is None or req.status == args.status:
                            yield req
            except OSError as exc:
                print(f"log_summary: {exc}", file=sys.stderr)

    print(summarise(all_requests(), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
