import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveFromLink, saveFromTab, type CaptureDeps } from './capture';
import { article, deleteTestDbs, freshDb } from './testing';
import type { LibraryDb } from './db';

afterEach(deleteTestDbs);

function deps(db: LibraryDb, over: Partial<CaptureDeps> = {}): CaptureDeps {
  return {
    db: () => db,
    tabArticle: async (_tabId, url) => article({ canonical: url ?? 'https://films.test/tab', title: 'From the tab' }),
    fetchArticle: async (url) => article({ canonical: url, title: 'Fetched' }),
    ...over,
  };
}

describe('saving from the browser', () => {
  it('saves the rendered page of a tab', async () => {
    const db = freshDb();
    const outcome = await saveFromTab(deps(db), 1, 'https://films.test/tab', 'shortcut');
    expect(outcome).toMatchObject({ ok: true, extracted: true, item: { title: 'From the tab', source: 'shortcut' } });
    expect(outcome.ok && 'html' in outcome.item).toBe(false);
  });

  it('fetches the page when the content script cannot answer, and keeps the link when that fails too', async () => {
    const db = freshDb();
    const noScript = () => Promise.reject(new Error('Could not establish connection'));
    const fetched = await saveFromTab(deps(db, { tabArticle: noScript }), 1, 'https://films.test/old-tab', 'context-menu');
    expect(fetched).toMatchObject({ ok: true, extracted: true, item: { title: 'Fetched', source: 'context-menu' } });

    const offline = deps(db, { tabArticle: noScript, fetchArticle: () => Promise.reject(new Error('HTTP 503')) });
    const linkOnly = await saveFromTab(offline, 2, 'https://films.test/down', 'context-menu');
    expect(linkOnly).toMatchObject({ ok: true, extracted: false, item: { url: 'https://films.test/down', title: 'films.test/down' } });

    const nothing = await saveFromTab(deps(db, { tabArticle: noScript }), 3, 'chrome://extensions', 'shortcut');
    expect(nothing).toEqual({ ok: false, error: 'Could not establish connection' });
  });

  it('saves a link fetched in the background, named by its link text when it cannot be read', async () => {
    const db = freshDb();
    expect(await saveFromLink(deps(db), 'https://films.test/linked', 'link')).toMatchObject({ ok: true, extracted: true, item: { title: 'Fetched', source: 'link' } });
    const failing = deps(db, { fetchArticle: () => Promise.reject(new Error('Not a web page (application/pdf)')) });
    expect(await saveFromLink(failing, 'https://films.test/paper.pdf', 'link', 'The paper')).toMatchObject({ ok: true, extracted: false, item: { title: 'The paper' } });
    expect(await db.articles.count()).toBe(2);
  });
});
