import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSeed } from './content/seed';
import { allPosts, permalinkPath, postById } from './content/posts';
import { FETCHER_TEST_ID, FRENCH_ID, MISSING_PAGE_ID, SLOW_PAGE_ID, SPANISH_ID } from './content/more-posts';
import { RELATED_PIECES } from './content/related-pieces';
import {
  CATEGORY_PATH,
  FEED_PATHS,
  FETCHER_TEST_ARTICLE_PATH,
  FRENCH_ARTICLE_PATH,
  MISSING_ARTICLE_PATH,
  SEED_ARTICLE_PATH,
  SEED_ARTICLE_TITLE,
  SLOW_ARTICLE_PATH,
  SPA_PATH,
  SPANISH_ARTICLE_PATH,
  startDemoServer,
  type DemoServer,
} from './server';
import { internalUrls, parseDoc, squash } from './testing';

let server: DemoServer;
const seed = readSeed();

beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server.close();
});

async function fetchText(path: string): Promise<string> {
  const res = await fetch(new URL(path, server.origin));
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
}

async function fetchDoc(path: string): Promise<Document> {
  return parseDoc(await fetchText(path));
}

const text = (doc: Document | Element, selector: string): string => squash(doc.querySelector(selector)?.textContent);
const texts = (doc: Document | Element, selector: string): string[] =>
  Array.from(doc.querySelectorAll(selector)).map((e) => squash(e.textContent));
const meta = (doc: Document, key: string): string | null =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const wordsIn = (doc: Document): number =>
  texts(doc, '.entry-content > p').join(' ').split(/\s+/).filter(Boolean).length;

