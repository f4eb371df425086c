import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { peekRecent } from './peek';
import { saveArticle } from './save';
import { article, deleteTestDbs, freshDb } from './testing';

afterEach(deleteTestDbs);

describe('peeking at the newest items without Dexie', () => {
  it('reads the newest rows by save time', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i++) await saveArticle(db, article({ canonical: `https://films.test/${i}` }), { source: 'popup', now: 1000 + i });
    const rows = await peekRecent(indexedDB, 3, db.name);
    expect(rows.map((r) => r.url)).toEqual(['https://films.test/4', 'https://films.test/3', 'https://films.test/2']);
    // Dexie can still use (and upgrade) the database afterwards.
    expect(await db.articles.count()).toBe(5);
  });

  it('does not create a library that does not exist', async () => {
    expect(await peekRecent(indexedDB, 3, 'no-such-library')).toEqual([]);
    expect((await indexedDB.databases()).some((d) => d.name === 'no-such-library')).toBe(false);
  });
});
