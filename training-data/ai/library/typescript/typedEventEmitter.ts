/**
 * A strongly typed event emitter.
 *
 * Event names and payload types come from a single map type, so listeners and
 * `emit` calls are checked at compile time:
 *
 * ```ts
 * type Events = { login: { userId: string }; logout: void };
 * const bus = new TypedEventEmitter<Events>();
 * bus.on('login', ({ userId }) => console.log(userId));
 * ```
 */

export type EventMap = Record<string, unknown>;

export type Listener<T> = (payload: T) => void;

/** Returned by `on`/`once`; calling it removes the listener. */
export type Unsubscribe = () => void;

const DEFAULT_MAX_LISTENERS = 25;

interface ListenerEntry<T> {
  fn: Listener<T>;
  once: boolean;
}

export class TypedEventEmitter<Events extends EventMap> {
  private readonly listeners = new Map<keyof Events, ListenerEntry<any>[]>();
  private readonly maxListeners: number;

  /**
   * @param options.maxListeners - warn when an event has more listeners than this,
   *   which usually indicates a leak. Use `Infinity` to disable.
   * @param options.onError - called when a listener throws; defaults to rethrowing
   *   asynchronously so one broken listener cannot stop the others.
   */
  constructor(
    private readonly options: {
      maxListeners?: number;
      onError?: (error: unknown, event: keyof Events) => void;
    } = {},
  ) {
    const max = options.maxListeners ?? DEFAULT_MAX_LISTENERS;
    if (!(max > 0)) {
      throw new RangeError(`maxListeners must be positive, got ${max}`);
    }
    this.maxListeners = max;
  }

  /** Registers a listener for `event`. */
  on<K extends keyof Events>(event: K, fn: Listener<Events[K]>): Unsubscribe {
    return this.add(event, fn, false);
  }

  /** Registers a listener that is removed after its first call. */
  once<K extends keyof Events>(event: K, fn: Listener<Events[K]>): Unsubscribe {
    return this.add(event, fn, true);
  }

  /** Removes a listener. Returns false if it was not registered. */
  off<K extends keyof Events>(event: K, fn: Listener<Events[K]>): boolean {
    const entries = this.listeners.get(event);
    const index = entries ? entries.findIndex((entry) => entry.fn === fn) : -1;
    if (!entries || index === -1) return false;

    entries.splice(index, 1);
    if (entries.length === 0) this.listeners.delete(event);
    return true;
  }

  /**
   * Calls every listener for `event` synchronously, in registration order.
   * Returns the number of listeners that were called.
   */
  emit<K extends keyof Events>(
    event: K,
    ...args: Events[K] extends void ? [] : [payload: Events[K]]
  ): number {
    const entries = this.listeners.get(event);
    if (!entries || entries.length === 0) return 0;

    // Copy first so listeners added or removed during emit do not affect this round.
    const snapshot = [...entries];
    for (const entry of snapshot) {
      if (entry.once) this.off(event, entry.fn);
      try {
        entry.fn(args[0] as Events[K]);
      } catch (error) {
        this.handleError(error, event);
      }
    }
    return snapshot.length;
  }

  /** Resolves with the payload of the next `event`, or rejects on abort. */
  waitFor<K extends keyof Events>(event: K, signal?: AbortSignal): Promise<Events[K]> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const unsubscribe = this.once(event, (payload) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(payload);
      });
      const onAbort = () => {
        unsubscribe();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Number of listeners currently registered for `event`. */
  listenerCount(event: keyof Events): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  /** Removes all listeners, or only those for one event. */
  clear(event?: keyof Events): void {
    event === undefined ? this.listeners.clear() : this.listeners.delete(event);
  }

  private add<K extends keyof Events>(event: K, fn: Listener<Events[K]>, once: boolean): Unsubscribe {
    if (typeof fn !== 'function') {
      throw new TypeError(`Listener for "${String(event)}" must be a function`);
    }
    const entries = this.listeners.get(event) ?? [];
    entries.push({ fn, once });
    this.listeners.set(event, entries);

    if (entries.length === this.maxListeners + 1) {
      console.warn(
        `TypedEventEmitter: ${entries.length} listeners for "${String(event)}" (max ${this.maxListeners}). Possible leak?`,
      );
    }
    return () => void this.off(event, fn);
  }

  private handleError(error: unknown, event: keyof Events): void {
    if (this.options.onError) {
      this.options.onError(error, event);
      return;
    }
    queueMicrotask(() => {
      throw error;
    });
  }
}
