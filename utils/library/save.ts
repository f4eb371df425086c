import type { Article } from '@/utils/article/types';
import type { LibraryDb } from './db';
import type { SavedItem } from './types';

/**
 * Saves an article, keyed by its canonical URL. Saving again updates the stored copy and keeps
 * what the reader added (status, tags, first save time), so the library never holds duplicates.
 */
export async function saveArticle(db: LibraryDb, article: Article, now = Date.now()): Promise<SavedItem> {
  const url = article.canonical || article.url;
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(url);
    const item: SavedItem = {
      url,
      title: article.title,
      siteName: article.siteName,
      byline: article.byline,
      published: article.published,
      excerpt: article.description,
      status: existing?.status ?? 'unread',
      tags: existing?.tags ?? [],
      savedAt: existing?.savedAt ?? now,
      article,
    };
    await db.articles.put(item);
    return item;
  });
}

/** The most recently saved items, newest first, without their bulky article bodies. */
export async function listRecent(db: LibraryDb, limit = 20): Promise<SavedItem[]> {
  const items = await db.articles.orderBy('savedAt').reverse().limit(limit).toArray();
  return items.map((item) => ({ ...item, article: null }));
}
