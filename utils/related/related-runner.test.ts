import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { Article } from '@/utils/article/types';
import { extractFromHtml } from '@/utils/fetching/fetch-article';
import { MemoryCacheStore } from '@/utils/fetching/http-cache';
import { PoliteFetcher } from '@/utils/fetching/polite-fetcher';
import { RelatedRunner, type RunnerDeps } from './related-runner';
import { relatedRunKey, RunStore } from './run-store';
import type { SiteLinks } from './site-links';
import { articleHtml, makeArticle, relatedLinks, rssFeed } from './testing/fake-site';
import type { RelatedRun } from './types';

const ORIGIN = 'https://films.test';
const ARTICLE_URL = `${ORIGIN}/2025/08/09/film-co-productions/`;
const SECTION = 'National cinemas';

const BLOCK = relatedLinks(ORIGIN, [
  { slug: 'kazakh-cinema', title: 'Kazakh cinema after independence', teaser: 'How Kazakh cinema navigates post-Soviet identity.', date: '2025-07-19' },
  { slug: 'mexican-cinema', title: 'Mexican cinema and memory', teaser: 'Mexican cinema navigates ancestral narratives.', date: '2025-07-18' },
  { slug: 'slow-page', title: 'Armenian cinema and the diaspora', teaser: 'How Armenian cinema shaped diaspora identities.', date: '2025-07-25' },
  { slug: 'missing-page', title: 'Slovak cinema and memory', teaser: 'Slovak cinema intertwines collective memory.', date: '2025-07-18' },
]);

const PAGES: Record<string, string> = {
  '/kazakh-cinema/': articleHtml({
    title: 'Kazakh cinema after independence',
    section: SECTION,
    date: '2025-07-19T08:00:00Z',
    description: 'How Kazakh cinema navigates post-Soviet identity.',
    paragraphs: Array(6).fill('Kazakh filmmakers balance memory and co-production money, and Kazakh audiences follow them closely at home in Almaty.'),
  }),
  '/mexican-cinema/': articleHtml({
    title: 'Mexican cinema and memory',
    section: SECTION,
    date: '2025-07-18T08:00:00Z',
    paragraphs: Array(6).fill('Mexican directors weave ritual and memory into stories that travel, and Mexican festivals champion them.'),
  }),
};

const FEED = rssFeed([
  { url: `${ORIGIN}/fijian-cinema/`, title: 'Fijian cinema finds its voice', description: 'Fijian cinema and television showcase indigenous voices.', category: SECTION, date: '2025-07-24' },
  { url: `${ORIGIN}/box-office-weekend/`, title: 'Weekend box office', description: 'The weekend’s numbers at a glance.', category: 'Industry', date: '2025-08-01' },
  { url: `${ORIGIN}/kazakh-cinema/`, title: 'Kazakh cinema after independence', description: 'Duplicate of a block item.', category: SECTION, date: '2025-07-19' },
]);

const WP_CATEGORIES = JSON.stringify([{ id: 7, name: SECTION, slug: 'national-cinemas' }, { id: 3, name: 'Industry', slug: 'industry' }]);
const WP_POSTS = JSON.stringify([
  { id: 1, link: `${ORIGIN}/jordanian-cinema/`, title: { rendered: 'Jordanian cinema &#038; memory' }, excerpt: { rendered: '<p>Refugee experiences on screen [&hellip;]</p>' }, date_gmt: '2025-07-14T00:00:00', categories: [7] },
  { id: 2, link: `${ORIGIN}/industry-news/`, title: { rendered: 'Industry news' }, excerpt: { rendered: '<p>Deals.</p>' }, date_gmt: '2025-07-30T00:00:00', categories: [3] },
]);

const WIKI = JSON.stringify({
  type: 'standard',
  title: 'Cinema of Kazakhstan',
  extract: 'The cinema of Kazakhstan dates back to the 1920s.',
  content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Cinema_of_Kazakhstan' } },
});

interface Sent {
  url: string;
  headers: Record<string, string>;
}

