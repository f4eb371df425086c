import { LibraryDb } from '@/utils/library/db';
import { writeFirstLook } from '@/utils/library/first-look';
import { itemFromArticle, splitItem } from '@/utils/library/records';
import { syntheticArticle } from './library-corpus';

/**
 * Runs inside an extension page (bundled by bench/library.ts): fills the library with synthetic
 * articles through the same record functions a save uses, in chunks of bulk writes.
 */
export async function seed(from: number, to: number, words: number): Promise<number> {
  const db = new LibraryDb();
  const CHUNK = 250;
  const day = 86_400_000;
  for (let i = from; i < to; i += CHUNK) {
    const parts: ReturnType<typeof splitItem>[] = [];
    for (let k = i; k < Math.min(to, i + CHUNK); k++) {
      const article = syntheticArticle(k, words);
      const item = itemFromArticle(article, 'popup', Date.UTC(2020, 0, 1) + k * (day / 8));
      item.tags = article.tags;
      item.status = k % 3 === 0 ? 'read' : k % 7 === 0 ? 'archived' : 'unread';
      parts.push(splitItem(item));
    }
    await db.transaction('rw', db.articles, db.bodies, async () => {
      await db.articles.bulkPut(parts.map((p) => p.row));
      await db.bodies.bulkPut(parts.map((p) => p.body));
    });
  }
  const n = await db.articles.count();
  // The library keeps its first-look copy current a moment after writes; write it now, before
  // this page's database closes.
  await writeFirstLook(db);
  db.close();
  return n;
}
