import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstLookItem, readFirstLook, writeFirstLook } from './first-look';
import { LIBRARY_FIRST_ROWS } from './peek';
import { saveArticle } from './save';
import { article, deleteTestDbs, freshDb } from './testing';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('first-look copy of the library', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => deleteTestDbs());

  it('is refreshed after writes, newest first, with the lists', async () => {
    const db = freshDb();
    for (let i = 0; i < 3; i++) {
      await saveArticle(db, article({ canonical: `https://films.test/${i}`, title: `Piece ${i}` }), { source: 'popup', now: 1000 + i });
    }
    await settle(400);
    const copy = await readFirstLook();
    expect(copy?.recent.map((r) => r.title)).toEqual(['Piece 2', 'Piece 1', 'Piece 0']);
    expect(copy?.lists.length).toBeGreaterThan(0);
  });

  it('keeps one screenful of slim rows', async () => {
    const db = freshDb();
    for (let i = 0; i < LIBRARY_FIRST_ROWS + 5; i++) {
      const url = `https://films.test/${i}`;
      const related = [{ url: 'https://films.test/r', title: 'R', teaser: null, section: null, date: null, image: null }];
      const citation = { id: url, type: 'webpage' as const, title: `T${i}`, URL: url, abstract: 'A long abstract.' };
      await saveArticle(db, article({ canonical: url, title: `T${i}`, related, citation }), { source: 'popup', now: i });
    }
    await writeFirstLook(db);
    const copy = await firstLookItem.getValue();
    expect(copy?.recent).toHaveLength(LIBRARY_FIRST_ROWS);
    expect(copy?.recent[0]?.url).toBe(`https://films.test/${LIBRARY_FIRST_ROWS + 4}`);
    expect(copy?.recent[0]?.related).toEqual([]);
    expect(copy?.recent[0]?.citation).not.toHaveProperty('abstract');
  });

  it('is null before anything was saved', async () => {
    expect(await readFirstLook()).toBeNull();
  });
});
