#!/usr/bin/env python3
"""
Prune old backup files using a grandfather-father-son scheme.

Keeps the newest N daily, weekly and monthly backups in a directory and deletes
the rest. Backups are matched by a filename pattern containing a date, e.g.
`db-2024-05-31.sql.gz`. Runs in dry-run mode unless --delete is given.
"""

import argparse
import logging
import re
import sys
from datetime import datetime
from pathlib import Path

log = logging.getLogger("backup_rotate")

# Default pattern: any file with a YYYY-MM-DD date in its name
DEFAULT_PATTERN = r"(\d{4}-\d{2}-\d{2})"


def find_backups(directory, pattern):
    """Return a list of (date, path) tuples, newest first."""
    regex = re.compile(pattern)
    backups = []
    for path in directory.iterdir():
        if not path.is_file():
            continue
        match = regex.search(path.name)
        if not match:
            log.debug("ignoring %s (no date in name)", path.name)
            continue
        try:
            stamp = datetime.strptime(match.group(1), "%Y-%m-%d").date()
        except ValueError:
            log.warning("ignoring %s (invalid date %s)", path.name, match.group(1))
            continue
        backups.append((stamp, path))

    # Newest first, so the first file we see in each period is the one we keep
    backups.sort(reverse=True)
    return backups


def choose_keepers(backups, daily, weekly, monthly):
    """Decide which backups to keep.

    Each rule keeps the newest backup in each of its most recent periods:
    one per day, one per ISO week, one per month.
    """
    keep = set()
    rules = [
        (daily, lambda d: d),                       # one per calendar day
        (weekly, lambda d: d.isocalendar()[:2]),    # (year, week number)
        (monthly, lambda d: (d.year, d.month)),     # (year, month)
    ]
    for limit, period_of in rules:
        seen_periods = set()
        for stamp, path in backups:
            if len(seen_periods) >= limit:
                break
            period = period_of(stamp)
            if period not in seen_periods:
                seen_periods.add(period)
                keep.add(path)
    return keep


def main():
    parser = argparse.ArgumentParser(description="Rotate dated backup files.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--daily", type=int, default=7)
    parser.add_argument("--weekly", type=int, default=4)
    parser.add_argument("--monthly", type=int, default=12)
    parser.add_argument("--pattern", default=DEFAULT_PATTERN,
                        help="regex whose first group captures YYYY-MM-DD")
    parser.add_argument("--delete", action="store_true", help="actually delete files")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
    )

    if not args.directory.is_dir():
        log.error("%s is not a directory", args.directory)
        return 2

    backups = find_backups(args.directory, args.pattern)
    if not backups:
        log.info("no backups found in %s", args.directory)
        return 0

    keep = choose_keepers(backups, args.daily, args.weekly, args.monthly)
    errors = 0
    for stamp, path in backups:
        if path in keep:
            log.debug("keep   %s", path.name)
            continue
        if not args.delete:
            log.info("would delete %s", path.name)
            continue
        try:
            path.unlink()
            log.info("deleted %s", path.name)
        except OSError as exc:
            log.error("could not delete %s: %s", path.name, exc)
            errors += 1

    log.info("kept %d of %d backups%s", len(keep), len(backups),
             "" if args.delete else " (dry run, use --delete to remove files)")
    return 1 if errors else 0


if __name__ == "__main__":
    # Example:
    #   python backup_rotate.py /var/backups/postgres --daily 7 --weekly 4 --monthly 6
    #   python backup_rotate.py /var/backups/postgres --delete
    sys.exit(main())
