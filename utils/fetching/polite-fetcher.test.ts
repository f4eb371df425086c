import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';
import { FetchError } from './fetch-error';
import { IdbCacheStore } from './idb-cache-store';
import { MemoryCacheStore } from './http-cache';
import { PoliteFetcher, type FetcherOptions } from './polite-fetcher';
import { backoffDelay, parseRetryAfter } from './retry-policy';

type Handler = (url: string, init: RequestInit, n: number) => Response | Promise<Response>;

/** A fake network: records each request and the concurrency it saw, per host and overall. */
function fakeNet(handler: Handler) {
  const log: { url: string; headers: Record<string, string> }[] = [];
  const active = new Map<string, number>();
  let total = 0;
  const seen = { perHost: 0, total: 0 };
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    const host = new URL(url).host;
    log.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    active.set(host, (active.get(host) ?? 0) + 1);
    total += 1;
    seen.perHost = Math.max(seen.perHost, active.get(host)!);
    seen.total = Math.max(seen.total, total);
    try {
      const res = await Promise.race([
        handler(url, init, log.filter((l) => l.url === url).length),
        new Promise<never>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      ]);
      return res;
    } finally {
      active.set(host, active.get(host)! - 1);
      total -= 1;
    }
  }) as typeof fetch;
  return { fetchImpl, log, seen };
}

const html = (body = '<html><body>ok</body></html>', headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fetcher on a virtual clock: sleeping moves the clock on instead of waiting. */
function fetcher(fetchImpl: typeof fetch, extra: Partial<FetcherOptions> & { start?: number } = {}) {
  const sleeps: number[] = [];
  const start = extra.start ?? Date.now();
  let offset = 0;
  const f = new PoliteFetcher({
    fetch: fetchImpl,
    cache: new MemoryCacheStore(),
    random: () => 0,
    now: () => start + offset,
    sleep: async (ms) => {
      sleeps.push(ms);
      offset += ms;
    },
    ...extra,
  });
  return { f, sleeps };
}

describe('PoliteFetcher limits', () => {
  it('keeps at most 2 requests per host and the global limit in flight', async () => {
    const net = fakeNet(async () => {
      await wait(15);
      return html();
    });
    const { f } = fetcher(net.fetchImpl, { perHost: 2, maxInFlight: 3 });
    const urls = [...Array(12).keys()].map((i) => `http://${i % 2 === 0 ? 'a' : 'b'}.test/p${i}`);
    await Promise.all(urls.map((u) => f.get(u, { kind: 'html' })));
    expect(net.log).toHaveLength(12);
    expect(net.seen.perHost).toBe(2);
    expect(net.seen.total).toBe(3);
    expect(f.limiter.maxPerHostSeen).toBe(2);
  });

  it('times out a slow page without holding up the others', async () => {
    const net = fakeNet(async (url) => {
      if (url.endsWith('/slow')) await wait(5_000);
      return html();
    });
    const { f } = fetcher(net.fetchImpl, { timeoutMs: 50 });
    const results = await Promise.allSettled(['/slow', '/a', '/b'].map((p) => f.get(`http://x.test${p}`, { kind: 'html' })));
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'timeout' } });
    expect(results.slice(1).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
  });

  it('refuses other content types, and HTML where a feed is expected', async () => {
    const net = fakeNet((url) =>
      url.endsWith('.png') ? new Response('x', { headers: { 'content-type': 'image/png' } }) : html(),
    );
    const { f } = fetcher(net.fetchImpl);
    await expect(f.get('http://x.test/a.png', { kind: 'html' })).rejects.toMatchObject({ code: 'content-type' });
    await expect(f.get('http://x.test/feed/', { kind: 'feed' })).rejects.toMatchObject({ code: 'content-type' });
  });

  it('stops reading past the size cap, declared or streamed', async () => {
    const big = 'x'.repeat(5000);
    const net = fakeNet((url) => {
      if (url.endsWith('/declared')) return html(big, { 'content-length': '5000' });
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode(big));
          c.close();
        },
      });
      return new Response(stream, { headers: { 'content-type': 'text/html' } });
    });
    const { f } = fetcher(net.fetchImpl, { maxBytes: 1000 });
    await expect(f.get('http://x.test/declared', { kind: 'html' })).rejects.toMatchObject({ code: 'too-large' });
    await expect(f.get('http://x.test/streamed', { kind: 'html' })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('follows a bounded number of redirects and refuses loops', async () => {
    const net = fakeNet((url) => {
      const m = /\/r(\d+)$/.exec(url);
      if (m) return new Response(null, { status: 301, headers: { location: Number(m[1]) > 1 ? `/r${Number(m[1]) - 1}` : '/final' } });
      if (url.endsWith('/loop')) return new Response(null, { status: 302, headers: { location: '/loop2' } });
      if (url.endsWith('/loop2')) return new Response(null, { status: 302, headers: { location: '/loop' } });
      return html('<p>final</p>');
    });
    const { f } = fetcher(net.fetchImpl, { maxRedirects: 3 });
    const ok = await f.get('http://x.test/r3', { kind: 'html' });
    expect(ok.finalUrl).toBe('http://x.test/final');
    await expect(f.get('http://x.test/r5', { kind: 'html' })).rejects.toMatchObject({ code: 'too-many-redirects' });
    await expect(f.get('http://x.test/loop', { kind: 'html' })).rejects.toMatchObject({ code: 'too-many-redirects' });
    // The target was stored under its own URL too.
    const before = net.log.length;
    expect((await f.get('http://x.test/final', { kind: 'html' })).source).toBe('cache');
    expect(net.log.length).toBe(before);
  });
});

