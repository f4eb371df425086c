import { canonicalUrl, hostOf } from './canonical-url';
import { ACCEPT, acceptsContentType, type FetchKind } from './content-kind';
import { FetchError } from './fetch-error';
import {
  conditionalHeaders,
  DEFAULT_FRESHNESS,
  freshUntil,
  MemoryCacheStore,
  type CacheEntry,
  type CacheStore,
  type FreshnessPolicy,
} from './http-cache';
import { HostLimiter } from './host-limiter';
import { readCappedText } from './read-body';
import { backoffDelay, parseRetryAfter, RETRYABLE_STATUS } from './retry-policy';

/** How the fetcher behaves; every default is the extension's. */
export interface FetcherOptions {
  /** The fetch to use (the browser's, Node's, or a fake in tests). */
  fetch: typeof fetch;
  cache: CacheStore;
  /** Requests in flight to one host at once. */
  perHost: number;
  /** Requests in flight overall. */
  maxInFlight: number;
  /** Per attempt, headers and body together. */
  timeoutMs: number;
  /** Further attempts after a 429/502/503/504 or a network error (not after a timeout). */
  maxRetries: number;
  /** A Retry-After longer than this gives up instead of waiting. */
  maxRetryAfterMs: number;
  maxBytes: number;
  maxRedirects: number;
  /**
   * `manual`: follow redirects here, counting hops (Node). `follow`: let the browser follow them
   * (its own cap is 20), because extension pages and workers only see an opaque answer in manual
   * mode; the final URL is still checked.
   */
  redirects: 'manual' | 'follow';
  /** Whether cookies go with requests (`include` in the extension, like a normal visit). */
  credentials: RequestCredentials;
  freshness: FreshnessPolicy;
  /** Extra headers on every request (e.g. an Api-User-Agent). */
  headers: Record<string, string>;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told about each request the fetcher sends (benchmarks and tests count them). */
  onRequest?: (e: { url: string; host: string; attempt: number }) => void;
}

/** Options for one call. */
export interface GetOptions {
  kind: FetchKind;
  signal?: AbortSignal;
  /** Headers for this request only. */
  headers?: Record<string, string>;
  /** A smaller size cap for this request (e.g. feeds), never above the fetcher's. */
  maxBytes?: number;
}

/** A usable answer. */
export interface FetchedText {
  /** Canonical form of the requested URL. */
  url: string;
  /** Where the body came from after redirects. */
  finalUrl: string;
  contentType: string;
  text: string;
  /** `cache`: no request at all; `revalidated`: a 304 confirmed the stored copy. */
  source: 'network' | 'cache' | 'revalidated';
}

interface Shared {
  promise: Promise<FetchedText>;
  controller: AbortController;
  subscribers: number;
}

const DEFAULTS: Omit<FetcherOptions, 'fetch' | 'cache'> = {
  perHost: 2,
  // Four hosts at their per-host limit: a related set spans the site, its sister sites and Wikipedia.
  maxInFlight: 8,
  timeoutMs: 15_000,
  maxRetries: 2,
  maxRetryAfterMs: 60_000,
  maxBytes: 3 * 1024 * 1024,
  maxRedirects: 5,
  redirects: 'manual',
  credentials: 'omit',
  freshness: DEFAULT_FRESHNESS,
  headers: {},
  now: () => Date.now(),
  random: Math.random,
  sleep: abortableSleep,
};

/**
 * The polite fetcher behind related pieces and saved links. It keeps at most `perHost` requests
 * per host and `maxInFlight` overall in flight, times out, retries rate limits and flaky gateways
 * with backoff (honouring Retry-After, and pausing the whole host meanwhile), reads only HTML,
 * XML and JSON up to a size cap, follows a bounded number of redirects, asks once for a URL
 * however many callers want it, and keeps an HTTP-aware cache: within the TTL no request is made,
 * after it the stored copy is revalidated with If-None-Match / If-Modified-Since.
 */
export class PoliteFetcher {
  readonly options: FetcherOptions;
  readonly limiter: HostLimiter;
  private readonly inflight = new Map<string, Shared>();
  /** Requests actually sent (each attempt and redirect hop counts). */
  requestCount = 0;

