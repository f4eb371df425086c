import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { addTags, updateItem } from './edit';
import { exportLibrary } from './export';
import { parseCsvImport } from './formats/csv-import';
import { parseNetscapeBookmarks } from './formats/html-import';
import { createList } from './lists';
import { saveArticle, saveLink } from './save';
import { article, deleteTestDbs, freshDb, testEnv } from './testing';
import type { LibraryDb } from './db';

afterEach(deleteTestDbs);

const WHEN = new Date(Date.UTC(2025, 8, 2));
const exported = async (db: LibraryDb, ...args: Parameters<typeof exportLibrary> extends [unknown, ...infer R] ? R : never) => {
  const file = await exportLibrary(db, ...args);
  return { ...file, text: await new Blob(file.parts).text() };
};

async function seeded(): Promise<LibraryDb> {
  const db = freshDb();
  await saveArticle(
    db,
    article({
      canonical: 'https://frame-and-nation.example/2025/08/09/film-co-productions/',
      title: 'Steppe stories: {Kazakh} co-productions & 100% money',
      citation: {
        id: 'x',
        type: 'article-magazine',
        title: 'Steppe stories: {Kazakh} co-productions & 100% money',
        author: [{ family: 'Nurlanova', given: 'Aigerim' }, { literal: 'Frame & Nation staff' }],
        issued: { 'date-parts': [[2025, 8, 9]] },
        accessed: { 'date-parts': [[2025, 8, 10]] },
        'container-title': 'Frame & Nation',
        URL: 'https://frame-and-nation.example/2025/08/09/film-co-productions/',
        language: 'en',
      },
    }),
    { source: 'popup', now: Date.UTC(2025, 7, 10) },
  );
  await saveLink(db, 'https://blog.example/post', { source: 'link', now: Date.UTC(2025, 7, 11), title: 'A blog post' });
  await addTags(db, ['https://frame-and-nation.example/2025/08/09/film-co-productions/'], ['kazakhstan', 'to cite']);
  await updateItem(db, 'https://frame-and-nation.example/2025/08/09/film-co-productions/', { notes: 'Chapter 2,\n"money" section' });
  const list = await createList(db, 'Chapter 2');
  await db.articles.update('https://blog.example/post', { lists: [list.id] });
  return db;
}

