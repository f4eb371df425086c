import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CATEGORY_PATH,
  MISSING_ARTICLE_PATH,
  SEED_ARTICLE_PATH,
  SEED_ARTICLE_TITLE,
  SLOW_ARTICLE_PATH,
  startDemoServer,
  type DemoServer,
} from './server';

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.setOptions({ latencyMs: 0, delays: {}, missing: [], status: {}, statusCount: {} });
  server.clearLog();
});

const get = (path: string, init?: RequestInit): Promise<Response> =>
  fetch(server.origin + path, { redirect: 'manual', ...init });

/** A request sent exactly as written (fetch would normalise "..", which is what we want to test). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('demo server', () => {
  it('listens on loopback and serves the seed article with its title, on its own origin', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get(SEED_ARTICLE_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    const html = await res.text();
    expect(html).toContain(`<h1 class="entry-title">${SEED_ARTICLE_TITLE}</h1>`);
    expect(html).toContain(`<link rel="canonical" href="${server.origin}${SEED_ARTICLE_PATH}">`);
    expect(html).toContain(encodeURIComponent(server.origin + SEED_ARTICLE_PATH));
    expect(html).not.toContain('frameandnation.example/');
    expect(res.headers.get('link')).toBe(`<${server.origin}/wp-json/>; rel="https://api.w.org/"`);
  });

  it('refuses to listen beyond loopback', async () => {
    await expect(startDemoServer({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('answers unknown paths with the real 404 page, and HEAD without a body', async () => {
    const res = await get('/2025/01/01/no-such-post/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('That page can&rsquo;t be found');
    const head = await get('/no-such-page/', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe('');
    const rest = await get('/wp-json/wp/v2/nothing');
    expect(rest.status).toBe(404);
    expect(await rest.json()).toMatchObject({ code: 'rest_no_route' });
  });

  it('redirects directory URLs without a trailing slash, keeping the query, like WordPress', async () => {
    const res = await get('/category/national-cinemas?utm_source=test');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${server.origin}${CATEGORY_PATH}?utm_source=test`);
    expect((await get('/feed')).headers.get('location')).toBe(`${server.origin}/feed/`);
    expect((await get('/feed.json/')).status).toBe(404);
  });

  it('sends the right content types', async () => {
    const cases: [string, string][] = [
      ['/', 'text/html; charset=UTF-8'],
      ['/feed/', 'application/rss+xml; charset=UTF-8'],
      ['/category/national-cinemas/feed/', 'application/rss+xml; charset=UTF-8'],
      ['/feed/atom/', 'application/atom+xml; charset=UTF-8'],
      ['/feed.json', 'application/feed+json; charset=UTF-8'],
      ['/wp-json/', 'application/json; charset=UTF-8'],
      ['/wp-json/wp/v2/posts', 'application/json; charset=UTF-8'],
      ['/wp-sitemap.xml', 'application/xml; charset=UTF-8'],
      ['/wp-content/themes/frame/style.css', 'text/css; charset=UTF-8'],
      ['/wp-content/themes/frame/js/site.js', 'text/javascript; charset=UTF-8'],
      ['/app/app.js', 'text/javascript; charset=UTF-8'],
      ['/wp-content/uploads/2025/01/frame-and-nation-logo.svg', 'image/svg+xml'],
      ['/favicon.ico', 'image/x-icon'],
      ['/robots.txt', 'text/plain; charset=UTF-8'],
    ];
    for (const [path, type] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
    const png = await get('/wp-content/uploads/2025/08/exploring-the-cultural-exchange-240x126.png');
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await png.arrayBuffer()).slice(1, 4)).toEqual(new TextEncoder().encode('PNG'));
  });

  it('sends a strong ETag and Last-Modified with Cache-Control: no-cache, and 304 on revalidation', async () => {
    const first = await get(SEED_ARTICLE_PATH);
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const byEtag = await get(SEED_ARTICLE_PATH, { headers: { 'If-None-Match': etag } });
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe('');
    expect(byEtag.headers.get('etag')).toBe(etag);
    expect((await get(SEED_ARTICLE_PATH, { headers: { 'If-None-Match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await get(SEED_ARTICLE_PATH, { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200);

    expect((await get(SEED_ARTICLE_PATH, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    const older = new Date(new Date(lastModified).getTime() - 60_000).toUTCString();
    expect((await get(SEED_ARTICLE_PATH, { headers: { 'If-Modified-Since': older } })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since when both are sent.
    expect(
      (await get(SEED_ARTICLE_PATH, { headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified } })).status,
    ).toBe(200);

    const feed = await get('/feed/');
    expect((await get('/feed/', { headers: { 'If-None-Match': feed.headers.get('etag') ?? '' } })).status).toBe(304);
  });

  it('answers HEAD with the GET headers and no body', async () => {
    const getRes = await get(SEED_ARTICLE_PATH);
    const body = await getRes.text();
    const head = await get(SEED_ARTICLE_PATH, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(getRes.headers.get('etag'));
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(await head.text()).toBe('');
  });

  it('refuses other methods', async () => {
    const res = await get('/wp-comments-post.php', { method: 'POST', body: 'comment=hi' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('blocks path traversal and server data files', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fpackage.json',
      '/wp-content/..%5c..%5cpackage.json',
      '/%2e%2e%2fserver.ts',
      '/%E0%A4%A',
      '/a%00b',
    ]) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).not.toMatch(/root:|"name": "reelmark"|startDemoServer/);
    }
    expect((await rawGet('/_shortlinks.json')).status).toBe(404);
    expect((await rawGet('/.git/config')).status).toBe(404);
  });

  it('maps WordPress query routes: /?s= search, /?p= shortlinks; ignores the query elsewhere', async () => {
    const search = await get('/?s=cinema');
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('<h1 class="page-title">Search Results for: cinema</h1>');
    expect(await (await get('/?s=no+such+words')).text()).toContain('<h1 class="page-title">Nothing Found</h1>');
    const short = await get('/?p=4821');
    expect(short.status).toBe(301);
    expect(short.headers.get('location')).toBe(server.origin + SEED_ARTICLE_PATH);
    expect((await get('/?p=1')).status).toBe(404);
    const rest = await get('/wp-json/wp/v2/posts?categories=3&per_page=100&_fields=id,link');
    expect(rest.status).toBe(200);
    expect(Array.isArray(await rest.json())).toBe(true);
    expect((await get('/wp-content/themes/frame/style.css?ver=1.4.2')).status).toBe(200);
  });

  it('serves the app shell for every /app/ path (SPA fallback)', async () => {
    for (const path of ['/app/', '/app/some-story/', '/app/some-story']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('<main id="app"');
    }
  });

  it('logs every request with method, path, status and validators', async () => {
    await get(SEED_ARTICLE_PATH, { headers: { 'If-None-Match': '"x"', 'User-Agent': 'ReelmarkTest/1' } });
    await get('/nowhere/', { method: 'HEAD' });
    expect(server.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: SEED_ARTICLE_PATH, status: 200, ifNoneMatch: '"x"', userAgent: 'ReelmarkTest/1' }),
      expect.objectContaining({ method: 'HEAD', path: '/nowhere/', status: 404 }),
    ]);
    expect(server.requests[0]?.at).toBeGreaterThan(0);
    server.clearLog();
    expect(server.requests).toEqual([]);
  });

  it('answers configured paths with 404 while the pages exist normally', async () => {
    expect((await get(MISSING_ARTICLE_PATH)).status).toBe(200);
    server.setOptions({ missing: [MISSING_ARTICLE_PATH] });
    const res = await get(MISSING_ARTICLE_PATH);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('That page can&rsquo;t be found');
    expect((await get(SEED_ARTICLE_PATH)).status).toBe(200);
  });

  it('forces 429/503 with Retry-After, a given number of times', async () => {
    server.setOptions({ status: { [SLOW_ARTICLE_PATH]: 503, '/feed/': 429 }, statusCount: { [SLOW_ARTICLE_PATH]: 2 }, retryAfterSeconds: 3 });
    const a = await get(SLOW_ARTICLE_PATH);
    expect(a.status).toBe(503);
    expect(a.headers.get('retry-after')).toBe('3');
    expect((await get(SLOW_ARTICLE_PATH)).status).toBe(503);
    expect((await get(SLOW_ARTICLE_PATH)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await get('/feed/')).status).toBe(429);
    server.setOptions({ retryAfterSeconds: undefined });
  });

  it('delays a configured path without holding up other requests', async () => {
    server.setOptions({ delays: { [SLOW_ARTICLE_PATH]: 1_500 } });
    const slow = get(SLOW_ARTICLE_PATH);
    await vi.waitFor(() => expect(server.requests.some((r) => r.path === SLOW_ARTICLE_PATH)).toBe(true));
    const fast = await get(SEED_ARTICLE_PATH);
    expect(fast.status).toBe(200);
    // The fast page was answered while the slow one was still waiting.
    expect(server.requests.find((r) => r.path === SLOW_ARTICLE_PATH)?.status).toBe(0);
    expect(server.inFlight).toBe(1);
    expect((await slow).status).toBe(200);
    expect(server.requests.find((r) => r.path === SLOW_ARTICLE_PATH)?.status).toBe(200);
  });

  it('adds latency to every request and counts requests in flight', async () => {
    server.setOptions({ latencyMs: 300 });
    const answers = await Promise.all([get('/'), get(CATEGORY_PATH), get(SEED_ARTICLE_PATH)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(server.maxInFlight).toBe(3);
  });

  it('notices clients that give up during a delay', async () => {
    server.setOptions({ delays: { [SLOW_ARTICLE_PATH]: 30_000 } });
    const controller = new AbortController();
    const pending = get(SLOW_ARTICLE_PATH, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(server.inFlight).toBe(1));
    controller.abort();
    await pending;
    await vi.waitFor(() => expect(server.requests[0]).toMatchObject({ path: SLOW_ARTICLE_PATH, aborted: true, status: 0 }));
    expect(server.inFlight).toBe(0);
  });

  it('closes promptly even with a request waiting on a delay', async () => {
    const other = await startDemoServer({ delays: { '/': 60_000 } });
    const pending = fetch(`${other.origin}/`).catch((e: unknown) => e);
    await vi.waitFor(() => expect(other.inFlight).toBe(1));
    await other.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
