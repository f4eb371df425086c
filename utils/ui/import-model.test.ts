// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSearchEngine, inThreadSearch } from '@/utils/library/search-service';
import { deleteTestDbs, freshDb, sample } from '@/utils/library/testing';
import { createImportModel } from './import-model';
import { createLibraryModel, type LibraryModel } from './library-model';

const models: LibraryModel[] = [];
afterEach(async () => {
  models.splice(0).forEach((m) => m.dispose());
  await new Promise((resolve) => setTimeout(resolve, 50));
  await deleteTestDbs();
});

const file = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.slice().buffer });

async function setup() {
  const db = freshDb();
  const library = createLibraryModel(async () => db, window, (listeners) => inThreadSearch(createSearchEngine(db), listeners));
  models.push(library);
  await library.load();
  const importer = createImportModel(async () => db, library, window, performance);
  return { db, library, importer };
}

describe('import flow on the library page', () => {
  it('previews without writing, then commits, lists and indexes the items', async () => {
    const { db, library, importer } = await setup();
    await importer.choose(file('part_000000.csv', sample('pocket-2025/part_000000.csv')));
    expect(importer.phase.value).toBe('preview');
    expect(importer.preview.value?.counts).toMatchObject({ entries: 12, added: 9, skipped: 2 });
    expect(await db.articles.count()).toBe(0);

    await importer.commit();
    expect(importer.phase.value).toBe('done');
    expect(library.total.value).toBe(9);
    library.setQuery('senegal');
    await vi.waitFor(() => expect(library.visible.value.map((r) => r.title)).toEqual(["Senegal's new wave and the Dakar film school"]));
  });

  it('cancels without writing, and reports a file it cannot read', async () => {
    const { db, importer } = await setup();
    await importer.choose(file('bookmarks.html', sample('bookmarks.html')));
    importer.cancel();
    expect(importer.phase.value).toBe('idle');
    expect(await db.articles.count()).toBe(0);

    await importer.choose(file('notes.txt', new TextEncoder().encode('just notes')));
    expect(importer.phase.value).toBe('error');
    expect(importer.error.value).toMatch(/notes\.txt/);
  });
});
