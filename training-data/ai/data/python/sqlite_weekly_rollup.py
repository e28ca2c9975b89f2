import argparse
import sqlite3
import sys
from datetime import date, timedelta

SCHEMA = '''
CREATE TABLE IF NOT EXISTS weekly_signups (
    week_start TEXT NOT NULL,
    plan TEXT NOT NULL,
    signups INTEGER NOT NULL,
    paid INTEGER NOT NULL,
    churned INTEGER NOT NULL,
    PRIMARY KEY (week_start, plan)
)
'''

ROLLUP = '''
INSERT INTO weekly_signups (week_start, plan, signups, paid, churned)
SELECT
    date(u.created_at, 'weekday 0', '-6 days') AS week_start,
    COALESCE(u.plan, 'free') AS plan,
    COUNT(*),
    SUM(CASE WHEN u.first_payment_at IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN u.cancelled_at IS NOT NULL
             AND julianday(u.cancelled_at) - julianday(u.created_at) < 30 THEN 1 ELSE 0 END)
FROM users u
WHERE date(u.created_at) >= ? AND date(u.created_at) < ?
GROUP BY 1, 2
ON CONFLICT (week_start, plan) DO UPDATE SET
    signups = excluded.signups,
    paid = excluded.paid,
    churned = excluded.churned
'''


def monday(d):
    return d - timedelta(days=d.weekday())


def rollup(conn, start, end):
    with conn:
        conn.execute(SCHEMA)
        cur = conn.execute(ROLLUP, (start.isoformat(), end.isoformat()))
    return cur.rowcount


def report(conn, weeks):
    rows = conn.execute(
        'SELECT week_start, plan, signups, paid, churned FROM weekly_signups '
        'ORDER BY week_start DESC, plan LIMIT ?', (weeks * 10,)).fetchall()
    print('%-11s %-10s %8s %6s %8s %7s' % ('week', 'plan', 'signups', 'paid', 'churned', 'conv%'))
    for wk, plan, s, p, c in rows:
        conv = 100.0 * p / s if s else 0.0
        print('%-11s %-10s %8d %6d %8d %6.1f%%' % (wk, plan, s, p, c, conv))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('db')
    ap.add_argument('--weeks', type=int, default=8)
    ap.add_argument('--no-report', action='store_true')
    a = ap.parse_args()

    end = monday(date.today())
    start = end - timedelta(weeks=a.weeks)
    try:
        conn = sqlite3.connect(a.db)
    except sqlite3.Error as e:
        print('cannot open %s: %s' % (a.db, e), file=sys.stderr)
        return 1
    try:
        n = rollup(conn, start, end)
        print('upserted %d rows for %s..%s' % (n, start, end - timedelta(days=1)), file=sys.stderr)
        if not a.no_report:
            report(conn, a.weeks)
    except sqlite3.OperationalError as e:
        print('query failed: %s' % e, file=sys.stderr)
        return 1
    finally:
        conn.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
