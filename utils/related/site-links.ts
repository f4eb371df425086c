/** A feed the page declares with `<link rel="alternate">`. */
export interface DeclaredFeed {
  url: string;
  format: 'rss' | 'atom' | 'json';
  title: string | null;
}

/** What a page tells about where its site's related pieces can be found. */
export interface SiteLinks {
  /** Declared feeds, comment feeds left out, in page order. */
  feeds: DeclaredFeed[];
  /** The WordPress REST API root (`<link rel="https://api.w.org/">`), if declared. */
  wpApiRoot: string | null;
  /** Category (section) links of the article: WordPress `rel="category"` or category-like paths. */
  categories: { name: string; url: string }[];
}

const FEED_TYPES: Record<string, DeclaredFeed['format']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};
const CATEGORY_PATH = /\/(category|categories|categorie|categoria|kategorie|rubrique|rubrik|section|sections|topics?)\/[^/?#]+\/?$/i;
const MAX_CATEGORIES = 5;
/** Blocks listing other posts: their category links are those posts', not the article's. */
const OTHER_POSTS = /related|recommend|jp-relatedposts|yarpp|crp_related|read-?next|more-from|widget|sidebar/i;

function insideOtherPosts(el: Element): boolean {
  for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
    if (OTHER_POSTS.test(`${e.id} ${e.getAttribute('class') ?? ''}`) || e.tagName === 'ASIDE') return true;
  }
  return false;
}

/**
 * Reads the page's feed links, WordPress API root and category links. Small and read-only: it
 * runs in the content script when the background asks (never at page load).
 */
export function readSiteLinks(doc: Document, pageUrl: string): SiteLinks {
  const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : pageUrl;
  const abs = (href: string | null) => {
    if (!href) return null;
    try {
      const u = new URL(href, base);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };

  const feeds: DeclaredFeed[] = [];
  let wpApiRoot: string | null = null;
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const url = abs(link.getAttribute('href'));
    if (!url) continue;
    if (rels.includes('https://api.w.org/')) {
      wpApiRoot ??= url;
      continue;
    }
    if (!rels.includes('alternate')) continue;
    const type = (link.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    const format = FEED_TYPES[type];
    const title = link.getAttribute('title');
    // A WordPress post's own REST endpoint is declared as application/json too: not a feed.
    if (!format || (format === 'json' && /\/wp-json\/|[?&]rest_route=/.test(url))) continue;
    if (/comments?/i.test(title ?? '') || /\/comments\/feed\/?$/.test(new URL(url).pathname)) continue;
    if (!feeds.some((f) => f.url === url)) feeds.push({ url, format, title });
  }

  const categories: { name: string; url: string }[] = [];
  const addCategory = (a: Element) => {
    if (insideOtherPosts(a)) return;
    const url = abs(a.getAttribute('href'));
    const name = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (url && name && name.length <= 60 && !categories.some((c) => c.url === url)) categories.push({ name, url });
  };
  doc.querySelectorAll('a[rel~="category"][href]').forEach(addCategory);
  if (categories.length === 0) {
    // No WordPress markup: category-shaped links inside the article or its header.
    const scope = doc.querySelector('article, main, [role="main"]') ?? doc.body;
    scope?.querySelectorAll('a[href]').forEach((a) => {
      const url = abs(a.getAttribute('href'));
      if (url && new URL(url).host === new URL(pageUrl).host && CATEGORY_PATH.test(new URL(url).pathname)) addCategory(a);
    });
  }
  return { feeds: feeds.slice(0, 4), wpApiRoot, categories: categories.slice(0, MAX_CATEGORIES) };
}
