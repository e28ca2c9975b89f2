# Refactored version of the log parsing script.
#
# Main changes compared to the original:
#   1. Files are opened with `with` blocks, so they are always closed, even on errors
#      (the original called open() without ever closing the file).
#   2. Reading is done lazily with generators instead of f.readlines(), so a 2 GB log
#      no longer has to fit in memory.
#   3. The regex is compiled once at module level instead of on every line.
#   4. The three copy-pasted loops (count errors / count warnings / find slow requests)
#      are replaced by a single pass that collects everything at once.
#   5. Gzipped logs (*.gz) are handled transparently.

import gzip
import re
from collections import Counter

LINE_RE = re.compile(
    r"^(?P<ts>\S+ \S+) (?P<level>[A-Z]+) \[(?P<module>[^\]]+)\] (?P<msg>.*?)(?: took=(?P<ms>\d+)ms)?$"
)


def open_log(path):
    """Open plain or gzip-compressed logs in text mode."""
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, "r", encoding="utf-8", errors="replace")


def read_entries(path):
    """Yield parsed log entries one at a time; unparseable lines are skipped."""
    with open_log(path) as f:
        for line in f:
            match = LINE_RE.match(line.rstrip("\n"))
            if match:
                yield match.groupdict()


def summarize(paths, slow_ms=1000, top=10):
    """Go through all files once and collect the statistics we need."""
    levels = Counter()
    error_modules = Counter()
    slow = []

    for path in paths:
        for entry in read_entries(path):
            levels[entry["level"]] += 1
            if entry["level"] == "ERROR":
                error_modules[entry["module"]] += 1
            # `ms` is only present on request lines, so check for None first
            if entry["ms"] is not None and int(entry["ms"]) >= slow_ms:
                slow.append((int(entry["ms"]), entry["ts"], entry["msg"]))

    slow.sort(reverse=True)
    return {
        "levels": dict(levels),
        "top_error_modules": error_modules.most_common(top),
        "slowest": slow[:top],
    }


def print_summary(summary):
    print("Log levels:")
    for level, count in sorted(summary["levels"].items()):
        print(f"  {level:<8} {count}")

    print("\nModules with most errors:")
    for module, count in summary["top_error_modules"]:
        print(f"  {module:<30} {count}")

    print("\nSlowest requests:")
    for ms, ts, msg in summary["slowest"]:
        print(f"  {ms:>6} ms  {ts}  {msg}")


if __name__ == "__main__":
    import sys

    # Example usage: python log_reader.py app.log app.log.1.gz
    if len(sys.argv) < 2:
        print("usage: log_reader.py LOGFILE [LOGFILE ...]")
        sys.exit(1)
    print_summary(summarize(sys.argv[1:]))