/** Parses XML strictly (jsdom reports malformed input as a <parsererror> document). */
function parseXml(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Malformed XML: ${error.textContent}`);
  return doc;
}

interface GraphNode {
  '@type': string;
  '@id'?: string;
  author?: { '@id'?: string; name?: string };
  headline?: string;
  inLanguage?: string;
}

function jsonLdGraph(doc: Document): GraphNode[] {
  const raw = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}';
  return (JSON.parse(raw) as { '@graph': GraphNode[] })['@graph'];
}

describe('the seed article page', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await fetchDoc(SEED_ARTICLE_PATH);
  });

  it('has the seed title, standfirst, byline and "Published" date', () => {
    expect(text(doc, 'h1.entry-title')).toBe(SEED_ARTICLE_TITLE);
    expect(seed.title).toBe(SEED_ARTICLE_TITLE);
    expect(text(doc, '.entry-subtitle')).toBe(seed.standfirst);
    expect(text(doc, '.byline')).toMatch(/^By \S+/);
    expect(`Published ${text(doc, '.posted-on time.published')}`).toBe(seed.publishedLine);
    expect(doc.querySelector('.posted-on time.published')?.getAttribute('datetime')).toBe('2025-08-09T08:30:00+00:00');
    expect(text(doc, '.entry-categories')).toBe('National cinemas');
    expect(texts(doc, '.breadcrumbs a')).toEqual(['Home', 'National cinemas']);
  });

  it('has every body paragraph, subheading and ADVERTISEMENT slot of the seed, verbatim and in order', () => {
    const seedLines = readFileSync(new URL('./content/seed.txt', import.meta.url), 'utf8').split('\n');
    const bodyLines = seedLines.slice(4, seedLines.indexOf('Related Articles')).filter((l) => l.trim());
    const pageBlocks = Array.from(doc.querySelectorAll('.entry-content > *')).map((el) =>
      el.classList.contains('ad-wrapper') ? text(el, '.ad-label') : squash(el.textContent),
    );
    expect(pageBlocks).toEqual(bodyLines);
    expect(texts(doc, '.entry-content > h2')).toEqual(seed.blocks.filter((b) => b.kind === 'h2').map((b) => b.text));
    expect(doc.querySelectorAll('.entry-content h2 > em')).toHaveLength(4);
    for (const ad of Array.from(doc.querySelectorAll('.entry-content .ad-wrapper'))) {
      const slot = ad.querySelector('.ad-slot');
      expect(slot?.id).toMatch(/^div-gpt-ad-/);
      expect(slot?.getAttribute('data-ad-unit')).toBeTruthy();
      expect(slot?.innerHTML).toBe('');
    }
    expect(doc.querySelectorAll('script[src]:not([src*="/wp-content/themes/"])')).toHaveLength(0);
  });

  it('has the share bar with real share-intent URLs for this page', () => {
    expect(texts(doc, '.share-bar .share-link__label')).toEqual(seed.shareLabels);
    const pageUrl = encodeURIComponent(server.origin + SEED_ARTICLE_PATH);
    const hrefs = Array.from(doc.querySelectorAll('.share-bar a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs[0]).toBe(`https://www.facebook.com/sharer/sharer.php?u=${pageUrl}`);
    expect(hrefs[1]).toMatch(new RegExp(`^https://x\\.com/intent/tweet\\?text=.+&url=${pageUrl.replace(/[.%]/g, '\\$&')}$`));
    expect(hrefs[2]).toContain(`https://www.reddit.com/submit?url=${pageUrl}&title=`);
    expect(hrefs[3]).toContain(`https://pinterest.com/pin/create/button/?url=${pageUrl}&media=`);
    expect(hrefs[4]).toMatch(/^mailto:\?subject=.+&body=/);
  });

  it('reproduces all 20 related teasers (category, teaser link, date) and links each to its own page', async () => {
    const block = doc.querySelector('.related-articles');
    expect(text(block ?? doc, '.related-articles__title')).toBe('Related Articles');
    const items = Array.from(block?.querySelectorAll('.related-post') ?? []);
    expect(items).toHaveLength(20);
    expect(seed.related).toHaveLength(20);
    for (const [i, item] of items.entries()) {
      const expected = seed.related[i];
      expect(text(item, '.related-post__category')).toBe(expected?.category);
      expect(text(item, '.related-post__title a')).toBe(expected?.teaser);
      expect(text(item, '.related-post__sep')).toBe('-');
      expect(text(item, 'time')).toBe(expected?.dateText);
      const href = item.querySelector('.related-post__title a')?.getAttribute('href') ?? '';
      const target = await fetchDoc(href);
      expect(text(target, '.entry-subtitle')).toBe(expected?.teaser);
      expect(text(target, '.posted-on time.published')).toBe(expected?.dateText);
    }
  });

  it('keeps the sidebar lists (recent posts, tag cloud) outside the related block', () => {
    expect(texts(doc, '.widget_recent_entries li')).toHaveLength(5);
    expect(doc.querySelectorAll('.tagcloud a').length).toBeGreaterThan(20);
    expect(doc.querySelector('.related-articles .tagcloud, .related-articles .widget')).toBeNull();
    expect(doc.querySelector('#secondary .related-articles')).toBeNull();
  });

  it('has the page furniture: lazy lead image, newsletter, cookie banner, comments, footer notice', () => {
    const img = doc.querySelector('.post-thumbnail img.lazyload');
    expect(img?.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(img?.getAttribute('data-src')).toMatch(/\/wp-content\/uploads\/2025\/08\/.+-1200x675\.svg$/);
    expect(img?.getAttribute('data-srcset')).toMatch(/600w, .+ 1200w$/);
    expect(doc.querySelector('.post-thumbnail noscript img')?.getAttribute('src')).toBe(img?.getAttribute('data-src'));
    expect(text(doc, '.newsletter-signup h2')).toContain('newsletter');
    expect(text(doc, '#cookie-notice')).toContain('cookies');
    expect(doc.querySelectorAll('#comments .comment')).toHaveLength(3);
    expect(doc.querySelectorAll('#comments .children .comment')).toHaveLength(1);
    expect(text(doc, '.site-footer')).toMatch(/seed article.*demo text/);
    expect(text(doc, '.demo-notice--banner')).toMatch(/demo text/);
  });

  it('has full metadata: OpenGraph, Twitter, Yoast-style JSON-LD, feeds and the REST API link', () => {
    const url = server.origin + SEED_ARTICLE_PATH;
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(text(doc, 'title')).toBe(`${SEED_ARTICLE_TITLE} - Frame & Nation`);
    expect(meta(doc, 'description')).toBe(seed.standfirst);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:title')).toBe(SEED_ARTICLE_TITLE);
    expect(meta(doc, 'og:site_name')).toBe('Frame & Nation');
    expect(meta(doc, 'og:url')).toBe(url);
    expect(meta(doc, 'og:image')).toMatch(new RegExp(`^${server.origin}/wp-content/uploads/.+\\.png$`));
    expect(meta(doc, 'article:published_time')).toBe('2025-08-09T08:30:00+00:00');
    expect(meta(doc, 'article:modified_time')).toBe('2025-08-10T10:12:00+00:00');
    expect(meta(doc, 'article:section')).toBe('National cinemas');
    expect(doc.querySelectorAll('meta[property="article:tag"]').length).toBeGreaterThan(1);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    const graph = jsonLdGraph(doc);
    const types = graph.map((n) => n['@type']);
    expect(types).toEqual(expect.arrayContaining(['WebSite', 'WebPage', 'NewsArticle', 'ImageObject', 'BreadcrumbList', 'Person', 'Organization']));
    const article = graph.find((n) => n['@type'] === 'NewsArticle');
    expect(article?.headline).toBe(SEED_ARTICLE_TITLE);
    const person = graph.find((n) => n['@type'] === 'Person');
    expect(article?.author?.['@id']).toBe(person?.['@id']);
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`${server.origin}/feed/`);
    expect(doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')).not.toBeNull();
    expect(doc.querySelector('link[rel="alternate"][type="application/feed+json"]')).not.toBeNull();
    expect(doc.querySelector('link[rel="https://api.w.org/"]')?.getAttribute('href')).toBe(`${server.origin}/wp-json/`);
  });
});

