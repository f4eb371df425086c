import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { libraryDb } from '@/utils/library/db';
import { workerSearch } from '@/utils/library/search-client';
import { createSearchEngine, inThreadSearch } from '@/utils/library/search-service';
import { t } from '@/utils/i18n';
import { createExportModel } from '@/utils/ui/export-model';
import { createImportModel } from '@/utils/ui/import-model';
import { createLibraryModel } from '@/utils/ui/library-model';

const db = libraryDb();
// Search runs in a worker, so loading a large index never blocks the page.
const model = createLibraryModel(db, window, (onProgress) => {
  try {
    return workerSearch(new Worker('/search-worker.js'), onProgress);
  } catch {
    return inThreadSearch(createSearchEngine(db), onProgress);
  }
});
const importer = createImportModel(db, model, window, performance);
const exporter = createExportModel(db, model, document);

document.documentElement.lang = navigator.language;
document.title = t('libraryTitle');
render(<LibraryApp model={model} importer={importer} exporter={exporter} />, document.getElementById('app')!);
void model.load();
