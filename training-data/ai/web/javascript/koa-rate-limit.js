'use strict';

/**
 * Token-bucket rate limiting middleware for Koa.
 *
 * Each client (by default: its IP address) gets a bucket holding up to
 * `capacity` tokens that refills at `refillPerSecond`. Every request costs one
 * token; when the bucket is empty the request is rejected with 429.
 *
 * The store is in-memory, so this is suitable for a single process only.
 */

const DEFAULT_CAPACITY = 60;
const DEFAULT_REFILL_PER_SECOND = 1;
const SWEEP_INTERVAL_MS = 60_000;

/**
 * @typedef {object} RateLimitOptions
 * @property {number} [capacity] - maximum burst size.
 * @property {number} [refillPerSecond] - tokens added per second.
 * @property {(ctx: import('koa').Context) => string} [keyFn] - derives the client key.
 * @property {(ctx: import('koa').Context) => boolean} [skip] - return true to bypass limiting.
 * @property {() => number} [now] - clock in milliseconds, injectable for tests.
 */

/**
 * Validates options and applies defaults.
 *
 * @param {RateLimitOptions} options
 */
function resolveOptions(options) {
  const capacity = options.capacity ?? DEFAULT_CAPACITY;
  const refillPerSecond = options.refillPerSecond ?? DEFAULT_REFILL_PER_SECOND;

  if (!Number.isFinite(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a number >= 1, got ${capacity}`);
  }
  if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
    throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
  }

  return {
    capacity,
    refillPerSecond,
    keyFn: options.keyFn ?? ((ctx) => ctx.ip),
    skip: options.skip ?? (() => false),
    now: options.now ?? Date.now,
  };
}

/**
 * Refills a bucket based on elapsed time and tries to take one token.
 *
 * @param {{ tokens: number, updatedAt: number }} bucket
 * @param {number} now
 * @param {{ capacity: number, refillPerSecond: number }} opts
 * @returns {boolean} whether a token was taken.
 */
function takeToken(bucket, now, opts) {
  const elapsedSeconds = (now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(opts.capacity, bucket.tokens + elapsedSeconds * opts.refillPerSecond);
  bucket.updatedAt = now;

  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/**
 * Creates the middleware.
 *
 * @param {RateLimitOptions} [options]
 * @returns {import('koa').Middleware & { stop: () => void }}
 */
function rateLimit(options = {}) {
  const opts = resolveOptions(options);
  /** @type {Map<string, { tokens: number, updatedAt: number }>} */
  const buckets = new Map();

  // Drop buckets that have been full for a while so memory does not grow forever.
  const fullAfterMs = (opts.capacity / opts.refillPerSecond) * 1000;
  const sweeper = setInterval(() => {
    const now = opts.now();
    for (const [key, bucket] of buckets) {
      if (now - bucket.updatedAt > fullAfterMs) buckets.delete(key);
    }
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();

  async function middleware(ctx, next) {
    if (opts.skip(ctx)) return next();

    const key = opts.keyFn(ctx);
    if (typeof key !== 'string' || key.length === 0) {
      throw new TypeError('keyFn must return a non-empty string');
    }

    const now = opts.now();
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { tokens: opts.capacity, updatedAt: now };
      buckets.set(key, bucket);
    }

    const allowed = takeToken(bucket, now, opts);
    ctx.set('RateLimit-Limit', String(opts.capacity));
    ctx.set('RateLimit-Remaining', String(Math.floor(bucket.tokens)));

    if (!allowed) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / opts.refillPerSecond);
      ctx.set('Retry-After', String(retryAfter));
      ctx.status = 429;
      ctx.body = { error: 'Too Many Requests', retryAfterSeconds: retryAfter };
      return;
    }

    await next();
  }

  middleware.stop = () => clearInterval(sweeper);
  return middleware;
}

module.exports = { rateLimit };