describe('the related pieces and the other articles', () => {
  it('gives each of the 20 related pieces a full article page of demo text', async () => {
    const siblings = new Set(RELATED_PIECES.map((d) => d.id));
    for (const draft of RELATED_PIECES) {
      const post = postById(draft.id);
      const doc = await fetchDoc(permalinkPath(post));
      expect(meta(doc, 'og:type')).toBe('article');
      expect(text(doc, 'h1.entry-title')).toBe(draft.title);
      expect(text(doc, '.byline')).toMatch(/^By /);
      expect(wordsIn(doc), draft.title).toBeGreaterThanOrEqual(200);
      expect(wordsIn(doc), draft.title).toBeLessThanOrEqual(400);
      const paragraphs = doc.querySelectorAll('.entry-content > p').length;
      expect(paragraphs).toBeGreaterThanOrEqual(3);
      expect(paragraphs).toBeLessThanOrEqual(5);
      expect(text(doc, '.site-footer')).toContain('Demo text');
      expect(doc.querySelectorAll('.entry-content .ad-label').length).toBeGreaterThanOrEqual(2);
      expect(texts(doc, '.share-bar .share-link__label')).toEqual(seed.shareLabels);
      const related = Array.from(doc.querySelectorAll('.related-post .related-post__title a'));
      expect(related.length).toBeGreaterThanOrEqual(3);
      expect(related.length).toBeLessThanOrEqual(4);
      for (const a of related) {
        const path = new URL(a.getAttribute('href') ?? '').pathname;
        const target = allPosts().find((p) => permalinkPath(p) === path);
        expect(target && siblings.has(target.id) && target.id !== draft.id).toBe(true);
      }
    }
  });

  it('writes original French and Spanish articles in their own language', async () => {
    for (const [path, lang, ad, id] of [
      [FRENCH_ARTICLE_PATH, 'fr', 'PUBLICITÉ', FRENCH_ID],
      [SPANISH_ARTICLE_PATH, 'es', 'PUBLICIDAD', SPANISH_ID],
    ] as const) {
      expect(permalinkPath(postById(id))).toBe(path);
      const doc = await fetchDoc(path);
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(meta(doc, 'og:locale')).toMatch(new RegExp(`^${lang}_`));
      const words = wordsIn(doc);
      expect(words).toBeGreaterThanOrEqual(500);
      expect(words).toBeLessThanOrEqual(700);
      expect(doc.querySelectorAll('.entry-content > h2').length).toBeGreaterThanOrEqual(3);
      expect(texts(doc, '.entry-content .ad-label')).toContain(ad);
      expect(doc.querySelectorAll('.related-post').length).toBe(3);
      expect(jsonLdGraph(doc).find((n) => n['@type'] === 'NewsArticle')?.inLanguage).toMatch(new RegExp(`^${lang}-`));
    }
    const home = await fetchText('/');
    expect(home).toContain(`${server.origin}${FRENCH_ARTICLE_PATH}`);
    expect(home).toContain(`${server.origin}${SPANISH_ARTICLE_PATH}`);
  });

  it('points the fetcher test article at the slow page and the missing page first', async () => {
    expect(permalinkPath(postById(FETCHER_TEST_ID))).toBe(FETCHER_TEST_ARTICLE_PATH);
    expect(permalinkPath(postById(SLOW_PAGE_ID))).toBe(SLOW_ARTICLE_PATH);
    expect(permalinkPath(postById(MISSING_PAGE_ID))).toBe(MISSING_ARTICLE_PATH);
    const doc = await fetchDoc(FETCHER_TEST_ARTICLE_PATH);
    const links = Array.from(doc.querySelectorAll('.related-post__title a')).map((a) => new URL(a.getAttribute('href') ?? '').pathname);
    expect(links.slice(0, 2)).toEqual([SLOW_ARTICLE_PATH, MISSING_ARTICLE_PATH]);
    expect(links.length).toBeGreaterThanOrEqual(4);
  });
});

