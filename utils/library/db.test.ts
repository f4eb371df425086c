import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb, type V1Row } from './db';
import { article } from './testing';
import { DEFAULT_LIST_ID } from './types';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes rows the way the foundation's version 1 did, then closes the database. */
async function seedV1(name: string, rows: V1Row[]): Promise<void> {
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores({ articles: 'url, savedAt, status, *tags' });
  await v1.table('articles').bulkPut(rows);
  v1.close();
}

describe('library database migrations', () => {
  it('upgrades v1 rows to v2: bodies split out, fields filled, the reading list created', async () => {
    const name = 'migrate-v1';
    const extracted = article({ canonical: 'https://films.test/a', title: 'Extracted', text: 'Kazakh text', html: '<p>Kazakh text</p>' });
    await seedV1(name, [
      { url: 'https://films.test/a', title: 'Extracted', siteName: 'Films', byline: 'By Ana Silva', published: '2025-08-09', excerpt: 'About', status: 'read', tags: ['kazakh'], savedAt: 100, article: extracted, summary: { points: ['p'], tldr: 'short', lang: 'en', source: 'extractive' } },
      { url: 'https://films.test/b', title: 'Bare', siteName: null, byline: null, published: null, excerpt: null, status: 'unread', tags: [], savedAt: 200, article: null },
    ]);

    const db = new LibraryDb(name);
    const rows = await db.articles.orderBy('savedAt').toArray();
    expect(rows.map((r) => r.url)).toEqual(['https://films.test/a', 'https://films.test/b']);
    expect(rows[0]).toMatchObject({
      title: 'Extracted',
      status: 'read',
      tags: ['kazakh'],
      savedAt: 100,
      source: 'legacy',
      lists: [DEFAULT_LIST_ID],
      favourite: false,
      notes: '',
      summary: { tldr: 'short' },
      citation: { URL: 'https://films.test/a' },
    });
    expect(rows[0]!.readAt).not.toBeNull();
    expect(rows[0]).not.toHaveProperty('article');
    expect(rows[1]).toMatchObject({ title: 'Bare', site: 'films.test', wordCount: 0, readAt: null });
    expect(await db.bodies.get('https://films.test/a')).toMatchObject({ html: '<p>Kazakh text</p>', text: 'Kazakh text' });
    expect(await db.lists.get(DEFAULT_LIST_ID)).toMatchObject({ id: DEFAULT_LIST_ID });
    expect(db.verno).toBe(2);
    db.close();
  });

  it('merges v1 rows whose URLs only differed by tracking parameters', async () => {
    const name = 'migrate-v1-dupes';
    const base = { siteName: null, byline: null, published: null, excerpt: null, status: 'unread' as const, tags: [], article: null };
    await seedV1(name, [
      { ...base, url: 'https://films.test/a?utm_source=x', title: 'Later', savedAt: 300 },
      { ...base, url: 'https://films.test/a', title: 'First', savedAt: 100 },
    ]);
    const db = new LibraryDb(name);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get('https://films.test/a'))?.savedAt).toBe(100);
    db.close();
  });

  it('creates the reading list in a new library', async () => {
    const name = 'fresh-v2';
    names.push(name);
    const db = new LibraryDb(name);
    expect((await db.lists.toArray()).map((l) => l.id)).toEqual([DEFAULT_LIST_ID]);
    db.close();
  });
});