describe('exports', () => {
  it('BibTeX: escaped fields, periodical as @article, web page as @online, unique keys', async () => {
    const { text, fileName } = await exported(await seeded(), 'bibtex', { kind: 'all' }, WHEN);
    expect(fileName).toBe('reelmark-library-2025-09-02.bib');
    expect(text).toContain('@article{nurlanova2025steppe,');
    expect(text).toContain('title = {Steppe stories: \\{Kazakh\\} co-productions \\& 100\\% money}');
    expect(text).toContain('author = {Nurlanova, Aigerim and {Frame \\& Nation staff}}');
    expect(text).toContain('journal = {Frame \\& Nation}');
    expect(text).toContain('date = {2025-08-09}');
    expect(text).toContain('urldate = {2025-08-10}');
    expect(text).toContain('keywords = {kazakhstan, to cite}');
    expect(text).toMatch(/@online\{anon\d*ndblog,\n {2}title = \{A blog post\}/);
  });

  it('RIS: one record per item with type, authors, dates, keywords and notes', async () => {
    const { text } = await exported(await seeded(), 'ris', { kind: 'all' }, WHEN);
    const records = text.split('ER  - ').filter((r) => r.trim());
    expect(records).toHaveLength(2);
    expect(text).toContain('TY  - MGZN\r\nTI  - Steppe stories');
    expect(text).toContain('AU  - Nurlanova, Aigerim\r\nAU  - Frame & Nation staff');
    expect(text).toContain('DA  - 2025/08/09/');
    expect(text).toContain('KW  - kazakhstan\r\nKW  - to cite');
    expect(text).toContain('N1  - Chapter 2, "money" section');
    expect(text).toContain('TY  - ELEC\r\nTI  - A blog post');
  });

  it('CSL-JSON: the stored citations with unique ids, keywords and notes', async () => {
    const { text } = await exported(await seeded(), 'csl-json', { kind: 'all' }, WHEN);
    const items = JSON.parse(text) as { id: string; type: string; keyword?: string; note?: string; URL: string }[];
    expect(items.map((i) => i.type)).toEqual(['webpage', 'article-magazine']);
    expect(new Set(items.map((i) => i.id)).size).toBe(2);
    expect(items[1]).toMatchObject({ keyword: 'kazakhstan, to cite', note: 'Chapter 2,\n"money" section' });
  });

  it('CSV: quoted cells, tags and list names joined by |, and readable back', async () => {
    const { text } = await exported(await seeded(), 'csv', { kind: 'all' }, WHEN);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows[1]).toMatchObject({ title: 'Steppe stories: {Kazakh} co-productions & 100% money', tags: 'kazakhstan|to cite', lists: 'Reading list', notes: 'Chapter 2,\n"money" section', status: 'unread' });
    expect(rows[0]?.lists).toBe('Chapter 2');
    const back = parseCsvImport(text, WHEN.getTime());
    expect(back.items.map((i) => [i.url, i.tags, i.notes])).toEqual([
      ['https://blog.example/post', [], ''],
      ['https://frame-and-nation.example/2025/08/09/film-co-productions/', ['kazakhstan', 'to cite'], 'Chapter 2,\n"money" section'],
    ]);
  });

  it('Netscape HTML: a folder per list that a bookmark import reads back', async () => {
    const { text } = await exported(await seeded(), 'netscape-html', { kind: 'all' }, WHEN);
    expect(text.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(text).toContain('TAGS="kazakhstan,to cite"');
    const back = parseNetscapeBookmarks(text, testEnv());
    expect(back.lists.map((l) => l.name)).toEqual(['Reading list', 'Chapter 2']);
    expect(back.items.find((i) => i.url.includes('frame-and-nation'))).toMatchObject({ tags: ['kazakhstan', 'to cite'], notes: 'Chapter 2,\n"money" section', savedAt: Date.UTC(2025, 7, 10) });
  });

  it('Markdown: linked titles, facts, tags and notes', async () => {
    const { text } = await exported(await seeded(), 'markdown', { kind: 'all' }, WHEN);
    expect(text).toContain('## [Steppe stories: {Kazakh} co-productions & 100% money](https://frame-and-nation.example/2025/08/09/film-co-productions/)');
    expect(text).toContain('- #kazakhstan #to-cite');
    expect(text).toContain('> Chapter 2,\n> "money" section');
  });

  it('exports one list or chosen items', async () => {
    const db = await seeded();
    const list = (await db.lists.toArray()).find((l) => l.name === 'Chapter 2')!;
    const one = await exported(db, 'csl-json', { kind: 'list', listId: list.id }, WHEN);
    expect(one.count).toBe(1);
    expect(one.fileName).toBe('reelmark-chapter-2-2025-09-02.csl.json');
    const chosen = await exported(db, 'reelmark-json', { kind: 'items', urls: ['https://blog.example/post'] }, WHEN);
    expect(JSON.parse(chosen.text)).toMatchObject({ format: 'reelmark-library', items: [{ url: 'https://blog.example/post' }], lists: [{ name: 'Chapter 2' }] });
  });

  it('gives the same file from rows the page already holds', async () => {
    const db = await seeded();
    const rows = await db.articles.toArray();
    for (const format of ['reelmark-json', 'csv', 'bibtex'] as const) {
      const fromDb = await new Blob((await exportLibrary(db, format, { kind: 'all' }, WHEN)).parts).text();
      const fromRows = await new Blob((await exportLibrary(db, format, { kind: 'all' }, WHEN, rows.reverse())).parts).text();
      expect(fromRows).toBe(fromDb);
    }
    const list = (await db.lists.toArray()).find((l) => l.name === 'Chapter 2')!;
    expect((await exportLibrary(db, 'csv', { kind: 'list', listId: list.id }, WHEN, rows)).count).toBe(1);
  });
});
