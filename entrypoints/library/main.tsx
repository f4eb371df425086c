import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { libraryDb } from '@/utils/library/db';
import { createSanitizer } from '@/utils/library/sanitize';
import { t } from '@/utils/i18n';
import { createExportModel } from '@/utils/ui/export-model';
import { createImportModel } from '@/utils/ui/import-model';
import { createLibraryModel } from '@/utils/ui/library-model';

const db = libraryDb();
const model = createLibraryModel(db, window);
const sanitizeHtml = createSanitizer(window);
const importer = createImportModel(
  db,
  model,
  () => ({ parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'), sanitizeHtml, now: Date.now() }),
  performance,
);
const exporter = createExportModel(db, model, document);

document.documentElement.lang = navigator.language;
document.title = t('libraryTitle');
render(<LibraryApp model={model} importer={importer} exporter={exporter} />, document.getElementById('app')!);
void model.load();
