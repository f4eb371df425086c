import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startExportWorker, type ExportWorkerScope } from '@/utils/library/export-worker';

/** A worker that writes a slice of a Reelmark JSON export (built as `export-worker.js`). */
export default defineUnlistedScript(() => {
  startExportWorker(self as unknown as ExportWorkerScope);
});
