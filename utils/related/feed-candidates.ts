import type { SiteLinks } from './site-links';

/** Paths where sites commonly publish a feed without declaring it. */
export const COMMON_FEED_PATHS = ['/feed/', '/rss.xml', '/atom.xml', '/feed.json', '/index.xml', '/rss/'];

/** Feeds to read for a page, in the order they are tried. */
export interface FeedPlan {
  /** Feeds to read: the category feed (WordPress), then the page's declared feeds. */
  feeds: string[];
  /** Common paths, probed one after another until one is a feed; only when the page declares none. */
  probes: string[];
}

const MAX_FEEDS = 3;

/**
 * Plans which feeds to read. The WordPress category feed (`/category/<slug>/feed/`) is built from
 * the article's category link, the one matching its section first; declared feeds follow; the
 * common paths are probed only when the page declares nothing (one request at a time).
 */
export function planFeeds(links: SiteLinks, pageUrl: string, section: string | null): FeedPlan {
  const feeds: string[] = [];
  for (const cat of orderCategories(links.categories, section)) {
    const wpFeed = wordpressCategoryFeed(cat.url, links.wpApiRoot !== null);
    if (wpFeed && !feeds.includes(wpFeed)) feeds.push(wpFeed);
    if (feeds.length >= 1) break;
  }
  for (const f of links.feeds) if (!feeds.includes(f.url)) feeds.push(f.url);
  const declared = links.feeds.length > 0;
  const origin = new URL(pageUrl).origin;
  return {
    feeds: feeds.slice(0, MAX_FEEDS),
    probes: declared || feeds.length > 0 ? [] : COMMON_FEED_PATHS.map((p) => origin + p),
  };
}

/** Category links, the one whose name is the article's section first. */
export function orderCategories(categories: SiteLinks['categories'], section: string | null): SiteLinks['categories'] {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const target = section ? norm(section) : null;
  return [...categories].sort((a, b) => Number(norm(b.name) === target) - Number(norm(a.name) === target));
}

/**
 * The WordPress feed of a category archive: `<category URL>feed/`. Only for WordPress-shaped
 * category URLs (`/category/<slug>/`), or any category link when the site declares the WP API.
 */
export function wordpressCategoryFeed(categoryUrl: string, isWordPress: boolean): string | null {
  const url = new URL(categoryUrl);
  if (!isWordPress && !/\/category\/[^/]+\/?$/.test(url.pathname)) return null;
  if (url.search) return null;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL('feed/', url).href;
}

/** The slug of a category archive URL (`/category/national-cinemas/` → `national-cinemas`). */
export function categorySlug(categoryUrl: string): string | null {
  const segments = new URL(categoryUrl).pathname.split('/').filter(Boolean);
  return segments.length >= 2 ? decodeURIComponent(segments.at(-1)!) : null;
}