describe('PoliteFetcher retries', () => {
  it('retries a 429 after the Retry-After seconds, pausing the host', async () => {
    const net = fakeNet((_url, _init, n) => (n === 1 ? new Response('', { status: 429, headers: { 'retry-after': '3' } }) : html()));
    const { f, sleeps } = fetcher(net.fetchImpl);
    const res = await f.get('http://x.test/a', { kind: 'html' });
    expect(res.text).toContain('ok');
    expect(sleeps).toEqual([3000]);
    expect(net.log).toHaveLength(2);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const now = Date.parse('2025-08-09T10:00:00Z');
    const net = fakeNet((_u, _i, n) =>
      n === 1 ? new Response('', { status: 503, headers: { 'retry-after': 'Sat, 09 Aug 2025 10:00:05 GMT' } }) : html(),
    );
    const { f, sleeps } = fetcher(net.fetchImpl, { start: now });
    await f.get('http://x.test/a', { kind: 'html' });
    expect(sleeps).toEqual([5000]);
  });

  it('backs off exponentially with jitter, then gives up after the bounded retries', async () => {
    const net = fakeNet(() => new Response('', { status: 503 }));
    const { f, sleeps } = fetcher(net.fetchImpl, { maxRetries: 2, random: () => 0.5 });
    await expect(f.get('http://x.test/a', { kind: 'html' })).rejects.toMatchObject({ code: 'http', status: 503 });
    expect(net.log).toHaveLength(3);
    expect(sleeps).toEqual([backoffDelay(1, () => 0.5), backoffDelay(2, () => 0.5)]);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0]!);
  });

  it('gives up at once when Retry-After asks for too long', async () => {
    const net = fakeNet(() => new Response('', { status: 429, headers: { 'retry-after': '3600' } }));
    const { f } = fetcher(net.fetchImpl);
    await expect(f.get('http://x.test/a', { kind: 'html' })).rejects.toMatchObject({ code: 'rate-limited' });
    expect(net.log).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    const net = fakeNet(() => new Response('nope', { status: 404, headers: { 'content-type': 'text/html' } }));
    const { f } = fetcher(net.fetchImpl);
    await expect(f.get('http://x.test/a', { kind: 'html' })).rejects.toMatchObject({ code: 'http', status: 404 });
    expect(net.log).toHaveLength(1);
  });

  it('parses Retry-After and backoff bounds', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(backoffDelay(1, () => 0)).toBe(250);
    expect(backoffDelay(1, () => 1)).toBe(500);
    expect(backoffDelay(10, () => 1)).toBe(8000);
  });
});

