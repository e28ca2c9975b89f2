export interface DateRange {
  start: Date
  end: Date
}

const DAY_MS = 86_400_000

export function startOfDayUTC(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS)
}

export function range(start: Date, end: Date): DateRange {
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new TypeError('invalid date')
  }
  if (end < start) throw new RangeError('end is before start')
  return { start, end }
}

export function contains(r: DateRange, d: Date): boolean {
  return d >= r.start && d <= r.end
}

export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end
}

export function intersection(a: DateRange, b: DateRange): DateRange | null {
  if (!overlaps(a, b)) return null
  return {
    start: new Date(Math.max(a.start.getTime(), b.start.getTime())),
    end: new Date(Math.min(a.end.getTime(), b.end.getTime())),
  }
}

export function lengthInDays(r: DateRange): number {
  return Math.round((startOfDayUTC(r.end).getTime() - startOfDayUTC(r.start).getTime()) / DAY_MS) + 1
}

export function* eachDay(r: DateRange): Generator<Date> {
  const last = startOfDayUTC(r.end).getTime()
  for (let t = startOfDayUTC(r.start).getTime(); t <= last; t += DAY_MS) {
    yield new Date(t)
  }
}

export function isWeekend(d: Date): boolean {
  const day = d.getUTCDay()
  return day === 0 || day === 6
}

export function businessDays(r: DateRange, holidays: Iterable<Date> = []): number {
  const skip = new Set([...holidays].map((h) => startOfDayUTC(h).getTime()))
  let n = 0
  for (const d of eachDay(r)) {
    if (!isWeekend(d) && !skip.has(d.getTime())) n++
  }
  return n
}

export function splitByWeek(r: DateRange, weekStartsOn: 0 | 1 = 1): DateRange[] {
  const out: DateRange[] = []
  let cur: Date | null = null
  let prev: Date | null = null
  for (const d of eachDay(r)) {
    if (cur && prev && d.getUTCDay() === weekStartsOn) {
      out.push({ start: cur, end: prev })
      cur = null
    }
    cur ??= d
    prev = d
  }
  if (cur && prev) out.push({ start: cur, end: prev })
  return out
}

export function splitByMonth(r: DateRange): DateRange[] {
  const out: DateRange[] = []
  let start = startOfDayUTC(r.start)
  const end = startOfDayUTC(r.end)
  while (start <= end) {
    const monthEnd = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0))
    const chunkEnd = monthEnd < end ? monthEnd : end
    out.push({ start, end: chunkEnd })
    start = addDays(chunkEnd, 1)
  }
  return out
}

export function formatRange(r: DateRange): string {
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  return lengthInDays(r) === 1 ? iso(r.start) : `${iso(r.start)}..${iso(r.end)}`
}
