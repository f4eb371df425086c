import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import type { LibraryDb } from '@/utils/library/db';
import { workerItemsWriter } from '@/utils/library/export-writer';
import { workerSearch } from '@/utils/library/search-client';
import { t } from '@/utils/i18n';
import { createExportModel } from '@/utils/ui/export-model';
import { createImportModel } from '@/utils/ui/import-model';
import { createLibraryModel } from '@/utils/ui/library-model';
import type { LibraryPeek } from '@/utils/library/peek';

/** Builds the library page; `firstLook` is the first rows, already being read by `main.tsx`. */
export function startLibraryPage(firstLook: Promise<LibraryPeek>): void {
  // Dexie loads while the first rows are painted from a bare IndexedDB read.
  let opening: Promise<LibraryDb> | null = null;
  const database = () => (opening ??= import('@/utils/library/db').then((m) => m.libraryDb()));

  // Search runs in a worker, so loading a large index never blocks the page.
  const model = createLibraryModel(database, window, async (listeners) => {
    try {
      return workerSearch(new Worker('/search-worker.js'), listeners);
    } catch {
      const { createSearchEngine, inThreadSearch } = await import('@/utils/library/search-service');
      return inThreadSearch(createSearchEngine(await database()), listeners);
    }
  });
  const importer = createImportModel(database, model, window, performance);
  // A full Reelmark JSON export (bodies and all) is written by one worker per core.
  const exporter = createExportModel(database, model, document, () => ({
    write: workerItemsWriter(() => new Worker('/export-worker.js')),
    slices: Math.min(4, navigator.hardwareConcurrency || 1),
  }));

  document.documentElement.lang = navigator.language;
  document.title = t('libraryTitle');
  // Reading starts before the first render, so the database opens while the page is built.
  void model.load(firstLook);
  render(<LibraryApp model={model} importer={importer} exporter={exporter} />, document.getElementById('app')!);
}
