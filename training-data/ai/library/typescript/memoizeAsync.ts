type AnyAsyncFn = (...args: any[]) => Promise<unknown>;

interface Entry<V> {
  value?: V;
  promise?: Promise<V>;
  expiresAt: number;
}

export interface MemoizeOptions<A extends unknown[]> {
  ttlMs?: number;
  maxSize?: number;
  key?: (...args: A) => string;
  cacheErrors?: boolean;
}

export type Memoized<F extends AnyAsyncFn> = F & {
  clear(): void;
  delete(...args: Parameters<F>): boolean;
  readonly size: number;
};

export function memoizeAsync<F extends AnyAsyncFn>(
  fn: F,
  opts: MemoizeOptions<Parameters<F>> = {}
): Memoized<F> {
  const { ttlMs = Infinity, maxSize = 1000, key = (...a) => JSON.stringify(a), cacheErrors = false } = opts;
  type R = Awaited<ReturnType<F>>;
  const cache = new Map<string, Entry<R>>();

  const evict = () => {
    while (cache.size > maxSize) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  const memo = function (this: unknown, ...args: Parameters<F>): Promise<R> {
    const k = key(...args);
    const now = Date.now();
    const hit = cache.get(k);

    if (hit && hit.expiresAt > now) {
      cache.delete(k);
      cache.set(k, hit);
      return hit.promise ?? Promise.resolve(hit.value as R);
    }

    const p = (fn.apply(this, args) as Promise<R>).then(
      (v) => {
        const e = cache.get(k);
        if (e && e.promise === p) {
          e.value = v;
          e.promise = undefined;
          e.expiresAt = Date.now() + ttlMs;
        }
        return v;
      },
      (err) => {
        const e = cache.get(k);
        if (e && e.promise === p) {
          if (cacheErrors) e.expiresAt = Date.now() + ttlMs;
          else cache.delete(k);
        }
        throw err;
      }
    );

    cache.set(k, { promise: p, expiresAt: Infinity });
    evict();
    return p;
  } as Memoized<F>;

  memo.clear = () => cache.clear();
  memo.delete = (...args: Parameters<F>) => cache.delete(key(...args));
  Object.defineProperty(memo, "size", { get: () => cache.size });

  return memo;
}
