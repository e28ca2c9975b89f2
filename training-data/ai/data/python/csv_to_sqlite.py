#!/usr/bin/env python3
"""
Load one or more CSV files into a SQLite database.

Column types are inferred from the data (INTEGER, REAL or TEXT). Each CSV
becomes a table named after the file unless --table is given.

Example:
    python csv_to_sqlite.py data/*.csv --db warehouse.db --replace
"""

import argparse
import csv
import os
import re
import sqlite3
import sys

SAMPLE_ROWS = 1000


def clean_identifier(name):
    name = re.sub(r"\W+", "_", name.strip()).strip("_").lower()
    if not name:
        name = "col"
    if name[0].isdigit():
        name = "_" + name
    return name


def infer_type(values):
    # Try the narrowest type first; empty strings don't count against a type.
    seen = [v for v in values if v != ""]
    if not seen:
        return "TEXT"
    try:
        for v in seen:
            int(v)
        return "INTEGER"
    except ValueError:
        pass
    try:
        for v in seen:
            float(v)
        return "REAL"
    except ValueError:
        return "TEXT"


def convert(value, col_type):
    if value == "":
        return None
    if col_type == "INTEGER":
        return int(value)
    if col_type == "REAL":
        return float(value)
    return value


def load_csv(conn, path, table=None, replace=False, delimiter=",", batch_size=5000):
    table = clean_identifier(table or os.path.splitext(os.path.basename(path))[0])

    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            print(f"skipping empty file {path}", file=sys.stderr)
            return 0
        columns = [clean_identifier(h) for h in header]

        # Read a sample to infer types, then keep streaming the rest.
        sample = []
        for row in reader:
            sample.append(row)
            if len(sample) >= SAMPLE_ROWS:
                break
        types = [infer_type([r[i] if i < len(r) else "" for r in sample]) for i in range(len(columns))]

        if replace:
            conn.execute(f'DROP TABLE IF EXISTS "{table}"')
        cols_sql = ", ".join(f'"{c}" {t}' for c, t in zip(columns, types))
        conn.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({cols_sql})')

        placeholders = ", ".join("?" for _ in columns)
        insert = f'INSERT INTO "{table}" VALUES ({placeholders})'

        def rows():
            for r in sample:
                yield r
            for r in reader:
                yield r

        count = 0
        batch = []
        for raw in rows():
            raw = (raw + [""] * len(columns))[: len(columns)]
            try:
                batch.append([convert(v, t) for v, t in zip(raw, types)])
            except ValueError:
                # a later row didn't match the inferred type - store it as text
                batch.append([v if v != "" else None for v in raw])
            if len(batch) >= batch_size:
                conn.executemany(insert, batch)
                count += len(batch)
                batch.clear()
        if batch:
            conn.executemany(insert, batch)
            count += len(batch)

    conn.commit()
    print(f"{path}: {count} rows -> {table} ({', '.join(f'{c}:{t}' for c, t in zip(columns, types))})")
    return count


def main():
    parser = argparse.ArgumentParser(description="Import CSV files into SQLite")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--db", default="data.db")
    parser.add_argument("--table", help="table name (only with a single file)")
    parser.add_argument("--replace", action="store_true", help="drop existing tables first")
    parser.add_argument("--delimiter", default=",")
    args = parser.parse_args()

    if args.table and len(args.files) > 1:
        parser.error("--table can only be used with a single input file")

    conn = sqlite3.connect(args.db)
    try:
        total = sum(load_csv(conn, p, args.table, args.replace, args.delimiter) for p in args.files)
    finally:
        conn.close()
    print(f"Imported {total} rows into {args.db}")


if __name__ == "__main__":
    main()
