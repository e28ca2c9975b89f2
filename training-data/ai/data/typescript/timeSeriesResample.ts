export type Point = { t: number; v: number }
export type Aggregation = 'mean' | 'sum' | 'min' | 'max' | 'last' | 'count'
export type Fill = 'none' | 'zero' | 'previous' | 'linear'

export interface ResampleOptions {
  intervalMs: number
  agg?: Aggregation
  fill?: Fill
  start?: number
  end?: number
}

const reducers: Record<Aggregation, (vs: number[]) => number> = {
  mean: (vs) => vs.reduce((a, b) => a + b, 0) / vs.length,
  sum: (vs) => vs.reduce((a, b) => a + b, 0),
  min: (vs) => Math.min(...vs),
  max: (vs) => Math.max(...vs),
  last: (vs) => vs[vs.length - 1],
  count: (vs) => vs.length,
}

export function resample(points: Point[], opts: ResampleOptions): { t: number; v: number | null }[] {
  const { intervalMs, agg = 'mean', fill = 'none' } = opts
  if (!(intervalMs > 0)) throw new RangeError('intervalMs must be > 0')

  const sorted = points.filter((p) => Number.isFinite(p.v)).sort((a, b) => a.t - b.t)
  if (sorted.length === 0 && (opts.start === undefined || opts.end === undefined)) return []

  const floor = (t: number) => Math.floor(t / intervalMs) * intervalMs
  const start = floor(opts.start ?? sorted[0].t)
  const end = floor(opts.end ?? sorted[sorted.length - 1].t)

  const buckets = new Map<number, number[]>()
  for (const p of sorted) {
    const b = floor(p.t)
    if (b < start || b > end) continue
    const list = buckets.get(b)
    if (list) list.push(p.v)
    else buckets.set(b, [p.v])
  }

  const out: { t: number; v: number | null }[] = []
  for (let t = start; t <= end; t += intervalMs) {
    const vs = buckets.get(t)
    out.push({ t, v: vs ? reducers[agg](vs) : agg === 'count' ? 0 : null })
  }

  return applyFill(out, fill)
}

function applyFill(series: { t: number; v: number | null }[], fill: Fill) {
  if (fill === 'none') return series
  if (fill === 'zero') return series.map((p) => ({ t: p.t, v: p.v ?? 0 }))

  if (fill === 'previous') {
    let prev: number | null = null
    return series.map((p) => {
      if (p.v !== null) prev = p.v
      return { t: p.t, v: p.v ?? prev }
    })
  }

  const out = series.map((p) => ({ ...p }))
  let i = 0
  while (i < out.length) {
    if (out[i].v !== null) {
      i++
      continue
    }
    let j = i
    while (j < out.length && out[j].v === null) j++
    const left = i > 0 ? out[i - 1] : null
    const right = j < out.length ? out[j] : null
    if (left && right && left.v !== null && right.v !== null) {
      for (let k = i; k < j; k++) {
        const ratio = (out[k].t - left.t) / (right.t - left.t)
        out[k].v = left.v + (right.v - left.v) * ratio
      }
    }
    i = j
  }
  return out
}

export function rollingMean(series: { t: number; v: number | null }[], window: number) {
  if (!Number.isInteger(window) || window < 1) throw new RangeError('window must be a positive integer')
  const out: { t: number; v: number | null }[] = []
  let sum = 0
  let n = 0
  for (let i = 0; i < series.length; i++) {
    const add = series[i].v
    if (add !== null) {
      sum += add
      n++
    }
    if (i >= window) {
      const drop = series[i - window].v
      if (drop !== null) {
        sum -= drop
        n--
      }
    }
    out.push({ t: series[i].t, v: n > 0 ? sum / n : null })
  }
  return out
}
