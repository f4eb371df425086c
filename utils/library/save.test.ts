import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addTags, setStatus, updateItem } from './edit';
import { LibraryFullError } from './errors';
import { getItem, listRecent, saveArticle, saveLink } from './save';
import { article, deleteTestDbs, freshDb } from './testing';
import { DEFAULT_LIST_ID } from './types';

afterEach(deleteTestDbs);

describe('saving articles', () => {
  it('keys items by the normalised canonical URL and never duplicates them', async () => {
    const db = freshDb();
    await saveArticle(db, article({ url: 'https://films.test/a?utm_source=x', canonical: 'https://FILMS.test/a#top' }), { source: 'popup', now: 1000 });
    await setStatus(db, ['https://films.test/a'], 'read');
    await addTags(db, ['https://films.test/a'], ['kazakh']);
    await updateItem(db, 'https://films.test/a', { notes: 'mine' });
    const again = await saveArticle(db, article({ canonical: 'https://films.test/a?utm_medium=email', title: 'A piece (updated)' }), { source: 'context-menu', now: 2000 });
    expect(await db.articles.count()).toBe(1);
    expect(again).toMatchObject({
      url: 'https://films.test/a',
      title: 'A piece (updated)',
      status: 'read',
      tags: ['kazakh'],
      notes: 'mine',
      savedAt: 1000,
      updatedAt: 2000,
      source: 'popup',
      lists: [DEFAULT_LIST_ID],
    });
  });

  it('stores the body apart from the row, and joins them back', async () => {
    const db = freshDb();
    await saveArticle(db, article(), { source: 'popup', now: 1 });
    const row = await db.articles.get('https://films.test/a');
    expect(row).not.toHaveProperty('html');
    expect(row?.citation.URL).toBe('https://films.test/a');
    expect(row?.citation.accessed).toBeDefined();
    const item = await getItem(db, 'https://films.test/a');
    expect(item?.html).toBe('<p>Body about Kazakh cinema</p>');
    expect(item?.text).toBe('Body about Kazakh cinema');
  });

  it('lists the newest first, rows only', async () => {
    const db = freshDb();
    await saveArticle(db, article({ canonical: 'https://films.test/old' }), { source: 'popup', now: 1 });
    await saveArticle(db, article({ canonical: 'https://films.test/new' }), { source: 'popup', now: 2 });
    const items = await listRecent(db, 10);
    expect(items.map((i) => i.url)).toEqual(['https://films.test/new', 'https://films.test/old']);
    expect(items.every((i) => !('html' in i))).toBe(true);
  });

  it('keeps a link that could not be read, titled after its address', async () => {
    const db = freshDb();
    const item = await saveLink(db, 'https://films.test/essays/the-long-take?fbclid=1', { source: 'link', now: 5 });
    expect(item).toMatchObject({ url: 'https://films.test/essays/the-long-take', title: 'films.test/essays/the-long-take', site: 'films.test', source: 'link' });
    await saveArticle(db, article({ canonical: 'https://films.test/essays/the-long-take', title: 'The long take' }), { source: 'popup', now: 6 });
    const again = await saveLink(db, 'https://films.test/essays/the-long-take', { source: 'link', now: 7 });
    expect(again.title).toBe('The long take');
  });

  it('reports a full quota clearly', async () => {
    const db = freshDb();
    await db.open();
    db.bodies.put = () => Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failure = saveArticle(db, article(), { source: 'popup' });
    await expect(failure).rejects.toBeInstanceOf(LibraryFullError);
    await expect(failure).rejects.toThrow(/full/i);
    expect(await db.articles.count()).toBe(0);
  });
});
