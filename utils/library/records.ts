import type { Article, CslItem } from '@/utils/article/types';
import type { ArticleExtras } from './article-extras';
import { DEFAULT_LIST_ID, type ItemBody, type LibraryList, type SaveSource, type SavedItem, type SavedItemRow } from './types';
import { normaliseUrl, siteOf, titleFromUrl } from './url';

/**
 * The default list as it is created in a new library. Its creation time is fixed (it exists from
 * the start in every library), so two libraries holding the same items export the same bytes.
 */
export function defaultList(): LibraryList {
  return { id: DEFAULT_LIST_ID, name: '', createdAt: 0 };
}

/** A CSL-JSON date for an epoch-milliseconds time (UTC day). */
export function cslDateOf(ms: number): NonNullable<CslItem['accessed']> {
  const d = new Date(ms);
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
}

/** A CSL-JSON date for an ISO 8601 date string, or undefined when it does not parse. */
export function cslDateFromIso(iso: string | null | undefined): CslItem['issued'] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[3]) parts.push(Number(m[3]));
  return { 'date-parts': [parts] };
}

/**
 * A citation for an item that was never extracted (an imported link): a web page with what is
 * known of it. Extracted articles carry the engine's richer CslItem instead.
 */
export function basicCitation(item: Pick<SavedItem, 'url' | 'title' | 'siteName' | 'authors' | 'published' | 'lang' | 'savedAt'>): CslItem {
  const citation: CslItem = { id: item.url, type: 'webpage', title: item.title, URL: item.url, accessed: cslDateOf(item.savedAt) };
  if (item.authors.length) citation.author = item.authors.map((literal) => ({ literal }));
  const issued = cslDateFromIso(item.published);
  if (issued) citation.issued = issued;
  if (item.siteName) citation['container-title'] = item.siteName;
  if (item.lang) citation.language = item.lang;
  return citation;
}

/**
 * A new library item for a bare link, with every field at its empty default. Importers and the
 * link saver fill in what they know. Returns null when `rawUrl` is not a web address.
 */
export function itemForLink(rawUrl: string, source: SaveSource, now: number): SavedItem | null {
  const url = normaliseUrl(rawUrl);
  if (!url) return null;
  const item: SavedItem = {
    url,
    title: titleFromUrl(url),
    siteName: null,
    site: siteOf(url),
    byline: null,
    authors: [],
    published: null,
    section: null,
    excerpt: null,
    lang: null,
    image: null,
    wordCount: 0,
    citation: { id: url, type: 'webpage', title: '', URL: url },
    related: [],
    summary: null,
    nations: null,
    tags: [],
    notes: '',
    highlights: [],
    status: 'unread',
    favourite: false,
    lists: [DEFAULT_LIST_ID],
    savedAt: now,
    readAt: null,
    updatedAt: now,
    source,
    html: '',
    text: '',
  };
  item.citation = basicCitation(item);
  return item;
}

/**
 * A new library item for an extracted article, keyed by its normalised canonical URL. Falls back
 * to the page URL when the canonical one is not a web address.
 */
export function itemFromArticle(article: Article, source: SaveSource, now: number, extras?: ArticleExtras): SavedItem {
  const base = itemForLink(article.canonical, source, now) ?? itemForLink(article.url, source, now);
  if (!base) throw new Error(`Not a web address: ${article.canonical || article.url}`);
  const citation: CslItem = { ...article.citation, URL: article.citation.URL || base.url };
  citation.accessed ??= cslDateOf(now);
  return {
    ...base,
    title: article.title || base.title,
    siteName: article.siteName,
    byline: article.byline,
    authors: article.authors,
    published: article.published,
    section: article.section,
    excerpt: article.description,
    lang: article.lang,
    image: article.image,
    wordCount: article.wordCount,
    citation,
    related: article.related,
    summary: extras?.summary ?? null,
    nations: extras?.nations ?? null,
    html: article.html,
    text: article.text,
  };
}

/** Splits an item into its `articles` row and its `bodies` row. */
export function splitItem(item: SavedItem): { row: SavedItemRow; body: ItemBody } {
  const { html, text, ...row } = item;
  return { row, body: { url: item.url, html, text } };
}

/** Joins a row with its body (an empty body when none is stored). */
export function joinItem(row: SavedItemRow, body: ItemBody | undefined): SavedItem {
  return { ...row, html: body?.html ?? '', text: body?.text ?? '' };
}
