export interface RequestOptions extends Omit<RequestInit, 'body'> {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  timeoutMs?: number;
  retries?: number;
}

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly url: string,
    public readonly body: unknown,
  ) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
  }
}

type Interceptor = (init: RequestInit & { url: string }) => void | Promise<void>;

const RETRYABLE = new Set([408, 429, 502, 503, 504]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class HttpClient {
  private interceptors: Interceptor[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly defaults: RequestOptions = {},
  ) {}

  use(interceptor: Interceptor): this {
    this.interceptors.push(interceptor);
    return this;
  }

  get<T>(path: string, opts?: RequestOptions) {
    return this.request<T>('GET', path, opts);
  }

  post<T>(path: string, body?: unknown, opts?: RequestOptions) {
    return this.request<T>('POST', path, { ...opts, body });
  }

  put<T>(path: string, body?: unknown, opts?: RequestOptions) {
    return this.request<T>('PUT', path, { ...opts, body });
  }

  delete<T = void>(path: string, opts?: RequestOptions) {
    return this.request<T>('DELETE', path, opts);
  }

  private buildUrl(path: string, query?: RequestOptions['query']): string {
    const url = new URL(path.replace(/^\//, ''), this.baseUrl.endsWith('/') ? this.baseUrl : this.baseUrl + '/');
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined) url.searchParams.set(k, String(v));
    }
    return url.toString();
  }

  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const { query, body, timeoutMs = 10_000, retries = 2, headers, ...rest } = { ...this.defaults, ...opts };
    const url = this.buildUrl(path, query);
    const init: RequestInit & { url: string } = {
      ...rest,
      url,
      method,
      headers: { Accept: 'application/json', ...(headers as Record<string, string>) },
    };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    for (const fn of this.interceptors) await fn(init);

    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const res = await fetch(url, { ...init, signal: controller.signal });
        if (!res.ok) {
          if (attempt < retries && RETRYABLE.has(res.status)) {
            const retryAfter = Number(res.headers.get('Retry-After')) * 1000;
            await sleep(retryAfter || 2 ** attempt * 300);
            continue;
          }
          const text = await res.text();
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* keep raw text */
          }
          throw new HttpError(res.status, url, parsed);
        }
        if (res.status === 204) return undefined as T;
        return (await res.json()) as T;
      } catch (e) {
        const transient = e instanceof TypeError || (e as Error).name === 'AbortError';
        if (transient && attempt < retries) {
          await sleep(2 ** attempt * 300);
          continue;
        }
        throw e;
      } finally {
        clearTimeout(timer);
      }
    }
  }
}
