import type { Article } from '@/utils/article/types';
import type { ArticleExtras } from './article-extras';
import type { LibraryDb } from './db';
import { withQuotaCheck } from './errors';
import { mergeResaved } from './merge';
import { itemForLink, itemFromArticle, joinItem, splitItem } from './records';
import type { SaveSource, SavedItem, SavedItemRow } from './types';

/** How a save was asked for, and when. */
export interface SaveOptions {
  source: SaveSource;
  now?: number;
  /** The summary and nation tags to keep with the article (see `articleExtras`). */
  extras?: ArticleExtras;
}

/** Writes a whole item (row and body) in one transaction. */
async function put(db: LibraryDb, item: SavedItem): Promise<void> {
  const { row, body } = splitItem(item);
  await db.transaction('rw', db.articles, db.bodies, async () => {
    await db.articles.put(row);
    await db.bodies.put(body);
  });
}

/**
 * Saves an article, keyed by its normalised canonical URL. Saving again updates the stored copy
 * and keeps what the reader added (status, tags, notes, lists, first save time), so the library
 * never holds duplicates. A full storage quota throws a `LibraryFullError`.
 */
export async function saveArticle(db: LibraryDb, article: Article, { source, now = Date.now(), extras }: SaveOptions): Promise<SavedItem> {
  const fresh = itemFromArticle(article, source, now, extras);
  return withQuotaCheck(() =>
    db.transaction('rw', db.articles, db.bodies, async () => {
      const existing = await db.articles.get(fresh.url);
      const item = existing ? mergeResaved(existing, fresh, now) : fresh;
      await put(db, item);
      return item;
    }),
  );
}

/**
 * Saves a link that could not be extracted (not a web page, or the fetch failed) so it is not
 * lost: title and site come from the URL. An item already saved is left as it is.
 */
export async function saveLink(
  db: LibraryDb,
  url: string,
  { source, now = Date.now(), title }: SaveOptions & { title?: string },
): Promise<SavedItem> {
  const fresh = itemForLink(url, source, now);
  if (!fresh) throw new Error(`Not a web address: ${url}`);
  if (title?.trim()) fresh.title = fresh.citation.title = title.trim();
  return withQuotaCheck(() =>
    db.transaction('rw', db.articles, db.bodies, async () => {
      const existing = await db.articles.get(fresh.url);
      if (existing) return joinItem(existing, await db.bodies.get(fresh.url));
      await put(db, fresh);
      return fresh;
    }),
  );
}

/** The most recently saved items, newest first (rows only: no article bodies). */
export async function listRecent(db: LibraryDb, limit = 20): Promise<SavedItemRow[]> {
  return db.articles.orderBy('savedAt').reverse().limit(limit).toArray();
}

/** One whole item, body included, or null when it is not in the library. */
export async function getItem(db: LibraryDb, url: string): Promise<SavedItem | null> {
  const [row, body] = await Promise.all([db.articles.get(url), db.bodies.get(url)]);
  return row ? joinItem(row, body) : null;
}