describe('pages that are not articles', () => {
  it('home page: website metadata, a hero and many teaser cards', async () => {
    const doc = await fetchDoc('/');
    expect(meta(doc, 'og:type')).toBe('website');
    expect(doc.querySelectorAll('.post-card').length).toBeGreaterThanOrEqual(12);
    expect(text(doc, '.hero-post__title')).toBe(SEED_ARTICLE_TITLE);
    expect(jsonLdGraph(doc).map((n) => n['@type'])).toContain('CollectionPage');
    expect(doc.querySelector('.pagination a[href$="/page/2/"]')).not.toBeNull();
  });

  it('category page: paginated listing of every National cinemas piece, with its feed', async () => {
    const inCategory = allPosts().filter((p) => p.categorySlug === 'national-cinemas');
    const titles: string[] = [];
    let path: string | null = CATEGORY_PATH;
    while (path) {
      const doc = await fetchDoc(path);
      expect(meta(doc, 'og:type')).toBe('website');
      titles.push(...texts(doc, '.post-card__title'));
      const next = doc.querySelector('.pagination a.next')?.getAttribute('href');
      path = next ? new URL(next).pathname : null;
    }
    expect(titles.sort()).toEqual(inCategory.map((p) => p.title).sort());
    const first = await fetchDoc(CATEGORY_PATH);
    expect(first.querySelector('link[rel="alternate"][href$="/category/national-cinemas/feed/"]')).not.toBeNull();
  });

  it('tag, author, search and static pages are listings or short pages', async () => {
    for (const path of ['/tag/co-productions/', '/author/ines-varga/', '/?s=cinema', '/about/', '/privacy-policy/']) {
      const doc = await fetchDoc(path);
      expect(meta(doc, 'og:type'), path).toBe('website');
      expect(doc.querySelector('h1'), path).not.toBeNull();
    }
  });
});

