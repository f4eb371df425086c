import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteItems, updateItem } from './edit';
import { saveArticle } from './save';
import { loadSearchIndex, openSearchIndex } from './search-store';
import { article, deleteTestDbs, freshDb } from './testing';
import type { LibraryDb } from './db';
import type { SavedItemRow } from './types';

afterEach(deleteTestDbs);

async function rowsOf(db: LibraryDb): Promise<Map<string, SavedItemRow>> {
  return new Map((await db.articles.toArray()).map((r) => [r.url, r]));
}

describe('persisted search index', () => {
  it('is built once, persisted, then caught up with changes made elsewhere', async () => {
    const db = freshDb();
    await saveArticle(db, article({ canonical: 'https://films.test/kz', title: 'Steppe stories', text: 'Almaty producers' }), { source: 'popup', now: 10 });
    await saveArticle(db, article({ canonical: 'https://films.test/mx', title: 'Nuevo Cine', text: 'Mexico City critics' }), { source: 'popup', now: 20 });
    const first = await openSearchIndex(db, await rowsOf(db), 100);
    expect(first.search.search('almaty').map((h) => h.id)).toEqual(['https://films.test/kz']);
    expect((await loadSearchIndex(db))?.builtAt).toBe(100);

    // Another context edits notes, deletes one item and saves a new one.
    await updateItem(db, 'https://films.test/kz', { notes: 'chapter two' }, 200);
    await deleteItems(db, ['https://films.test/mx']);
    await saveArticle(db, article({ canonical: 'https://films.test/hu', title: 'The long take', text: 'Budapest' }), { source: 'link', now: 50 });

    const second = await openSearchIndex(db, await rowsOf(db), 300);
    expect(second.search.search('chapter').map((h) => h.id)).toEqual(['https://films.test/kz']);
    expect(second.search.search('nuevo')).toEqual([]);
    expect(second.search.search('budapest').map((h) => h.id)).toEqual(['https://films.test/hu']);
  });
});
