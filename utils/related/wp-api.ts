import { canonicalUrl } from '@/utils/fetching/canonical-url';
import { cleanExcerpt, type FeedItem } from './feed-parse';
import { clip, htmlToText } from './plain-text';

const FIELDS = 'id,link,title,excerpt,date_gmt,date,categories';
const PER_PAGE = 10;

/**
 * A WordPress REST route under the API root the page declares. Sites without pretty permalinks
 * declare `/?rest_route=/`, where the route goes in that parameter and the query follows it.
 */
export function wpRoute(apiRoot: string, route: string, query: Record<string, string>): string {
  const root = new URL(apiRoot);
  if (root.searchParams.has('rest_route')) {
    root.searchParams.set('rest_route', `/${route}`);
    for (const [k, v] of Object.entries(query)) root.searchParams.set(k, v);
    return root.href;
  }
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const url = new URL(route, root);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.href;
}

/** The lookup of a category's id by its slug. */
export function wpCategoryUrl(apiRoot: string, slug: string): string {
  return wpRoute(apiRoot, 'wp/v2/categories', { slug, _fields: 'id,name,slug' });
}

/** Recent posts of a category (by id), or found by a search for the section's name. */
export function wpPostsUrl(apiRoot: string, by: { categoryId: number } | { search: string }): string {
  const query: Record<string, string> =
    'categoryId' in by ? { categories: String(by.categoryId) } : { search: by.search };
  return wpRoute(apiRoot, 'wp/v2/posts', { ...query, per_page: String(PER_PAGE), _fields: FIELDS });
}

/** The id of the category with this slug in a `/categories` answer (servers may ignore `?slug=`). */
export function parseWpCategoryId(json: unknown, slug: string): number | null {
  if (!Array.isArray(json)) return null;
  const hit = json.find((c: unknown) => isRecord(c) && c.slug === slug && typeof c.id === 'number');
  return isRecord(hit) && typeof hit.id === 'number' ? hit.id : null;
}

/**
 * Posts from a `/posts` answer as feed items. When a category id is given, posts outside it are
 * dropped (servers that ignore the query return every post).
 */
export function parseWpPosts(json: unknown, apiRoot: string, categoryId: number | null, categoryName: string | null): FeedItem[] {
  if (!Array.isArray(json)) return [];
  const items: FeedItem[] = [];
  for (const post of json) {
    if (!isRecord(post)) continue;
    const cats = Array.isArray(post.categories) ? post.categories.filter((c): c is number => typeof c === 'number') : [];
    if (categoryId !== null && cats.length > 0 && !cats.includes(categoryId)) continue;
    const url = typeof post.link === 'string' ? canonicalUrl(post.link, apiRoot) : null;
    const title = htmlToText(rendered(post.title));
    if (!url || !title) continue;
    const excerpt = cleanExcerpt(htmlToText(rendered(post.excerpt)));
    const gmt = typeof post.date_gmt === 'string' ? `${post.date_gmt}Z` : typeof post.date === 'string' ? post.date : null;
    const t = gmt ? Date.parse(gmt) : NaN;
    items.push({
      url,
      title,
      summary: excerpt ? clip(excerpt, 400) : null,
      content: excerpt || null,
      date: Number.isNaN(t) ? null : new Date(t).toISOString(),
      categories: categoryId !== null && cats.includes(categoryId) && categoryName ? [categoryName] : [],
      image: null,
    });
  }
  return items;
}

function rendered(v: unknown): string {
  if (typeof v === 'string') return v;
  return isRecord(v) && typeof v.rendered === 'string' ? v.rendered : '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
