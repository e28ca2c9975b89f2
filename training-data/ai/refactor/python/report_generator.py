import csv
import io
import json
from collections import defaultdict
from datetime import datetime


# Refactored from the old generate_report(data, type, ...) function.
# The big if/elif on the output type is replaced with one small formatter
# class per format, registered in FORMATTERS. Adding a new format no longer
# means touching the aggregation code.


def aggregate_sales(rows, group_by="region"):
    """Sum revenue and count orders per group. Returns a list sorted by revenue."""
    totals = defaultdict(lambda: {"orders": 0, "revenue": 0.0})
    for row in rows:
        key = row.get(group_by) or "unknown"
        totals[key]["orders"] += 1
        totals[key]["revenue"] += float(row["amount"])

    result = [
        {group_by: key, "orders": v["orders"], "revenue": round(v["revenue"], 2)}
        for key, v in totals.items()
    ]
    result.sort(key=lambda r: r["revenue"], reverse=True)
    return result


class CsvFormatter:
    content_type = "text/csv"

    def render(self, title, rows):
        if not rows:
            return ""
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()


class JsonFormatter:
    content_type = "application/json"

    def render(self, title, rows):
        return json.dumps(
            {"title": title, "generated_at": datetime.utcnow().isoformat() + "Z", "rows": rows},
            indent=2,
        )


class TextFormatter:
    content_type = "text/plain"

    def render(self, title, rows):
        if not rows:
            return f"{title}\n(no data)\n"
        headers = list(rows[0].keys())
        widths = [max(len(str(h)), *(len(str(r[h])) for r in rows)) for h in headers]
        line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
        out = [title, "=" * len(title), line, "-" * len(line)]
        for r in rows:
            out.append("  ".join(str(r[h]).ljust(w) for h, w in zip(headers, widths)))
        return "\n".join(out) + "\n"


class HtmlFormatter:
    content_type = "text/html"

    def render(self, title, rows):
        from html import escape

        head = "".join(f"<th>{escape(str(h))}</th>" for h in (rows[0].keys() if rows else []))
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in r.values()) + "</tr>"
            for r in rows
        )
        return (
            f"<h1>{escape(title)}</h1>\n"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n"
        )


FORMATTERS = {
    "csv": CsvFormatter(),
    "json": JsonFormatter(),
    "text": TextFormatter(),
    "html": HtmlFormatter(),
}


def generate_report(rows, fmt="text", group_by="region", title=None):
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATTERS)}") from None

    summary = aggregate_sales(rows, group_by)
    title = title or f"Sales by {group_by}"
    return formatter.render(title, summary), formatter.content_type