/** A fake site on a fake network; `hold` keeps chosen paths waiting until released. */
function fakeSite() {
  const sent: Sent[] = [];
  const held = new Map<string, () => void>();
  const holdPaths = new Set<string>();
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    sent.push({ url: url.href, headers: { ...(init.headers as Record<string, string>) } });
    const wait = new Promise<void>((resolve, reject) => {
      if (holdPaths.has(url.pathname)) held.set(url.pathname, resolve);
      else resolve();
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
    await wait;
    const type = (t: string) => ({ headers: { 'content-type': t, etag: '"1"' } });
    if (url.hostname === 'en.wikipedia.org') return new Response(WIKI, type('application/json; charset=utf-8'));
    if (url.pathname === '/slow-page/') {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }
    if (PAGES[url.pathname]) return new Response(PAGES[url.pathname], type('text/html; charset=utf-8'));
    if (url.pathname === '/category/national-cinemas/feed/') return new Response(FEED, type('application/rss+xml; charset=utf-8'));
    if (url.pathname === '/wp-json/wp/v2/categories') return new Response(WP_CATEGORIES, type('application/json'));
    if (url.pathname === '/wp-json/wp/v2/posts') return new Response(WP_POSTS, type('application/json'));
    return new Response('<h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html' } });
  }) as typeof fetch;
  return { fetchImpl, sent, held, holdPaths };
}

const LINKS: SiteLinks = {
  feeds: [],
  wpApiRoot: `${ORIGIN}/wp-json/`,
  categories: [{ name: SECTION, url: `${ORIGIN}/category/national-cinemas/` }],
};

function runner(
  fetchImpl: typeof fetch,
  opts: { wikipedia?: boolean; cache?: MemoryCacheStore; links?: SiteLinks; perHost?: number; article?: Partial<Article> } = {},
) {
  const fetcher = new PoliteFetcher({ fetch: fetchImpl, cache: opts.cache ?? new MemoryCacheStore(), timeoutMs: 300, perHost: opts.perHost ?? 2 });
  const deps: RunnerDeps = {
    fetcher,
    store: new RunStore(),
    tabArticle: async (_tabId, url) =>
      makeArticle({
        url,
        title: 'Exploring the Cultural Exchange Through Film Co-Productions',
        section: SECTION,
        published: '2025-08-09T00:00:00Z',
        text: 'Film co-productions function as dynamic laboratories where producers from multiple nations experiment. Kazakh partners appear here and there.',
        related: BLOCK,
        ...opts.article,
      }),
    siteLinks: async () => opts.links ?? LINKS,
    parseArticle: extractFromHtml,
    wikipediaEnabled: async () => opts.wikipedia ?? false,
    now: () => Date.parse('2025-08-10T00:00:00Z'),
  };
  return { r: new RelatedRunner(deps), fetcher };
}

const byUrl = (run: RelatedRun | null, path: string) => run?.pieces.find((p) => p.url === ORIGIN + path);

