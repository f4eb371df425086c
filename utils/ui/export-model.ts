import { signal } from '@preact/signals';
import type { LibraryDb } from '@/utils/library/db';
import type { ExportWriters } from '@/utils/library/export';
import type { ExportFormat, ExportScope } from '@/utils/library/export-formats';
import { t } from '@/utils/i18n';
import { downloadFile } from './download';
import type { LibraryModel } from './library-model';
import { PERF } from './perf';

/**
 * Exports from the library page: a format, a scope (everything, a list, chosen items), a download.
 * `writers` (workers, on the page) write a Reelmark JSON export's items off the main thread.
 */
export function createExportModel(database: () => Promise<LibraryDb>, library: LibraryModel, doc: Document, writers?: () => ExportWriters) {
  const format = signal<ExportFormat>('reelmark-json');
  const busy = signal(false);

  /** Exports `scope` in `as` (the chosen format by default) and downloads the file. */
  async function run(scope: ExportScope, as: ExportFormat = format.value): Promise<void> {
    busy.value = true;
    const perf = doc.defaultView?.performance;
    try {
      perf?.mark(`${PERF.exportDone}:start`);
      // The writers (and Papa Parse) load on first use.
      const { exportLibrary } = await import('@/utils/library/export');
      // Once the page holds every row, they are not read again.
      const file = await exportLibrary(await database(), as, scope, new Date(), library.loaded.value ? library.rows.values() : undefined, writers?.());
      downloadFile(doc, file);
      perf?.measure(PERF.exportDone, `${PERF.exportDone}:start`);
      library.say(t('libraryExported', [String(file.count), file.fileName]));
    } catch (err) {
      library.error.value = err instanceof Error ? err.message : String(err);
      library.say(library.error.value);
    } finally {
      busy.value = false;
    }
  }

  return { format, busy, run };
}

export type ExportModel = ReturnType<typeof createExportModel>;