describe('PoliteFetcher dedupe and cache', () => {
  it('asks once for the same page, however its URL is decorated', async () => {
    const net = fakeNet(async () => {
      await wait(10);
      return html();
    });
    const { f } = fetcher(net.fetchImpl);
    await Promise.all([
      f.get('http://X.test/a?utm_source=feed#top', { kind: 'html' }),
      f.get('http://x.test/a', { kind: 'html' }),
      f.get('http://x.test:80/a?fbclid=1', { kind: 'html' }),
    ]);
    expect(net.log).toHaveLength(1);
    expect(canonicalUrl('http://X.test:80/a?b=2&utm_medium=x&a=1#f')).toBe('http://x.test/a?a=1&b=2');
  });

  it('makes no request within the TTL, then revalidates with the ETag', async () => {
    let now = 1_000_000;
    const net = fakeNet((_u, init) =>
      (init.headers as Record<string, string>)['if-none-match'] === '"v1"'
        ? new Response(null, { status: 304, headers: { etag: '"v1"' } })
        : html('<p>v1</p>', { etag: '"v1"', 'last-modified': 'Sat, 09 Aug 2025 10:00:00 GMT' }),
    );
    const { f } = fetcher(net.fetchImpl, { now: () => now });
    expect((await f.get('http://x.test/a', { kind: 'html' })).source).toBe('network');
    expect((await f.get('http://x.test/a', { kind: 'html' })).source).toBe('cache');
    expect(net.log).toHaveLength(1);
    now += 16 * 60_000;
    const again = await f.get('http://x.test/a', { kind: 'html' });
    expect(again).toMatchObject({ source: 'revalidated', text: '<p>v1</p>' });
    expect(net.log[1]!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Sat, 09 Aug 2025 10:00:00 GMT' });
    expect((await f.get('http://x.test/a', { kind: 'html' })).source).toBe('cache');
    expect(net.log).toHaveLength(2);
  });

  it('remembers a 404 for a while, and stores nothing marked no-store', async () => {
    const net = fakeNet((url) =>
      url.endsWith('/gone') ? new Response('', { status: 404 }) : html('x', { 'cache-control': 'no-store' }),
    );
    const { f } = fetcher(net.fetchImpl);
    for (let i = 0; i < 2; i++) await expect(f.get('http://x.test/gone', { kind: 'html' })).rejects.toBeInstanceOf(FetchError);
    await f.get('http://x.test/private', { kind: 'html' });
    await f.get('http://x.test/private', { kind: 'html' });
    expect(net.log.map((l) => new URL(l.url).pathname)).toEqual(['/gone', '/private', '/private']);
  });

  it('keeps its cache in IndexedDB across fetcher instances (a restarted worker)', async () => {
    const net = fakeNet(() => html('<p>stored</p>'));
    const store = new IdbCacheStore('test-fetch-cache');
    await new PoliteFetcher({ fetch: net.fetchImpl, cache: store }).get('http://x.test/a', { kind: 'html' });
    const second = new PoliteFetcher({ fetch: net.fetchImpl, cache: new IdbCacheStore('test-fetch-cache') });
    expect(await second.get('http://x.test/a', { kind: 'html' })).toMatchObject({ source: 'cache', text: '<p>stored</p>' });
    expect(net.log).toHaveLength(1);
  });
});

describe('PoliteFetcher cancellation', () => {
  it('aborts the request when its only caller leaves, but not while another still waits', async () => {
    const net = fakeNet(async () => {
      await wait(40);
      return html();
    });
    const { f } = fetcher(net.fetchImpl);
    const a = new AbortController();
    const b = new AbortController();
    const pa = f.get('http://x.test/shared', { kind: 'html', signal: a.signal });
    const pb = f.get('http://x.test/shared', { kind: 'html', signal: b.signal });
    a.abort(new Error('tab closed'));
    await expect(pa).rejects.toThrow('tab closed');
    await expect(pb).resolves.toMatchObject({ source: 'network' });

    const c = new AbortController();
    const pc = f.get('http://x.test/alone', { kind: 'html', signal: c.signal });
    const queued = f.get('http://x.test/alone', { kind: 'html' });
    c.abort(new Error('tab closed'));
    await expect(pc).rejects.toThrow('tab closed');
    await expect(queued).resolves.toBeTruthy();
  });

  it('drops queued requests of a closed tab before they are sent', async () => {
    const net = fakeNet(async () => {
      await wait(30);
      return html();
    });
    const { f } = fetcher(net.fetchImpl, { perHost: 1 });
    const tab = new AbortController();
    const first = f.get('http://x.test/1', { kind: 'html' });
    const queued = [2, 3, 4].map((i) => f.get(`http://x.test/${i}`, { kind: 'html', signal: tab.signal }));
    const settled = Promise.allSettled(queued);
    tab.abort(new Error('tab closed'));
    await first;
    expect((await settled).map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(net.log).toHaveLength(1);
  });
});
