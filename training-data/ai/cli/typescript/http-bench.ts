#!/usr/bin/env node
/**
 * http-bench: a small HTTP load generator.
 *
 *   http-bench https://localhost:3000/health -n 500 -c 20
 *   http-bench https://api.example.com/items -d 30 -c 50 -m POST -b '{"x":1}'
 *
 * Sends requests with a fixed number of concurrent workers, either until
 * `--requests` have completed or `--duration` seconds have passed, and prints
 * throughput, status code counts and latency percentiles.
 */

import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'

const DEFAULT_CONCURRENCY = 10
const DEFAULT_REQUESTS = 200
const DEFAULT_TIMEOUT_MS = 10_000
const MAX_CONCURRENCY = 1_000
const PERCENTILES = [50, 90, 95, 99] as const

interface BenchConfig {
  url: URL
  method: string
  body: string | undefined
  concurrency: number
  totalRequests: number
  durationMs: number | undefined
  timeoutMs: number
}

interface BenchResult {
  latencies: number[]
  statuses: Map<string, number>
  elapsedMs: number
}

/** Parses and validates CLI arguments, throwing with a helpful message on bad input. */
function readConfig(argv: string[]): BenchConfig {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      concurrency: { type: 'string', short: 'c' },
      requests: { type: 'string', short: 'n' },
      duration: { type: 'string', short: 'd' },
      method: { type: 'string', short: 'm', default: 'GET' },
      body: { type: 'string', short: 'b' },
      timeout: { type: 'string', short: 't' },
    },
  })

  if (positionals.length !== 1) throw new Error('Expected exactly one URL argument')

  if (!URL.canParse(positionals[0])) throw new Error(`Not a valid URL: ${positionals[0]}`)
  const url = new URL(positionals[0])

  const concurrency = toPositiveInt(values.concurrency, DEFAULT_CONCURRENCY, 'concurrency')
  if (concurrency > MAX_CONCURRENCY) throw new Error(`concurrency must be at most ${MAX_CONCURRENCY}`)

  return {
    url,
    method: String(values.method).toUpperCase(),
    body: values.body,
    concurrency,
    totalRequests: toPositiveInt(values.requests, DEFAULT_REQUESTS, 'requests'),
    durationMs: values.duration ? toPositiveInt(values.duration, 0, 'duration') * 1000 : undefined,
    timeoutMs: toPositiveInt(values.timeout, DEFAULT_TIMEOUT_MS, 'timeout'),
  }
}

function toPositiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`)
  return n
}

/** Sends one request and returns its latency and a status label. */
async function sendOne(config: BenchConfig): Promise<{ ms: number; status: string }> {
  const start = performance.now()
  try {
    const res = await fetch(config.url, {
      method: config.method,
      body: config.body,
      headers: config.body ? { 'content-type': 'application/json' } : undefined,
      signal: AbortSignal.timeout(config.timeoutMs),
    })
    await res.arrayBuffer()
    return { ms: performance.now() - start, status: String(res.status) }
  } catch (err) {
    const name = err instanceof Error ? err.name : 'Error'
    return { ms: performance.now() - start, status: name === 'TimeoutError' ? 'timeout' : 'error' }
  }
}

/** Runs the benchmark with `concurrency` workers sharing one request counter. */
async function runBench(config: BenchConfig): Promise<BenchResult> {
  const latencies: number[] = []
  const statuses = new Map<string, number>()
  const start = performance.now()
  const deadline = config.durationMs === undefined ? Infinity : start + config.durationMs
  let issued = 0

  const hasWork = () => (config.durationMs !== undefined ? performance.now() < deadline : issued < config.totalRequests)

  const worker = async () => {
    while (hasWork()) {
      issued++
      const { ms, status } = await sendOne(config)
      latencies.push(ms)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
  }

  await Promise.all(Array.from({ length: config.concurrency }, worker))
  return { latencies, statuses, elapsedMs: performance.now() - start }
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)]
}

function report({ latencies, statuses, elapsedMs }: BenchResult): void {
  const sorted = [...latencies].sort((a, b) => a - b)
  const seconds = elapsedMs / 1000

  console.log(`requests:   ${sorted.length} in ${seconds.toFixed(2)}s`)
  console.log(`throughput: ${(sorted.length / seconds).toFixed(1)} req/s`)
  console.log(`statuses:   ${[...statuses].map(([s, n]) => `${s}=${n}`).join(' ')}`)
  if (sorted.length === 0) return
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length
  console.log(`latency:    min ${sorted[0].toFixed(1)}ms  mean ${mean.toFixed(1)}ms  max ${sorted[sorted.length - 1].toFixed(1)}ms`)
  console.log('            ' + PERCENTILES.map((p) => `p${p} ${percentile(sorted, p).toFixed(1)}ms`).join('  '))
}

async function main(): Promise<void> {
  let config: BenchConfig
  try {
    config = readConfig(process.argv.slice(2))
  } catch (err) {
    console.error(`http-bench: ${(err as Error).message}`)
    process.exit(2)
  }
  report(await runBench(config))
}

void main()
