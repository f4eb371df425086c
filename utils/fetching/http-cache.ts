/** A stored answer: the body text with what is needed to reuse or revalidate it. */
export interface CacheEntry {
  /** Canonical URL (see canonical-url.ts). */
  key: string;
  /** The URL the body came from after redirects. */
  finalUrl: string;
  /** 200, or 404/410 for a remembered "not found". */
  status: number;
  contentType: string;
  text: string;
  etag: string | null;
  lastModified: string | null;
  storedAt: number;
  /** Until then the entry is used without asking the server at all. */
  freshUntil: number;
}

/** Where cache entries live: IndexedDB in the extension, memory in Node and tests. */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  put(entry: CacheEntry): Promise<void>;
}

/** Freshness bounds: a related list is a snapshot, so a few minutes of staleness is fine. */
export interface FreshnessPolicy {
  /** Fresh for at least this long, whatever the headers say (unless `no-store`). */
  minTtlMs: number;
  /** And never longer than this, even with a long max-age. */
  maxTtlMs: number;
  /** How long a 404/410 is remembered. */
  negativeTtlMs: number;
}

export const DEFAULT_FRESHNESS: FreshnessPolicy = {
  minTtlMs: 15 * 60_000,
  maxTtlMs: 24 * 60 * 60_000,
  negativeTtlMs: 15 * 60_000,
};

/** The directives of a Cache-Control header that matter here. */
export function parseCacheControl(value: string | null): { maxAge: number | null; noStore: boolean } {
  const directives = (value ?? '').toLowerCase().split(',').map((d) => d.trim());
  const maxAge = directives.map((d) => /^(?:s-)?max-age=(\d+)$/.exec(d)).find(Boolean);
  return { maxAge: maxAge ? Number(maxAge[1]) * 1000 : null, noStore: directives.includes('no-store') };
}

/**
 * Until when a fresh answer may be reused without a request: the server's max-age (or the
 * Expires date), clamped to the policy's bounds. Null when the answer must not be stored.
 */
export function freshUntil(headers: Headers, now: number, policy: FreshnessPolicy, status = 200): number | null {
  const cc = parseCacheControl(headers.get('cache-control'));
  if (cc.noStore) return null;
  if (status === 404 || status === 410) return now + policy.negativeTtlMs;
  let ttl = cc.maxAge;
  if (ttl === null) {
    const expires = Date.parse(headers.get('expires') ?? '');
    if (!Number.isNaN(expires)) ttl = expires - now;
  }
  return now + Math.min(policy.maxTtlMs, Math.max(policy.minTtlMs, ttl ?? 0));
}

/** Request headers that ask the server to answer 304 if the stored copy is still good. */
export function conditionalHeaders(entry: CacheEntry | undefined): Record<string, string> {
  if (!entry || entry.status !== 200) return {};
  const headers: Record<string, string> = {};
  if (entry.etag) headers['if-none-match'] = entry.etag;
  if (entry.lastModified) headers['if-modified-since'] = entry.lastModified;
  return headers;
}

/** A cache in memory (Node, tests, benchmarks). */
export class MemoryCacheStore implements CacheStore {
  private readonly entries = new Map<string, CacheEntry>();
  async get(key: string): Promise<CacheEntry | undefined> {
    return this.entries.get(key);
  }
  async put(entry: CacheEntry): Promise<void> {
    this.entries.set(entry.key, entry);
  }
  get size(): number {
    return this.entries.size;
  }
}