describe('links', () => {
  async function crawl(): Promise<{ pages: Set<string>; broken: Map<string, { status: number; from: string }> }> {
    const pages = new Set<string>();
    const checked = new Map<string, number>();
    const broken = new Map<string, { status: number; from: string }>();
    const queue: { url: string; from: string }[] = ['/', SPA_PATH, '/wp-sitemap.xml', '/404.html']
      .map((p) => ({ url: server.origin + p, from: 'start' }));
    // Every generated HTML page, so orphans are checked too.
    for (const post of allPosts()) queue.push({ url: server.origin + permalinkPath(post), from: 'posts' });
    while (queue.length) {
      const batch = queue.splice(0, 8);
      await Promise.all(
        batch.map(async ({ url, from }) => {
          if (checked.has(url)) return;
          checked.set(url, 0);
          let res = await fetch(url, { redirect: 'manual' });
          if (res.status === 301) res = await fetch(new URL(res.headers.get('location') ?? '', url), { redirect: 'manual' });
          checked.set(url, res.status);
          if (res.status !== 200 && !url.endsWith('/404.html')) {
            broken.set(url, { status: res.status, from });
            return;
          }
          const type = res.headers.get('content-type') ?? '';
          if (!type.startsWith('text/html') && !url.endsWith('.xml')) return;
          pages.add(url);
          const body = await res.text();
          const links = type.startsWith('text/html')
            ? internalUrls(parseDoc(body), url)
            : [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
          for (const link of links) if (!checked.has(link)) queue.push({ url: link, from: url });
        }),
      );
    }
    return { pages, broken };
  }

  it('every internal link, image, script and stylesheet resolves', async () => {
    const { pages, broken } = await crawl();
    expect([...broken.entries()]).toEqual([]);
    expect(pages.size).toBeGreaterThan(100);
    for (const post of allPosts()) expect(pages.has(server.origin + permalinkPath(post))).toBe(true);
  });

  it('with the missing page configured, only that link is broken', async () => {
    server.setOptions({ missing: [MISSING_ARTICLE_PATH] });
    try {
      const { broken } = await crawl();
      expect([...broken.keys()]).toEqual([server.origin + MISSING_ARTICLE_PATH]);
      expect(broken.get(server.origin + MISSING_ARTICLE_PATH)?.status).toBe(404);
    } finally {
      server.setOptions({ missing: [] });
    }
  });
});

describe('feeds and the REST API', () => {
  const childText = (el: Element, tag: string): string => el.getElementsByTagName(tag)[0]?.textContent ?? '';

  it('category RSS feed: WordPress items with title, link, pubDate, dc:creator, category, description, content:encoded', async () => {
    const doc = parseXml(await fetchText(FEED_PATHS.categoryRss));
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const items = Array.from(doc.getElementsByTagName('item'));
    const expected = allPosts().filter((p) => p.categorySlug === 'national-cinemas').length;
    expect(items).toHaveLength(Math.min(20, expected));
    const dates = items.map((i) => Date.parse(childText(i, 'pubDate')));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const link = childText(item, 'link');
      expect(link.startsWith(server.origin + '/2025/')).toBe(true);
      const post = allPosts().find((p) => server.origin + permalinkPath(p) === link);
      expect(childText(item, 'title')).toBe(post?.title);
      expect(childText(item, 'dc:creator')).toMatch(/\S/);
      expect(childText(item, 'category')).toBe('National cinemas');
      expect(childText(item, 'description')).toBe(post?.standfirst);
      expect(childText(item, 'content:encoded')).toContain('<p>');
      expect(childText(item, 'content:encoded')).not.toContain('ADVERTISEMENT');
    }
    expect(items.map((i) => childText(i, 'link'))).toContain(server.origin + SEED_ARTICLE_PATH);
  });

  it('site RSS, Atom and JSON Feed carry the latest posts of every category', async () => {
    const rss = parseXml(await fetchText(FEED_PATHS.rss));
    const rssLinks = Array.from(rss.getElementsByTagName('item')).map((i) => childText(i, 'link'));
    expect(rssLinks).toHaveLength(20);
    const atom = parseXml(await fetchText(FEED_PATHS.atom));
    const entries = Array.from(atom.getElementsByTagName('entry'));
    expect(entries.map((e) => e.getElementsByTagName('link')[0]?.getAttribute('href'))).toEqual(rssLinks);
    expect(childText(entries[0] ?? atom.documentElement, 'published')).toMatch(/^2025-08-14T/);
    const json = JSON.parse(await fetchText(FEED_PATHS.json)) as { version: string; items: { url: string; title: string; content_html: string; date_published: string }[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.url)).toEqual(rssLinks);
    const categories = new Set(Array.from(rss.getElementsByTagName('item')).map((i) => childText(i, 'category')));
    expect(categories.size).toBeGreaterThan(2);
  });

  it('every category feed parses', async () => {
    for (const slug of ['reviews', 'festivals', 'interviews', 'streaming', 'cinemas-nationaux', 'cines-nacionales']) {
      const doc = parseXml(await fetchText(`/category/${slug}/feed/`));
      expect(doc.getElementsByTagName('item').length, slug).toBeGreaterThan(0);
    }
  });

  it('REST API: index and posts in WordPress shape', async () => {
    const index = JSON.parse(await fetchText('/wp-json/')) as { name: string; namespaces: string[]; routes: Record<string, unknown> };
    expect(index.name).toBe('Frame & Nation');
    expect(index.namespaces).toContain('wp/v2');
    expect(index.routes).toHaveProperty('/wp/v2/posts');
    const posts = JSON.parse(await fetchText('/wp-json/wp/v2/posts?per_page=100')) as {
      id: number;
      link: string;
      date: string;
      title: { rendered: string };
      excerpt: { rendered: string };
      content: { rendered: string };
      categories: number[];
    }[];
    expect(posts).toHaveLength(allPosts().length);
    const first = posts.find((p) => p.id === 4821);
    expect(first?.link).toBe(server.origin + SEED_ARTICLE_PATH);
    expect(first?.title.rendered).toBe(SEED_ARTICLE_TITLE);
    expect(first?.excerpt.rendered).toBe(`<p>${seed.standfirst}</p>\n`);
    expect(first?.date).toBe('2025-08-09T08:30:00');
    expect(first?.categories).toEqual([3]);
    const one = JSON.parse(await fetchText('/wp-json/wp/v2/posts/4821')) as { id: number };
    expect(one.id).toBe(4821);
    const cats = JSON.parse(await fetchText('/wp-json/wp/v2/categories')) as { id: number; slug: string }[];
    expect(cats.find((c) => c.slug === 'national-cinemas')?.id).toBe(3);
  });
});

