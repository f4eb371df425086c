// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryDb } from '@/utils/library/db';
import { saveArticle } from '@/utils/library/save';
import { createSearchEngine, inThreadSearch } from '@/utils/library/search-service';
import { article, deleteTestDbs, freshDb } from '@/utils/library/testing';
import { DEFAULT_LIST_ID } from '@/utils/library/types';
import { createLibraryModel, type LibraryModel } from './library-model';

const models: LibraryModel[] = [];
afterEach(async () => {
  models.splice(0).forEach((m) => m.dispose());
  // Let live queries that were already running settle before their database goes.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await deleteTestDbs();
});

async function seeded(): Promise<{ db: LibraryDb; model: LibraryModel }> {
  const db = freshDb();
  await saveArticle(db, article({ canonical: 'https://films.test/kz', title: 'Steppe stories', text: 'Almaty producers and Seoul post-production' }), { source: 'popup', now: 3 });
  await saveArticle(db, article({ canonical: 'https://films.test/mx', title: 'Nuevo Cine revisited', text: 'Mexico City critics' }), { source: 'popup', now: 2 });
  await saveArticle(db, article({ canonical: 'https://other.test/hu', title: 'The long take', text: 'Budapest' }), { source: 'link', now: 1 });
  const model = createLibraryModel(async () => db, window, (listeners) => inThreadSearch(createSearchEngine(db), listeners));
  models.push(model);
  await model.load();
  return { db, model };
}

const titles = (m: LibraryModel) => m.visible.value.map((r) => r.title);

describe('library page model', () => {
  it('loads every row, newest first, and counts them', async () => {
    const { model } = await seeded();
    expect(model.total.value).toBe(3);
    expect(model.count.value).toBe(3);
    expect(titles(model)).toEqual(['Steppe stories', 'Nuevo Cine revisited', 'The long take']);
    expect(model.searchState.value).toBe('ready');
  });

  it('searches body text in relevance order and goes back to the chosen sort after', async () => {
    const { model } = await seeded();
    model.setSort('title-asc');
    model.setQuery('almaty');
    expect(model.sort.value).toBe('relevance');
    await vi.waitFor(() => expect(titles(model)).toEqual(['Steppe stories']));
    model.setQuery('');
    expect(model.sort.value).toBe('title-asc');
    expect(titles(model)).toEqual(['Nuevo Cine revisited', 'Steppe stories', 'The long take']);
  });

  it('marks, tags and files items, and announces it', async () => {
    const { db, model } = await seeded();
    await model.setStatus(['https://films.test/kz', 'https://films.test/mx'], 'read');
    expect(model.announcement.value).toBe('Marked 2 items as Read.');
    model.setFilter('status', 'read');
    expect(model.count.value).toBe(2);
    model.clearFilters();

    await model.addTags(['https://films.test/kz'], ['to cite']);
    expect(model.tags.value).toEqual([{ value: 'to cite', count: 1 }]);
    model.setQuery('cite');
    await vi.waitFor(() => expect(titles(model)).toEqual(['Steppe stories']));
    model.setQuery('');

    await model.createList('Chapter 2');
    await vi.waitFor(() => expect(model.lists.value.map((l) => l.name)).toEqual(['', 'Chapter 2']));
    const chapter = model.lists.value[1]!.id;
    await model.addToList(['https://other.test/hu'], chapter, true);
    expect((await db.articles.get('https://other.test/hu'))?.lists).toEqual([chapter]);
    expect(model.listCounts.value.get(DEFAULT_LIST_ID)).toBe(2);
    model.setFilter('listId', chapter);
    expect(titles(model)).toEqual(['The long take']);
    await model.deleteList(chapter);
    expect(model.filters.value.listId).toBe('all');
    expect((await db.articles.get('https://other.test/hu'))?.lists).toEqual([]);
  });

  it('deletes items and follows saves made elsewhere', async () => {
    const { db, model } = await seeded();
    model.toggleSelected('https://films.test/mx');
    await model.deleteItems([...model.selected.value]);
    expect(model.total.value).toBe(2);
    expect(model.selected.value.size).toBe(0);

    // Another extension context (its own Dexie instance) saves an article.
    const elsewhere = new LibraryDb(db.name);
    await saveArticle(elsewhere, article({ canonical: 'https://films.test/new', title: 'Saved from the popup', text: 'Dakar' }), { source: 'popup' });
    elsewhere.close();
    await vi.waitFor(() => expect(model.total.value).toBe(3), { timeout: 5000 });
    model.setQuery('dakar');
    await vi.waitFor(() => expect(titles(model)).toEqual(['Saved from the popup']));
  });
});
