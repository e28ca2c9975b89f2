/**
 * jsonToCsvExport.ts
 *
 * Convert an array of (possibly nested) JSON objects into CSV.
 *
 * Nested objects are flattened with dot notation, so
 *   { user: { name: "Ann", address: { city: "Oslo" } } }
 * becomes the columns "user.name" and "user.address.city".
 * Arrays of primitives are joined with a separator; arrays of objects are
 * serialized as JSON so no information is lost.
 */

import { writeFile } from "node:fs/promises";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type FlatRow = Record<string, string>;

export interface CsvExportOptions {
  delimiter?: string; // column separator, "," by default
  arraySeparator?: string; // used to join arrays of primitives
  columns?: string[]; // explicit column order; otherwise discovered from the data
  includeHeader?: boolean;
}

// Recursively flatten one object. `prefix` is the dotted path built so far.
function flatten(value: Json, prefix: string, out: FlatRow, arraySeparator: string): FlatRow {
  if (value === null || value === undefined) {
    out[prefix] = "";
  } else if (Array.isArray(value)) {
    // Primitive arrays read nicely as "a; b; c", object arrays stay as JSON.
    const allPrimitive = value.every((item) => item === null || typeof item !== "object");
    out[prefix] = allPrimitive ? value.map((item) => String(item ?? "")).join(arraySeparator) : JSON.stringify(value);
  } else if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) {
      out[prefix] = "";
    }
    for (const key of keys) {
      flatten(value[key], prefix ? `${prefix}.${key}` : key, out, arraySeparator);
    }
  } else {
    out[prefix] = String(value);
  }
  return out;
}

// Quote a field only when needed: it contains the delimiter, a quote or a newline.
// Embedded quotes are escaped by doubling them, as RFC 4180 requires.
function escapeField(field: string, delimiter: string): string {
  const needsQuotes = field.includes(delimiter) || field.includes('"') || /[\r\n]/.test(field);
  // Guard against CSV injection when the file is opened in a spreadsheet.
  const safe = /^[=+\-@]/.test(field) && Number.isNaN(Number(field)) ? `'${field}` : field;
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Convert records to a CSV string.
 */
export function toCsv(records: Json[], options: CsvExportOptions = {}): string {
  const { delimiter = ",", arraySeparator = "; ", includeHeader = true } = options;

  // Step 1: flatten every record.
  const rows = records.map((record) => flatten(record, "", {}, arraySeparator));

  // Step 2: work out the columns. Keep first-seen order so related fields
  // stay next to each other instead of being sorted alphabetically.
  let columns = options.columns;
  if (!columns) {
    const seen = new Set<string>();
    for (const row of rows) {
      for (const key of Object.keys(row)) seen.add(key);
    }
    columns = [...seen];
  }

  // Step 3: build the lines. Missing values become empty cells.
  const lines: string[] = [];
  if (includeHeader) {
    lines.push(columns.map((c) => escapeField(c, delimiter)).join(delimiter));
  }
  for (const row of rows) {
    lines.push(columns.map((c) => escapeField(row[c] ?? "", delimiter)).join(delimiter));
  }

  // CRLF line endings are what Excel expects.
  return lines.join("\r\n") + "\r\n";
}

/**
 * Convenience wrapper that writes the CSV to disk with a UTF-8 BOM,
 * which helps Excel detect the encoding of non-ASCII characters.
 */
export async function exportCsv(path: string, records: Json[], options?: CsvExportOptions): Promise<number> {
  const csv = toCsv(records, options);
  await writeFile(path, "\uFEFF" + csv, "utf8");
  return records.length;
}

// Example usage: `npx tsx jsonToCsvExport.ts`
if (process.argv[1]?.endsWith("jsonToCsvExport.ts")) {
  const orders: Json[] = [
    {
      id: 1001,
      customer: { name: "Ann Lee", address: { city: "Oslo", country: "NO" } },
      tags: ["priority", "gift"],
      items: [{ sku: "A1", qty: 2 }],
      note: 'Leave at the "back" door',
    },
    {
      id: 1002,
      customer: { name: "Bo Chen", address: { city: "Lyon", country: "FR" } },
      tags: [],
      items: [],
      note: null,
    },
  ];

  console.log(toCsv(orders));
  // id,customer.name,customer.address.city,customer.address.country,tags,items,note
  // 1001,Ann Lee,Oslo,NO,priority; gift,"[{""sku"":""A1"",""qty"":2}]","Leave at the ""back"" door"
  // 1002,Bo Chen,Lyon,FR,,,
}
