import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { writeFile } from 'node:fs/promises';

interface RawEvent {
  userId: string;
  event: string;
  timestamp: string;
  properties?: Record<string, unknown>;
}

interface DailyStats {
  date: string;
  activeUsers: number;
  events: Record<string, number>;
  revenue: number;
}

interface FunnelResult {
  step: string;
  users: number;
  conversion: number;
}

function isRawEvent(value: unknown): value is RawEvent {
  const v = value as RawEvent;
  return typeof v === 'object' && v !== null && typeof v.userId === 'string' &&
    typeof v.event === 'string' && typeof v.timestamp === 'string';
}

async function* readEvents(path: string): AsyncGenerator<RawEvent> {
  const input = createReadStream(path);
  const stream = path.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let bad = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (isRawEvent(parsed)) yield parsed;
      else bad++;
    } catch {
      bad++;
    }
  }
  if (bad) console.warn(`${path}: skipped ${bad} malformed line(s)`);
}

export async function aggregate(paths: string[], funnelSteps: string[]) {
  const days = new Map<string, { users: Set<string>; events: Map<string, number>; revenue: number }>();
  // for the funnel: which step index each user has reached, in order
  const progress = new Map<string, number>();

  for (const path of paths) {
    for await (const e of readEvents(path)) {
      const date = e.timestamp.slice(0, 10);
      let day = days.get(date);
      if (!day) {
        day = { users: new Set(), events: new Map(), revenue: 0 };
        days.set(date, day);
      }
      day.users.add(e.userId);
      day.events.set(e.event, (day.events.get(e.event) ?? 0) + 1);
      if (e.event === 'purchase' && typeof e.properties?.amount === 'number') {
        day.revenue += e.properties.amount;
      }

      const reached = progress.get(e.userId) ?? -1;
      if (funnelSteps[reached + 1] === e.event) progress.set(e.userId, reached + 1);
    }
  }

  const daily: DailyStats[] = [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, d]) => ({
      date,
      activeUsers: d.users.size,
      events: Object.fromEntries(d.events),
      revenue: Math.round(d.revenue * 100) / 100,
    }));

  const reachedCounts = funnelSteps.map((_, i) => [...progress.values()].filter((p) => p >= i).length);
  const funnel: FunnelResult[] = funnelSteps.map((step, i) => ({
    step,
    users: reachedCounts[i],
    conversion: i === 0 || reachedCounts[0] === 0 ? 1 : reachedCounts[i] / reachedCounts[0],
  }));

  return { daily, funnel };
}

async function main() {
  const [out, ...inputs] = process.argv.slice(2);
  if (!out || inputs.length === 0) {
    console.error('usage: aggregateEvents <out.json> <events.jsonl[.gz]>...');
    process.exit(1);
  }
  const result = await aggregate(inputs, ['view_product', 'add_to_cart', 'checkout', 'purchase']);
  await writeFile(out, JSON.stringify(result, null, 2));
  console.table(result.funnel.map((f) => ({ ...f, conversion: `${(f.conversion * 100).toFixed(1)}%` })));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
