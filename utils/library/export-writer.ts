import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker';
import type { SavedItemRow } from './types';

/** Writes a slice of a Reelmark JSON export's items (rows `firstIndex`… of it) as one Blob. */
export type ItemsWriter = (rows: SavedItemRow[], firstIndex: number) => Promise<Blob>;

/** An `ItemsWriter` that gives each slice to a new worker made by `spawn`, ended once it answers. */
export function workerItemsWriter(spawn: () => Worker): ItemsWriter {
  return (rows, firstIndex) =>
    new Promise<Blob>((resolve, reject) => {
      const worker = spawn();
      const done = () => worker.terminate();
      worker.onmessage = (e: MessageEvent<ExportWorkerMessage>) => {
        done();
        if (e.data.ok) resolve(e.data.blob);
        else reject(new Error(e.data.error));
      };
      worker.onerror = (e) => {
        done();
        reject(new Error(e.message || 'The export worker failed'));
      };
      worker.postMessage({ id: 0, rows, firstIndex } satisfies ExportWorkerRequest);
    });
}
