import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteItems } from './edit';
import { exportLibrary } from './export';
import { parseImportFile } from './formats/parse-file';
import { commitImport, previewImport } from './import';
import { allLists } from './lists';
import { getItem, saveArticle } from './save';
import { article, deleteTestDbs, freshDb, sample, testEnv } from './testing';
import { DEFAULT_LIST_ID } from './types';

afterEach(deleteTestDbs);

const env = testEnv();
const textOf = (parts: BlobPart[]) => new Blob(parts).text();

describe('importing', () => {
  it('previews counts without writing, then commits them', async () => {
    const db = freshDb();
    await saveArticle(db, article({ canonical: 'https://persian-screens.example/after-the-ban', title: 'After the ban' }), { source: 'popup', now: 1 });
    const parsed = parseImportFile('export.csv', sample('instapaper-export.csv'), env);
    const preview = await previewImport(db, parsed, env.now);
    expect(preview.counts).toEqual({ entries: 7, added: 3, merged: 1, unchanged: 0, duplicatesInFile: 1, skipped: 2, newLists: 1 });
    expect(await db.articles.count()).toBe(1);

    const done = await commitImport(db, parsed, env.now);
    expect(done.counts).toEqual(preview.counts);
    expect(await db.articles.count()).toBe(4);
    // The saved article keeps its extracted title and content, gains the imported tags and status.
    const merged = await getItem(db, 'https://persian-screens.example/after-the-ban');
    expect(merged).toMatchObject({ title: 'After the ban', status: 'archived', tags: ['iran'], savedAt: 1, source: 'popup' });
    expect(merged?.text).toBe('Body about Kazakh cinema');
    const lists = await allLists(db);
    expect(lists.map((l) => l.name)).toEqual(['', 'Festivals']);
    const critics = await db.articles.get('https://festival-diaries.example/cannes/2024/critics-week');
    expect(critics?.lists).toEqual([lists[1]!.id]);
  });

  it('merges repeats within a file into one item', async () => {
    const db = freshDb();
    const parsed = parseImportFile('part_000000.csv', sample('pocket-2025/part_000000.csv'), env);
    const done = await commitImport(db, parsed, env.now);
    expect(done.counts).toMatchObject({ entries: 12, added: 9, duplicatesInFile: 1, skipped: 2 });
    const nuevo = await db.articles.get('https://cinema-journal.example/essays/nuevo-cine-revisited');
    expect(nuevo).toMatchObject({ title: 'Mexico\'s "Nuevo Cine", revisited', status: 'archived', tags: ['mexico', 'history', 'essay', 'newsletter'], savedAt: 1751302800000 });
  });

  it('is all or nothing', async () => {
    const db = freshDb();
    await db.open();
    const parsed = parseImportFile('part_000000.csv', sample('pocket-2025/part_000000.csv'), env);
    db.bodies.bulkPut = () => Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(commitImport(db, { ...parsed, items: parsed.items.map((i) => ({ ...i, html: '<p>x</p>', text: 'x', wordCount: 1 })) }, env.now)).rejects.toThrow(/full/i);
    expect(await db.articles.count()).toBe(0);
  });

  it('imports the same file twice without changing anything the second time', async () => {
    const db = freshDb();
    const parsed = parseImportFile('bookmarks.html', sample('bookmarks.html'), env);
    await commitImport(db, parsed, env.now);
    const again = await previewImport(db, parseImportFile('bookmarks.html', sample('bookmarks.html'), env), env.now + 1000);
    expect(again.counts).toMatchObject({ added: 0, merged: 0, unchanged: 4, duplicatesInFile: 1, newLists: 0 });
  });
});

describe('Reelmark JSON round trip', () => {
  it('exports, re-imports into an empty library, and exports the same bytes', async () => {
    const db = freshDb();
    await commitImport(db, parseImportFile('library.json', sample('reelmark-library.json'), env), env.now);
    await commitImport(db, parseImportFile('bookmarks.html', sample('bookmarks.html'), env), env.now);
    await saveArticle(db, article({ canonical: 'https://films.test/saved', related: [{ url: 'https://films.test/r', title: 'R', teaser: null, section: null, date: null, image: null }] }), { source: 'shortcut', now: 5 });
    const when = new Date(Date.UTC(2025, 8, 2));
    const first = await textOf((await exportLibrary(db, 'reelmark-json', { kind: 'all' }, when)).parts);

    const other = freshDb();
    const parsed = parseImportFile('x.json', new TextEncoder().encode(first), env);
    expect(parsed.skipped).toEqual([]);
    await commitImport(other, parsed, env.now + 99);
    const second = await textOf((await exportLibrary(other, 'reelmark-json', { kind: 'all' }, when)).parts);
    expect(second).toBe(first);

    // Re-importing into the same library changes nothing either.
    const again = await previewImport(other, parseImportFile('x.json', new TextEncoder().encode(first), env), env.now + 500);
    expect(again.counts).toMatchObject({ added: 0, merged: 0, unchanged: JSON.parse(first).items.length });

    // And a cleared library comes back whole.
    await deleteItems(other, (await other.articles.toCollection().primaryKeys()) as string[]);
    await commitImport(other, parseImportFile('x.json', new TextEncoder().encode(first), env), env.now + 700);
    expect(await textOf((await exportLibrary(other, 'reelmark-json', { kind: 'all' }, when)).parts)).toBe(first);
  });

  it('keeps list ids and the reading list', async () => {
    const db = freshDb();
    await commitImport(db, parseImportFile('library.json', sample('reelmark-library.json'), env), env.now);
    expect((await allLists(db)).map((l) => l.id)).toEqual([DEFAULT_LIST_ID, 'list-3f9a2c1e']);
    expect((await db.articles.get('https://cinema-journal.example/essays/nuevo-cine-revisited'))?.lists).toEqual(['list-3f9a2c1e']);
  });
});

describe('committing a previewed import', () => {
  it('writes the preview when the library is unchanged, and works it out again when it changed', async () => {
    const db = freshDb();
    const parsed = parseImportFile('part_000000.csv', sample('pocket-2025/part_000000.csv'), env);
    const preview = await previewImport(db, parsed, env.now);
    // Something is saved between the preview and the commit: the commit must see it.
    await saveArticle(db, article({ canonical: 'https://persian-screens.example/after-the-ban', title: 'After the ban' }), { source: 'popup', now: 2 });
    const done = await commitImport(db, parsed, env.now, preview);
    expect(done.counts).toMatchObject({ added: 8, merged: 1 });
    expect((await db.articles.get('https://persian-screens.example/after-the-ban'))?.title).toBe('After the ban');

    const other = freshDb();
    const previewed = await previewImport(other, parsed, env.now);
    expect((await commitImport(other, parsed, env.now, previewed)).counts).toEqual(previewed.counts);
    expect(await other.articles.count()).toBe(9);
  });
});
