import csv
import sys
from datetime import datetime, timedelta
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Iterable, Iterator

GAP = timedelta(minutes=30)


def parse(rows: Iterable[dict[str, str]]) -> Iterator[tuple[str, datetime, str]]:
    for r in rows:
        try:
            yield r["user_id"], datetime.fromisoformat(r["timestamp"]), r.get("event", "")
        except (KeyError, ValueError):
            continue


def split_sessions(events: list[tuple[str, datetime, str]]) -> list[list[tuple[str, datetime, str]]]:
    sessions = [[events[0]]]
    for prev, cur in pairwise(events):
        if cur[1] - prev[1] > GAP:
            sessions.append([])
        sessions[-1].append(cur)
    return sessions


def sessionize(rows: Iterable[dict[str, str]]) -> Iterator[dict[str, object]]:
    events = sorted(parse(rows), key=itemgetter(0, 1))
    for user, group in groupby(events, key=itemgetter(0)):
        for n, s in enumerate(split_sessions(list(group)), 1):
            yield {
                "user_id": user,
                "session": n,
                "start": s[0][1].isoformat(),
                "end": s[-1][1].isoformat(),
                "seconds": int((s[-1][1] - s[0][1]).total_seconds()),
                "events": len(s),
                "path": ">".join(e[2] for e in s[:10]),
            }


if __name__ == "__main__":
    w = None
    for row in sessionize(csv.DictReader(sys.stdin)):
        if w is None:
            w = csv.DictWriter(sys.stdout, fieldnames=list(row))
            w.writeheader()
        w.writerow(row)
