'use strict';

/**
 * Retry an async operation with exponential backoff and optional jitter.
 * @module retry-with-backoff
 */

const DEFAULT_RETRIES = 3;
const DEFAULT_BASE_DELAY_MS = 200;
const DEFAULT_MAX_DELAY_MS = 10_000;
const DEFAULT_FACTOR = 2;

/**
 * Thrown when every attempt has failed. The last underlying error is kept as `cause`
 * and every error is available on `errors`.
 */
class RetryError extends Error {
  /**
   * @param {string} message
   * @param {Error[]} errors
   */
  constructor(message, errors) {
    super(message, { cause: errors[errors.length - 1] });
    this.name = 'RetryError';
    this.errors = errors;
  }
}

/**
 * Validates the options object and fills in defaults.
 *
 * @param {object} options
 * @returns {Required<object>}
 */
function normalizeOptions(options) {
  const {
    retries = DEFAULT_RETRIES,
    baseDelayMs = DEFAULT_BASE_DELAY_MS,
    maxDelayMs = DEFAULT_MAX_DELAY_MS,
    factor = DEFAULT_FACTOR,
    jitter = true,
    shouldRetry = () => true,
    onRetry = () => {},
    signal,
  } = options;

  if (!Number.isInteger(retries) || retries < 0) {
    throw new TypeError(`retries must be a non-negative integer, got ${retries}`);
  }
  if (typeof baseDelayMs !== 'number' || baseDelayMs < 0) {
    throw new TypeError(`baseDelayMs must be a non-negative number, got ${baseDelayMs}`);
  }
  if (typeof maxDelayMs !== 'number' || maxDelayMs < baseDelayMs) {
    throw new TypeError('maxDelayMs must be a number greater than or equal to baseDelayMs');
  }
  if (typeof factor !== 'number' || factor < 1) {
    throw new TypeError(`factor must be a number >= 1, got ${factor}`);
  }
  if (typeof shouldRetry !== 'function' || typeof onRetry !== 'function') {
    throw new TypeError('shouldRetry and onRetry must be functions');
  }

  return { retries, baseDelayMs, maxDelayMs, factor, jitter, shouldRetry, onRetry, signal };
}

/**
 * Computes the delay before the given retry attempt (1-based).
 * With jitter enabled this uses "full jitter": a random value in [0, cap].
 *
 * @param {number} attempt
 * @param {{ baseDelayMs: number, maxDelayMs: number, factor: number, jitter: boolean }} opts
 * @returns {number}
 */
function computeDelay(attempt, opts) {
  const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * opts.factor ** (attempt - 1));
  return opts.jitter ? Math.round(Math.random() * cap) : cap;
}

/**
 * Resolves after `ms` milliseconds, or rejects early if the signal aborts.
 *
 * @param {number} ms
 * @param {AbortSignal} [signal]
 * @returns {Promise<void>}
 */
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Calls `operation` until it resolves or the retry budget is exhausted.
 *
 * @template T
 * @param {(attempt: number) => Promise<T>} operation - receives the 1-based attempt number.
 * @param {object} [options]
 * @param {number} [options.retries=3] - retries after the first attempt.
 * @param {number} [options.baseDelayMs=200]
 * @param {number} [options.maxDelayMs=10000]
 * @param {number} [options.factor=2]
 * @param {boolean} [options.jitter=true]
 * @param {(err: Error, attempt: number) => boolean} [options.shouldRetry]
 * @param {(err: Error, attempt: number, delayMs: number) => void} [options.onRetry]
 * @param {AbortSignal} [options.signal]
 * @returns {Promise<T>}
 */
async function retry(operation, options = {}) {
  if (typeof operation !== 'function') {
    throw new TypeError('operation must be a function returning a promise');
  }
  const opts = normalizeOptions(options);
  const errors = [];

  for (let attempt = 1; attempt <= opts.retries + 1; attempt++) {
    try {
      return await operation(attempt);
    } catch (err) {
      errors.push(err);
      const isLast = attempt > opts.retries;
      if (isLast || !opts.shouldRetry(err, attempt)) break;

      const delayMs = computeDelay(attempt, opts);
      opts.onRetry(err, attempt, delayMs);
      await sleep(delayMs, opts.signal);
    }
  }

  throw new RetryError(`Operation failed after ${errors.length} attempt(s)`, errors);
}

module.exports = { retry, RetryError, computeDelay };
