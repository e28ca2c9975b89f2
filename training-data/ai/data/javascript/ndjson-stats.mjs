import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

function openLines(file) {
  let stream = file === "-" ? process.stdin : createReadStream(file);
  if (file.endsWith(".gz")) stream = stream.pipe(createGunzip());
  return createInterface({ input: stream, crlfDelay: Infinity });
}

export async function collectStats(file, { groupBy = "route" } = {}) {
  const groups = new Map();
  const statusCounts = new Map();
  let total = 0;
  let malformed = 0;

  for await (const line of openLines(file)) {
    if (!line.trim()) continue;
    let rec;
    try {
      rec = JSON.parse(line);
    } catch {
      malformed++;
      continue;
    }
    total++;

    const status = `${Math.floor(Number(rec.status) / 100)}xx`;
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);

    const key = rec[groupBy] ?? "(none)";
    let g = groups.get(key);
    if (!g) {
      g = { count: 0, errors: 0, latencies: [] };
      groups.set(key, g);
    }
    g.count++;
    if (Number(rec.status) >= 500) g.errors++;
    if (Number.isFinite(rec.duration_ms)) g.latencies.push(rec.duration_ms);
  }

  const rows = [...groups].map(([key, g]) => {
    const lat = g.latencies.sort((a, b) => a - b);
    return {
      key,
      count: g.count,
      errorRate: g.errors / g.count,
      p50: percentile(lat, 50),
      p95: percentile(lat, 95),
      p99: percentile(lat, 99),
    };
  });
  rows.sort((a, b) => b.count - a.count);

  return { total, malformed, status: Object.fromEntries(statusCounts), rows };
}

function fmt(n) {
  return Number.isNaN(n) ? "-" : n.toFixed(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file = "-", groupBy = "route"] = process.argv.slice(2);
  const stats = await collectStats(file, { groupBy });

  console.log(`records: ${stats.total}  malformed: ${stats.malformed}`);
  console.log(
    Object.entries(stats.status)
      .sort()
      .map(([k, v]) => `${k}=${v}`)
      .join("  ")
  );
  console.log();
  console.log(["key".padEnd(32), "count", "err%", "p50", "p95", "p99"].join("\t"));
  for (const r of stats.rows.slice(0, 25)) {
    console.log(
      [
        String(r.key).slice(0, 32).padEnd(32),
        r.count,
        (r.errorRate * 100).toFixed(2),
        fmt(r.p50),
        fmt(r.p95),
        fmt(r.p99),
      ].join("\t")
    );
  }
}
