/**
 * Timing utilities: debounce, throttle and a promise-based sleep.
 * @module timing
 */

/**
 * Creates a debounced version of `fn` that delays invoking it until `wait`
 * milliseconds have elapsed since the last call.
 *
 * @template {(...args: any[]) => any} F
 * @param {F} fn - The function to debounce.
 * @param {number} wait - Delay in milliseconds.
 * @param {{ leading?: boolean, maxWait?: number }} [options]
 * @returns {F & { cancel: () => void, flush: () => void }}
 */
export function debounce(fn, wait, options = {}) {
  const { leading = false, maxWait } = options;
  let timer = null;
  let maxTimer = null;
  let lastArgs = null;
  let lastThis = null;

  function invoke() {
    clearTimeout(timer);
    clearTimeout(maxTimer);
    timer = maxTimer = null;
    if (lastArgs) {
      const args = lastArgs;
      const ctx = lastThis;
      lastArgs = lastThis = null;
      fn.apply(ctx, args);
    }
  }

  function debounced(...args) {
    const isFirst = timer === null;
    lastArgs = args;
    lastThis = this;

    if (isFirst && leading) {
      // Fire immediately, then swallow calls until the wait period passes.
      fn.apply(this, args);
      lastArgs = lastThis = null;
    }

    clearTimeout(timer);
    timer = setTimeout(invoke, wait);

    if (maxWait !== undefined && maxTimer === null) {
      maxTimer = setTimeout(invoke, maxWait);
    }
  }

  debounced.cancel = () => {
    clearTimeout(timer);
    clearTimeout(maxTimer);
    timer = maxTimer = lastArgs = lastThis = null;
  };

  debounced.flush = () => {
    if (timer !== null) invoke();
  };

  return debounced;
}

/**
 * Creates a throttled function that invokes `fn` at most once per `interval`
 * milliseconds. The final call in a burst is always delivered.
 *
 * @param {Function} fn
 * @param {number} interval
 * @returns {Function & { cancel: () => void }}
 */
export function throttle(fn, interval) {
  let last = 0;
  let trailing = null;

  function throttled(...args) {
    const now = Date.now();
    const remaining = interval - (now - last);

    if (remaining <= 0) {
      clearTimeout(trailing);
      trailing = null;
      last = now;
      fn.apply(this, args);
    } else if (trailing === null) {
      trailing = setTimeout(() => {
        last = Date.now();
        trailing = null;
        fn.apply(this, args);
      }, remaining);
    }
  }

  throttled.cancel = () => {
    clearTimeout(trailing);
    trailing = null;
  };

  return throttled;
}

/**
 * Resolves after `ms` milliseconds. Rejects early if `signal` is aborted.
 *
 * @param {number} ms
 * @param {AbortSignal} [signal]
 * @returns {Promise<void>}
 */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
