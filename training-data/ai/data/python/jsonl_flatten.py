"""Flatten nested JSON Lines records into a CSV file.

Nested objects become dotted column names (``user.address.city``). Lists of
scalars are joined with ``|``; lists of objects are either JSON-encoded or
exploded into one output row per element.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, Iterable, Iterator

LIST_SEPARATOR = "|"
KEY_SEPARATOR = "."


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten one nested mapping.

    Parameters
    ----------
    record : dict
        A JSON object as decoded by :func:`json.loads`.
    prefix : str, optional
        Column prefix used for recursion.

    Returns
    -------
    dict
        Mapping of dotted column name to a scalar value.
    """
    flat: dict[str, Any] = {}
    for key, value in record.items():
        column = f"{prefix}{KEY_SEPARATOR}{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.update(flatten(value, column))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                flat[column] = LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
            else:
                flat[column] = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        else:
            flat[column] = value
    return flat


def explode(record: dict[str, Any], path: str) -> Iterator[dict[str, Any]]:
    """Yield one copy of ``record`` per element of the list at ``path``.

    Parameters
    ----------
    record : dict
        The source record.
    path : str
        Dotted path to a list, e.g. ``"order.items"``.

    Yields
    ------
    dict
        The record with the list replaced by a single element. Records where
        the path is missing or empty are yielded unchanged.
    """
    *parents, leaf = path.split(KEY_SEPARATOR)
    container: Any = record
    for part in parents:
        container = container.get(part) if isinstance(container, dict) else None
    items = container.get(leaf) if isinstance(container, dict) else None
    if not isinstance(items, list) or not items:
        yield record
        return
    for item in items:
        container[leaf] = item
        yield json.loads(json.dumps(record))
    container[leaf] = items


def read_jsonl(stream: Iterable[str], strict: bool) -> Iterator[dict[str, Any]]:
    """Parse JSON Lines, skipping or rejecting malformed lines.

    Raises
    ------
    ValueError
        If ``strict`` is true and a line is not a JSON object.
    """
    for line_no, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            if strict:
                raise ValueError(f"line {line_no}: {exc.msg}") from exc
            print(f"warning: skipping line {line_no}: {exc.msg}", file=sys.stderr)
            continue
        if not isinstance(obj, dict):
            if strict:
                raise ValueError(f"line {line_no}: expected an object, got {type(obj).__name__}")
            continue
        yield obj


def write_csv(rows: list[dict[str, Any]], out) -> int:
    """Write rows with the union of their columns, in first-seen order."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=argparse.FileType("r", encoding="utf-8"))
    parser.add_argument("-o", "--output", help="CSV file to write (default: stdout)")
    parser.add_argument("--explode", metavar="PATH", help="emit one row per element of this list")
    parser.add_argument("--strict", action="store_true", help="fail on malformed lines")
    args = parser.parse_args(argv)

    try:
        records = read_jsonl(args.input, args.strict)
        if args.explode:
            records = (r for rec in records for r in explode(rec, args.explode))
        rows = [flatten(r) for r in records]
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            count = write_csv(rows, out)
    else:
        count = write_csv(rows, sys.stdout)
    print(f"wrote {count} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
