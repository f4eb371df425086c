import { LibraryDb } from './db';
import { reelmarkJsonItem } from './formats/reelmark-json';
import { joinItem } from './records';
import type { SavedItemRow } from './types';

/** A request to an export worker: write `rows` (items `firstIndex`… of the export) with their bodies. */
export interface ExportWorkerRequest {
  id: number;
  rows: SavedItemRow[];
  firstIndex: number;
}

/** The worker's answer: the items as one Blob of Reelmark JSON, or why it failed. */
export type ExportWorkerMessage = { id: number; ok: true; blob: Blob } | { id: number; ok: false; error: string };

/** What the worker needs of its global scope. */
export interface ExportWorkerScope {
  postMessage(m: ExportWorkerMessage): void;
  onmessage: ((e: MessageEvent<ExportWorkerRequest>) => void) | null;
}

/** Bodies are read this many at a time, so a worker holds a few megabytes of them, not all. */
const CHUNK = 250;

/**
 * Writes Reelmark JSON items with their bodies. Reading 200 MB of bodies out of IndexedDB and
 * writing them as JSON is the whole cost of a full export; the library page splits the rows
 * between workers so the work runs on every core and never blocks the page.
 */
export async function writeItemsBlob(db: LibraryDb, rows: readonly SavedItemRow[], firstIndex: number): Promise<Blob> {
  const parts: Blob[] = [];
  const read = (i: number) => (i < rows.length ? db.bodies.bulkGet(rows.slice(i, i + CHUNK).map((r) => r.url)) : null);
  let next = read(0);
  for (let i = 0; next; i += CHUNK) {
    const bodies = await next;
    // The next bodies are read while this chunk is written.
    next = read(i + CHUNK);
    parts.push(new Blob(rows.slice(i, i + CHUNK).map((row, k) => reelmarkJsonItem(joinItem(row, bodies[k]), firstIndex + i + k))));
  }
  return new Blob(parts);
}

/** Starts an export worker in `scope` (`entrypoints/export-worker.ts` does, as `export-worker.js`). */
export function startExportWorker(scope: ExportWorkerScope, db = new LibraryDb()): void {
  scope.onmessage = (e) => {
    const { id, rows, firstIndex } = e.data;
    writeItemsBlob(db, rows, firstIndex).then(
      (blob) => scope.postMessage({ id, ok: true, blob }),
      (err: unknown) => scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  };
}