describe('the single-page app', () => {
  it('switches between listing and article views with pushState and popstate, updating title, OG and JSON-LD', async () => {
    const html = await fetchText(SPA_PATH);
    const dom = new JSDOM(html, { url: server.origin + SPA_PATH, runScripts: 'outside-only', pretendToBeVisual: true });
    const win = dom.window;
    const doc = win.document;
    Object.assign(win, {
      fetch: (input: string) => fetch(new URL(input, server.origin)),
      scrollTo: () => undefined,
    });
    win.eval(await fetchText('/app/app.js'));
    const view = (): string | undefined => doc.documentElement.dataset.spaView;
    const ld = (): { '@type': string; headline?: string } =>
      JSON.parse(doc.getElementById('app-jsonld')?.textContent ?? '{}') as { '@type': string; headline?: string };

    await vi.waitFor(() => expect(view()).toBe('listing'));
    expect(doc.querySelectorAll('.app-card').length).toBe(allPosts().length);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
    expect(ld()['@type']).toBe('CollectionPage');

    const seedLink = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a.app-card__link')).find(
      (a) => a.textContent === SEED_ARTICLE_TITLE,
    );
    seedLink?.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    await vi.waitFor(() => expect(view()).toBe('article'));
    expect(win.location.pathname).toMatch(/^\/app\/exploring-the-cultural-exchange/);
    expect(doc.title).toBe(`${SEED_ARTICLE_TITLE} - Frame & Nation`);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe('2025-08-09T08:30:00+00:00');
    expect(ld()).toMatchObject({ '@type': 'NewsArticle', headline: SEED_ARTICLE_TITLE });
    expect(doc.querySelectorAll('.entry-content > p').length).toBe(seed.blocks.filter((b) => b.kind === 'p').length);

    win.history.back();
    await vi.waitFor(() => expect(view()).toBe('listing'));
    expect(win.location.pathname).toBe(SPA_PATH);
    expect(doc.title).toBe('Stories - Frame & Nation');
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
    expect(doc.querySelector('meta[property="article:published_time"]')).toBeNull();
    dom.window.close();
  });
});