describe('RelatedRunner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gathers block pages, feed items and WordPress posts; slow and missing pages fail quietly', async () => {
    const site = fakeSite();
    const { r } = runner(site.fetchImpl);
    const started = await r.start(1, ARTICLE_URL);
    // The block is listed at once, before any page has been read.
    expect(started.pieces.map((p) => p.status)).toEqual(['pending', 'pending', 'pending', 'pending']);

    const run = await r.settled(1);
    expect(run?.state).toBe('done');
    expect(byUrl(run, '/kazakh-cinema/')).toMatchObject({ source: 'page', status: 'done', nations: { about: ['KZ'] }, section: SECTION });
    expect(byUrl(run, '/mexican-cinema/')).toMatchObject({ status: 'done', nations: { about: ['MX'] } });
    expect(byUrl(run, '/slow-page/')).toMatchObject({ status: 'error', error: 'timeout', title: 'Armenian cinema and the diaspora' });
    expect(byUrl(run, '/missing-page/')).toMatchObject({ status: 'error', error: 'not-found' });
    // From the category feed: the same-section item, not the box-office one, and no duplicate.
    expect(byUrl(run, '/fijian-cinema/')).toMatchObject({ source: 'feed', nations: { about: ['FJ'] } });
    expect(byUrl(run, '/box-office-weekend/')).toBeUndefined();
    expect(run?.pieces.filter((p) => p.url === `${ORIGIN}/kazakh-cinema/`)).toHaveLength(1);
    // From the REST API: posts of the category only.
    expect(byUrl(run, '/jordanian-cinema/')).toMatchObject({ source: 'wp-api', title: 'Jordanian cinema & memory', teaser: 'Refugee experiences on screen…' });
    expect(byUrl(run, '/industry-news/')).toBeUndefined();
    // The category feed was built from the category link; no Wikipedia without opting in.
    expect(site.sent.map((s) => new URL(s.url).pathname)).toContain('/category/national-cinemas/feed/');
    expect(site.sent.some((s) => s.url.includes('wikipedia'))).toBe(false);
    // Ranked: block pieces that loaded first, failed ones after them.
    expect(run?.pieces[0]?.source).toBe('page');
    expect(run?.pieces.findIndex((p) => p.status === 'error')).toBeGreaterThan(run!.pieces.findIndex((p) => p.url.endsWith('/mexican-cinema/')));
  });

  it('fetches Wikipedia summaries only when opted in, with attribution and an Api-User-Agent', async () => {
    const site = fakeSite();
    const article = { title: 'Kazakh cinema today', text: 'Kazakh cinema grows, and Kazakh films travel.', related: [] };
    const { r } = runner(site.fetchImpl, { wikipedia: true, article });
    await r.start(3, `${ORIGIN}/kazakh-today/`);
    const done = await r.settled(3);
    expect(done?.context.nations.about).toEqual(['KZ']);
    const wiki = done?.pieces.find((p) => p.source === 'wikipedia');
    expect(wiki).toMatchObject({
      url: 'https://en.wikipedia.org/wiki/Cinema_of_Kazakhstan',
      title: 'Cinema of Kazakhstan',
      attribution: { label: 'Wikipedia', license: 'CC BY-SA 4.0', url: 'https://en.wikipedia.org/wiki/Cinema_of_Kazakhstan' },
    });
    const request = site.sent.find((s) => s.url.includes('wikipedia'));
    expect(request?.url).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/Cinema_of_Kazakhstan');
    expect(request?.headers['Api-User-Agent']).toMatch(/^Reelmark\//);
    // Wikipedia pieces come after the site's own.
    expect(done?.pieces.at(-1)?.source).toBe('wikipedia');
  });

  it('keeps its state in session storage and a new worker finishes the queue', async () => {
    const site = fakeSite();
    site.holdPaths.add('/mexican-cinema/');
    site.holdPaths.add('/category/national-cinemas/feed/');
    const first = runner(site.fetchImpl);
    await first.r.start(4, ARTICLE_URL);
    await expect.poll(async () => (await storage.getItem<RelatedRun>(relatedRunKey(4)))?.pieces.find((p) => p.url.endsWith('/kazakh-cinema/'))?.status).toBe('done');
    // The worker stops: its in-flight requests die with it.
    first.r.suspend();
    const stored = await storage.getItem<RelatedRun>(relatedRunKey(4));
    expect(stored?.state).toBe('running');

    site.holdPaths.clear();
    const before = site.sent.length;
    const second = runner(site.fetchImpl);
    await second.r.resumeAll(async () => true);
    const run = await second.r.settled(4);
    expect(run?.state).toBe('done');
    expect(byUrl(run, '/mexican-cinema/')?.status).toBe('done');
    expect(byUrl(run, '/fijian-cinema/')?.source).toBe('feed');
    // Finished tasks were not done again.
    expect(site.sent.slice(before).some((s) => s.url.endsWith('/kazakh-cinema/'))).toBe(false);
  });

  it('cancels a closed tab: queued requests are never sent and the run is forgotten', async () => {
    const site = fakeSite();
    site.holdPaths.add('/kazakh-cinema/');
    const { r } = runner(site.fetchImpl, { perHost: 1 });
    await r.start(5, ARTICLE_URL);
    await expect.poll(() => site.held.has('/kazakh-cinema/')).toBe(true);
    await r.cancel(5);
    await new Promise((res) => setTimeout(res, 30));
    expect(site.sent).toHaveLength(1);
    expect(await storage.getItem(relatedRunKey(5))).toBeNull();
  });

  it('reopening uses the stored run, and another tab on the same article is served from the cache', async () => {
    const site = fakeSite();
    const cache = new MemoryCacheStore();
    const { r } = runner(site.fetchImpl, { cache });
    await r.start(6, ARTICLE_URL);
    await r.settled(6);
    const after = site.sent.length;
    expect((await r.start(6, ARTICLE_URL)).state).toBe('done');
    expect(site.sent.length).toBe(after);

    // A new worker and a new tab: the run starts over, but the HTTP cache answers everything
    // except the page that timed out (it never gave an answer to keep).
    const again = runner(site.fetchImpl, { cache });
    await again.r.start(7, ARTICLE_URL);
    await again.r.settled(7);
    expect(site.sent.slice(after).map((s) => new URL(s.url).pathname)).toEqual(['/slow-page/']);
  });
});