  constructor(options: Partial<FetcherOptions> & Pick<FetcherOptions, 'fetch'>) {
    this.options = { ...DEFAULTS, cache: new MemoryCacheStore(), ...options };
    this.limiter = new HostLimiter(this.options.perHost, this.options.maxInFlight, this.options.now);
  }

  /**
   * Gets a URL's text. Throws a FetchError for anything unusable (HTTP errors, timeouts, wrong
   * content type, too large), or the signal's reason when the caller aborts.
   */
  async get(rawUrl: string, opts: GetOptions): Promise<FetchedText> {
    const url = canonicalUrl(rawUrl);
    if (!url) throw new FetchError('bad-url', `Not an http(s) URL: ${rawUrl}`);
    opts.signal?.throwIfAborted();
    const key = `${opts.kind} ${url}`;
    let shared = this.inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const promise = this.load(url, opts, controller.signal).finally(() => {
        if (this.inflight.get(key) === entry) this.inflight.delete(key);
      });
      const entry: Shared = { promise, controller, subscribers: 0 };
      this.inflight.set(key, entry);
      shared = entry;
    }
    return this.subscribe(shared, opts.signal);
  }

  /** Joins a shared request; the request itself is aborted only when every caller has left. */
  private subscribe(shared: Shared, signal?: AbortSignal): Promise<FetchedText> {
    shared.subscribers += 1;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        shared.subscribers -= 1;
        if (shared.subscribers <= 0) shared.controller.abort(signal.reason);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  private async load(url: string, opts: GetOptions, signal: AbortSignal): Promise<FetchedText> {
    const { cache, now } = this.options;
    const cached = await cache.get(url).catch(() => undefined);
    if (cached && cached.freshUntil > now()) return fromCache(url, cached, opts.kind);

    let current = url;
    const seen = new Set<string>([url]);
    for (let hop = 0; ; hop++) {
      const step = await this.request(current, opts, hop === 0 ? conditionalHeaders(cached) : {}, signal, async (res): Promise<Step> => {
        const location = res.headers.get('location');
        if ((res.status === 304 && cached) || (res.status >= 300 && res.status < 400 && location)) {
          await res.body?.cancel().catch(() => undefined);
          return res.status === 304 ? { kind: 'not-modified', headers: res.headers } : { kind: 'redirect', location: location ?? '' };
        }
        if (res.type === 'opaqueredirect') throw new FetchError('too-many-redirects', `Unfollowable redirect from ${url}`);
        const finalUrl = (res.redirected && canonicalUrl(res.url)) || current;
        return { kind: 'done', value: await this.accept(url, finalUrl, res, opts) };
      });
      if (step.kind === 'done') return step.value;
      if (step.kind === 'not-modified' && cached) {
        const refreshed = { ...cached, freshUntil: freshUntil(step.headers, now(), this.options.freshness) ?? now() };
        await cache.put(refreshed).catch(() => undefined);
        return { ...fromCache(url, refreshed, opts.kind), source: 'revalidated' };
      }
      const next = step.kind === 'redirect' ? canonicalUrl(step.location, current) : null;
      if (!next) throw new FetchError('bad-url', `Redirect to a non-http(s) URL from ${current}`);
      if (hop + 1 > this.options.maxRedirects || seen.has(next)) {
        throw new FetchError('too-many-redirects', `Too many redirects from ${url}`);
      }
      seen.add(next);
      current = next;
    }
  }

  /** Turns a final response into text (or an error), storing what may be stored. */
  private async accept(url: string, finalUrl: string, res: Response, opts: GetOptions): Promise<FetchedText> {
    const { cache, now, freshness } = this.options;
    const { kind } = opts;
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel().catch(() => undefined);
      const until = freshUntil(res.headers, now(), freshness, res.status);
      if (until !== null) await cache.put(negativeEntry(url, finalUrl, res.status, now(), until)).catch(() => undefined);
      throw new FetchError('http', `HTTP ${res.status}`, res.status);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError('http', `HTTP ${res.status}`, res.status);
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (!acceptsContentType(kind, contentType)) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError('content-type', `Not ${kind} (${contentType || 'no content type'})`);
    }
    const text = await readCappedText(res, Math.min(this.options.maxBytes, opts.maxBytes ?? Infinity));
    const until = freshUntil(res.headers, now(), freshness);
    if (until !== null) {
      const entry: CacheEntry = {
        key: url,
        finalUrl,
        status: 200,
        contentType,
        text,
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        storedAt: now(),
        freshUntil: until,
      };
      await cache.put(entry).catch(() => undefined);
      // The redirect target is the same page: later links straight to it hit the cache too.
      if (finalUrl !== url) await cache.put({ ...entry, key: finalUrl }).catch(() => undefined);
    }
    return { url, finalUrl, contentType, text, source: 'network' };
  }

  /**
   * One request with its retries. It waits for a slot, sends with a timeout and lets `consume`
   * read the answer while the slot and the timeout still hold (so "in flight" covers the whole
   * download). On a retryable answer it gives the slot back, pauses the host for Retry-After (or
   * the backoff) and tries again.
   */
  private async request<T>(
    url: string,
    opts: GetOptions,
    conditional: Record<string, string>,
    signal: AbortSignal,
    consume: (res: Response) => Promise<T>,
  ): Promise<T> {
    const o = this.options;
    const host = hostOf(url);
    for (let attempt = 0; ; attempt++) {
      const release = await this.limiter.acquire(host, signal);
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new FetchError('timeout', `Timed out after ${o.timeoutMs} ms: ${url}`)), o.timeoutMs);
      const onAbort = () => timeout.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      let retryIn: number | null = null;
      try {
        let res: Response;
        try {
          this.requestCount += 1;
          o.onRequest?.({ url, host, attempt });
          res = await o.fetch(url, {
            method: 'GET',
            redirect: o.redirects,
            credentials: o.credentials,
            signal: timeout.signal,
            headers: { accept: ACCEPT[opts.kind], ...o.headers, ...opts.headers, ...conditional },
          });
        } catch (err) {
          if (timeout.signal.aborted) throw timeout.signal.reason;
          if (attempt >= o.maxRetries) throw new FetchError('network', `Network error: ${url} (${String(err)})`);
          retryIn = backoffDelay(attempt + 1, o.random);
        }
        if (retryIn === null) {
          const answer = res!;
          if (!RETRYABLE_STATUS.has(answer.status) || attempt >= o.maxRetries) {
            try {
              return await consume(answer);
            } catch (err) {
              throw timeout.signal.aborted ? timeout.signal.reason : err;
            }
          }
          await answer.body?.cancel().catch(() => undefined);
          const retryAfter = parseRetryAfter(answer.headers.get('retry-after'), o.now());
          if (retryAfter !== null && retryAfter > o.maxRetryAfterMs) {
            throw new FetchError('rate-limited', `Asked to wait ${Math.round(retryAfter / 1000)} s: ${url}`, answer.status);
          }
          retryIn = retryAfter ?? backoffDelay(attempt + 1, o.random);
          // The whole host waits, not just this request: that is what Retry-After asks for.
          this.limiter.pause(host, o.now() + retryIn);
        }
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        release();
      }
      await o.sleep(retryIn, signal);
    }
  }
}

type Step = { kind: 'done'; value: FetchedText } | { kind: 'not-modified'; headers: Headers } | { kind: 'redirect'; location: string };

function fromCache(url: string, entry: CacheEntry, kind: FetchKind): FetchedText {
  if (entry.status !== 200) throw new FetchError('http', `HTTP ${entry.status} (remembered)`, entry.status);
  if (!acceptsContentType(kind, entry.contentType)) throw new FetchError('content-type', `Not ${kind} (${entry.contentType})`);
  return { url, finalUrl: entry.finalUrl, contentType: entry.contentType, text: entry.text, source: 'cache' };
}

function negativeEntry(url: string, finalUrl: string, status: number, now: number, until: number): CacheEntry {
  return { key: url, finalUrl, status, contentType: '', text: '', etag: null, lastModified: null, storedAt: now, freshUntil: until };
}

/** setTimeout as a promise that rejects with the signal's reason when aborted. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
