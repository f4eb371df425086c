import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/utils/article/types';
import { LibraryDb } from './db';
import { listRecent, saveArticle } from './save';

const article = (over: Partial<Article> = {}): Article => ({
  url: 'https://films.test/a?utm_source=x',
  canonical: 'https://films.test/a',
  title: 'A piece',
  byline: 'By Someone',
  authors: ['Someone'],
  published: '2025-08-09',
  modified: null,
  section: 'National cinemas',
  tags: [],
  siteName: 'Films',
  lang: 'en',
  description: 'About films',
  image: null,
  isArticle: true,
  confidence: 0.9,
  wordCount: 100,
  readingMinutes: 1,
  text: 'Body',
  html: '<p>Body</p>',
  related: [],
  citation: { id: 'a', type: 'webpage', title: 'A piece', URL: 'https://films.test/a' },
  ...over,
});

let n = 0;
const dbs: LibraryDb[] = [];
function freshDb(): LibraryDb {
  const db = new LibraryDb(`test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('saving articles', () => {
  it('keys items by canonical URL and never duplicates them', async () => {
    const db = freshDb();
    await saveArticle(db, article(), 1000);
    await db.articles.update('https://films.test/a', { status: 'read', tags: ['kazakh'] });
    const again = await saveArticle(db, article({ title: 'A piece (updated)' }), 2000);
    expect(await db.articles.count()).toBe(1);
    expect(again).toMatchObject({ title: 'A piece (updated)', status: 'read', tags: ['kazakh'], savedAt: 1000 });
  });

  it('lists the newest first without article bodies', async () => {
    const db = freshDb();
    await saveArticle(db, article({ canonical: 'https://films.test/old' }), 1);
    await saveArticle(db, article({ canonical: 'https://films.test/new' }), 2);
    const items = await listRecent(db, 10);
    expect(items.map((i) => i.url)).toEqual(['https://films.test/new', 'https://films.test/old']);
    expect(items.every((i) => i.article === null)).toBe(true);
  });
});
